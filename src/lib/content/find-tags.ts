import type { Problem } from '../problems/problem.ts';

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
}

const attrRe = /([A-Za-z][A-Za-z0-9]*)="([^"]*)"/g;

/**
 * Find `<Name attr="…"/>` and `<Name attr="…">text</Name>` for the given component names.
 * Attributes must be plain strings (the editor's guide says so); `firstLine` is the file line
 * the body starts on.
 */
export function findTags(body: string, names: readonly string[], firstLine = 1): TagRef[] {
  const re = new RegExp(`<(${names.join('|')})\\b((?:\\s+[A-Za-z][A-Za-z0-9]*="[^"]*")*)\\s*(?:\\/>|>([\\s\\S]*?)<\\/\\1>)`, 'g');
  const place = (index: number) => {
    const before = body.slice(0, index);
    return { line: firstLine + (before.match(/\n/g)?.length ?? 0), column: index - before.lastIndexOf('\n') };
  };
  const refs: (TagRef & { index: number })[] = [];
  for (const m of body.matchAll(re)) {
    refs.push({
      tag: m[1]!,
      attrs: Object.fromEntries([...(m[2] ?? '').matchAll(attrRe)].map((a) => [a[1]!, a[2]!])),
      text: (m[3] ?? '').trim(),
      ...place(m.index),
      index: m.index,
    });
  }
  // An element the pattern above cannot read (an {expression}, a quote left open, no closing
  // tag) must not vanish from the checks: it is reported, never skipped.
  const read = new Set(refs.map((r) => r.index));
  for (const m of body.matchAll(new RegExp(`<(${names.join('|')})\\b`, 'g'))) {
    if (!read.has(m.index)) refs.push({ tag: m[1]!, attrs: {}, text: '', ...place(m.index), index: m.index, malformed: true });
  }
  return refs.sort((a, b) => a.index - b.index).map(({ index: _, ...r }) => r);
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
    expected: `attributes written name="text" (letters and digits in names, no {…} expressions), closed with /> or </${tag.tag}>`,
    found: source.trim(),
  };
}
