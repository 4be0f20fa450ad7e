import { fromMarkdown } from 'mdast-util-from-markdown';
import { mathFromMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Problem } from '../problems/problem.ts';
import { findCitations, type CitationGroup } from './find-citations.ts';

/** A component element written in an MDX body, with its place in the file. */
export interface TagRef {
  tag: string;
  attrs: Record<string, string>;
  /** Text between the opening and closing tag ('' for a self-closing one). */
  text: string;
  line: number;
  column: number;
  /** The element starts here but is not written as the guide says (see malformedTag). */
  malformed?: true;
  /** Why it could not be read, when the MDX itself does not parse. */
  reason?: string | undefined;
}

type MdxNode = {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  value?: string;
  position?: { start: { line: number; column: number; offset?: number } };
};

/** The text inside an element, as written (nested elements contribute their own text). */
const textOf = (node: MdxNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * Find `<Name attr="…"/>` and `<Name attr="…">text</Name>` for the given component names, read
 * from the MDX syntax tree (micromark's mdxjs extension): an element shown inside a code block,
 * or inside an MDX comment `{/* … *\/}`, is not one. Attributes must be plain strings (the
 * editor's guide says so); `firstLine` is the file line the body starts on.
 */
export function findTags(body: string, names: readonly string[], firstLine = 1): TagRef[] {
  let tree: MdxNode;
  try {
    tree = mdxTree(body);
  } catch (error) {
    // Not valid MDX (a quote left open, a tag never closed): one element that cannot be read, where
    // the parser stopped, so the check reports it rather than skipping it.
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const at =
      place && 'start' in place && place.start ? place.start : { line: place?.line ?? 1, column: place?.column ?? 1 };
    const near = names.find((n) => body.includes(`<${n}`));
    return near
      ? [
          {
            tag: near,
            attrs: {},
            text: '',
            line: firstLine + at.line - 1,
            column: at.column,
            malformed: true,
            reason: String((error as Error).message ?? error).split('\n')[0],
          },
        ]
      : [];
  }
  const out: TagRef[] = [];
  const wanted = new Set(names);
  const visit = (node: MdxNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      wanted.has(node.name)
    ) {
      const start = node.position!.start;
      const place = { line: firstLine + start.line - 1, column: start.column };
      const attrs = node.attributes ?? [];
      // {expressions}, spread attributes: the guide's elements take plain strings only.
      const plain = attrs.every(
        (a) =>
          a.type === 'mdxJsxAttribute' && (typeof a.value === 'string' || a.value === null || a.value === undefined),
      );
      if (!plain) out.push({ tag: node.name, attrs: {}, text: '', ...place, malformed: true });
      else
        out.push({
          tag: node.name,
          attrs: Object.fromEntries(attrs.map((a) => [a.name!, (a.value as string | null | undefined) ?? ''])),
          text: textOf(node).trim(),
          ...place,
        });
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

let last: { body: string; tree: MdxNode } | undefined;
/**
 * The MDX syntax tree of a body, read as the site's Markdown processor reads it (MDX with $math$,
 * so braces inside a formula are not taken for an expression). The checks ask for several kinds of
 * node in one body after another: the last tree is kept.
 */
function mdxTree(body: string): MdxNode {
  if (last?.body !== body)
    last = {
      body,
      tree: fromMarkdown(body, {
        extensions: [mdxjs(), math()],
        mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown()],
      }) as MdxNode,
    };
  return last.tree;
}

/** Something in an MDX body that runs as code when the page is built: a {…} expression, or an element no component
 * answers. */
export interface CodeRef {
  code: string;
  line: number;
  column: number;
  kind: 'expression' | 'element';
}

/**
 * The {expressions} (comments aside) and the capitalised elements other than `components` in a
 * body: chapter text has no code of its own, and such a thing fails only when the page is built,
 * naming the route rather than the file.
 */
export function findCode(body: string, components: readonly string[], firstLine = 1): CodeRef[] {
  let tree: MdxNode;
  try {
    tree = mdxTree(body);
  } catch {
    return [];
  }
  const out: CodeRef[] = [];
  const known = new Set(components);
  const visit = (node: MdxNode) => {
    const start = node.position?.start;
    const at = start ? { line: firstLine + start.line - 1, column: start.column } : { line: firstLine, column: 1 };
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value ?? '')
    ) {
      out.push({ code: `{${node.value}}`, kind: 'expression', ...at });
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      /^[A-Z]/.test(node.name) &&
      !known.has(node.name)
    ) {
      out.push({ code: `<${node.name}>`, kind: 'element', ...at });
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

/** A formula written in an MDX body: `$…$` inline or `$$ … $$` as a block. */
export interface MathRef {
  tex: string;
  display: boolean;
  line: number;
  column: number;
}

/** Every formula in a body, with its place (none when the body is not valid MDX: findTags reports that). */
export function findMath(body: string, firstLine = 1): MathRef[] {
  let tree: MdxNode;
  try {
    tree = mdxTree(body);
  } catch {
    return [];
  }
  const out: MathRef[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'math' || node.type === 'inlineMath') {
      const start = node.position!.start;
      out.push({
        tex: node.value ?? '',
        display: node.type === 'math',
        line: firstLine + start.line - 1,
        column: start.column,
      });
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}

/** The Problem for an element findTags could not read, placed at it in `file`. */
export function malformedTag(tag: TagRef, body: string, file: string, firstLine = 1): Problem {
  const lines = body.split('\n');
  const source = (lines[tag.line - firstLine] ?? '').slice(tag.column - 1, tag.column - 1 + 60);
  return {
    file,
    line: tag.line,
    column: tag.column,
    where: `<${tag.tag}>`,
    expected:
      `attributes written name="text" (letters and digits in names, no {…} expressions), closed with /> or ` +
      `</${tag.tag}>`,
    found: tag.reason ? `${source.trim()} (${tag.reason})` : source.trim(),
  };
}

/** A `[@key]` citation group written in an MDX body, with its place. */
export interface CitationRef extends CitationGroup {
  line: number;
  column: number;
}

/** Every citation group in the text of a body (not in code), in reading order. */
export function findCitationGroups(body: string, firstLine = 1): CitationRef[] {
  if (!body.includes('@')) return [];
  let tree: MdxNode;
  try {
    tree = mdxTree(body);
  } catch {
    return [];
  }
  const out: CitationRef[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'text' && node.value?.includes('@')) {
      const start = node.position!.start;
      for (const g of findCitations(node.value)) {
        const before = node.value.slice(0, g.index).split('\n');
        const line = start.line + before.length - 1;
        out.push({
          ...g,
          line: firstLine + line - 1,
          column: before.length > 1 ? before.at(-1)!.length + 1 : start.column + g.index,
        });
      }
    }
    for (const c of node.children ?? []) visit(c);
  };
  visit(tree);
  return out;
}
