// What the search index holds of a built page: its text in reading order, cut into blocks at
// block elements (so a phrase never runs from one paragraph into the next), its headings with
// their anchors (results link to the section), its title, kind and filters. Read from the page
// Astro wrote, with the marks Pagefind defined and the pages kept when the index became our own
// (data-pagefind-body, -ignore, -meta, -filter, -weight); indexed in pairs by page-tokens.ts.
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';

export interface Block {
  tag: 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  id?: string;
  weight?: string;
  text: string;
}
export interface PageRecord {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  blocks: Block[];
}

export type HtmlNode = {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
};

const blockTags = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'tr',
  'caption',
  'figcaption',
  'blockquote',
  'pre',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'details',
  'summary',
  'br',
  'hr',
  'main',
]);
const skipped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'button',
  'select',
  'input',
  'textarea',
]);
const headingRe = /^h[1-6]$/;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return entities[e.toLowerCase()] ?? m;
  });
}

const textOf = (n: HtmlNode): string =>
  n.type === TEXT_NODE ? decodeEntities(n.value ?? '') : (n.children ?? []).map(textOf).join('');

/**
 * The page with each chart's SVG emptied (`<svg …></svg>`): the index skips SVG, and a figure
 * page's charts are most of its markup, which the parser would build a tree of for nothing. An SVG
 * holding another is left whole (its first `</svg>` is not its own).
 */
export function withoutSvgBodies(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<svg', at); open !== -1; open = html.indexOf('<svg', at)) {
    const tagEnd = html.indexOf('>', open);
    const close = tagEnd === -1 ? -1 : html.indexOf('</svg>', tagEnd);
    if (close === -1) break;
    const inner = html.indexOf('<svg', open + 4);
    if (!/[\s>/]/.test(html[open + 4] ?? '') || (inner !== -1 && inner < close) || html[tagEnd - 1] === '/') {
      out += html.slice(at, open + 4);
      at = open + 4;
      continue;
    }
    out += html.slice(at, tagEnd + 1);
    at = close;
  }
  return out + html.slice(at);
}

/** The record of one built page, or undefined when the page is not for the index (no data-pagefind-body). */
export function pageRecord(html: string, url: string): PageRecord | undefined {
  // Most pages are not indexed (other interface, figures, data): no need to parse them.
  if (!html.includes('data-pagefind-body')) return undefined;
  return recordOf(parse(withoutSvgBodies(html)) as HtmlNode, url);
}

/** The record of a parsed page (pageRecord parses it without its SVGs' insides). */
export function recordOf(doc: HtmlNode, url: string): PageRecord | undefined {
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  let body: HtmlNode | undefined;
  const scan = (n: HtmlNode) => {
    if (n.type !== ELEMENT_NODE && n.type !== 0) return;
    const a = n.attributes ?? {};
    if ('data-pagefind-body' in a && !body) body = n;
    if (a['data-pagefind-meta']) meta[a['data-pagefind-meta']] = textOf(n).trim();
    if (a['data-pagefind-filter']) (filters[a['data-pagefind-filter']] ??= []).push(textOf(n).trim());
    (n.children ?? []).forEach(scan);
  };
  scan(doc);
  if (!body) return undefined;

  const blocks: Block[] = [];
  let current: Block = { tag: 'p', text: '' };
  const flush = () => {
    if (current.text.trim()) blocks.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
    current = { tag: 'p', text: '' };
  };
  const walk = (n: HtmlNode, weight?: string) => {
    if (n.type === TEXT_NODE) {
      current.text += decodeEntities(n.value ?? '');
      return;
    }
    if (n.type !== ELEMENT_NODE) return;
    const name = n.name!.toLowerCase();
    const a = n.attributes ?? {};
    if (skipped.has(name) || 'data-pagefind-ignore' in a || 'hidden' in a) return;
    const w = a['data-pagefind-weight'] ?? weight;
    if (headingRe.test(name)) {
      flush();
      current = { tag: name as Block['tag'], ...(a.id ? { id: a.id } : {}), ...(w ? { weight: w } : {}), text: '' };
      (n.children ?? []).forEach((c) => walk(c, w));
      flush();
      return;
    }
    const block = blockTags.has(name);
    if (block) flush();
    if (w && w !== weight) current.weight = w;
    (n.children ?? []).forEach((c) => walk(c, w));
    if (block) flush();
  };
  walk(body);
  flush();
  return { url, meta, filters, blocks };
}
