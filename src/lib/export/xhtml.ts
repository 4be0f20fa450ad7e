import { COMMENT_NODE, DOCTYPE_NODE, ELEMENT_NODE, TEXT_NODE, parse } from 'ultrahtml';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const escText = (s: string) =>
  s
    .replace(/&(?!(?:[a-z]+|#\d+|#x[0-9a-f]+);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;');
// HTML's named entities an XML reader does not know.
const entities: Record<string, string> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  copy: '©',
  reg: '®',
  times: '×',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};
const xmlEntities = (s: string) =>
  s.replace(/&([a-z]+);/gi, (m, n: string) =>
    ['amp', 'lt', 'gt', 'quot', 'apos'].includes(n) ? m : (entities[n] ?? m),
  );

/** Options for turning a site page's content into an EPUB's XHTML. */
export interface XhtmlOptions {
  /** Elements left out (by tag, class or attribute), e.g. scripts, navigation, copy buttons. */
  drop: (el: { name: string; attributes: Record<string, string> }) => boolean;
  /** A link or image address as the book has it. */
  url: (value: string, attribute: 'href' | 'src') => string;
}

/** An HTML fragment as well-formed XHTML (EPUB 3 content documents are XML). */
export function toXhtml(html: string, o: XhtmlOptions): string {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.type === TEXT_NODE) out.push(escText(xmlEntities(n.value ?? '')));
    else if (n.type === COMMENT_NODE || n.type === DOCTYPE_NODE) return;
    else if (n.type === ELEMENT_NODE) {
      const name = n.name!;
      const attributes = n.attributes ?? {};
      if (o.drop({ name, attributes })) return;
      // EPUB's schema allows an <svg> only the roles img, document and application: a chart is an image there.
      const fixed =
        name === 'svg' && attributes.role && !['img', 'document', 'application'].includes(attributes.role)
          ? { ...attributes, role: 'img' }
          : attributes;
      const attrs = Object.entries(fixed)
        .filter(([k]) => !/^(on|data-|tabindex$|hidden$)/.test(k) || k.startsWith('data-footnote'))
        .map(([k, v]) => {
          const value = k === 'href' || k === 'src' ? o.url(String(v), k) : String(v);
          return ` ${k}="${escAttr(xmlEntities(value === '' && !['alt', 'title', 'value'].includes(k) ? k : value))}"`;
        })
        .join('');
      if (VOID.has(name)) out.push(`<${name}${attrs}/>`);
      else {
        out.push(`<${name}${attrs}>`);
        (n.children ?? []).forEach(visit);
        out.push(`</${name}>`);
      }
    } else (n.children ?? []).forEach(visit);
  };
  visit(parse(html) as Node);
  return out.join('');
}
