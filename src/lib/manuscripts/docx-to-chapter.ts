import mammoth from 'mammoth';
import TurndownService from 'turndown';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync } from 'ultrahtml';
import type { ImportNote } from './inspect-docx.ts';

type Node = { type: number; name?: string; value?: string; attributes?: Record<string, string>; children?: Node[] };

/** A table of the manuscript, flattened to rows of text (merged cells repeated in each cell they cover). */
export interface ManuscriptTable {
  caption?: string | undefined;
  header: string[];
  rows: string[][];
  merged: string[];
}
/** A picture of the manuscript, with the caption printed under or over it. */
export interface ManuscriptImage {
  contentType: string;
  bytes: Buffer;
  alt: string;
  caption?: string | undefined;
}

/** What a Word manuscript says, ready to be written as a chapter. */
export interface Manuscript {
  title?: string | undefined;
  authors: string[];
  abstract?: string | undefined;
  keywords: string[];
  /** The body as Markdown, with `<<table N>>` and `<<image N>>` where tables and pictures stand. */
  body: string;
  footnotes: string[];
  tables: ManuscriptTable[];
  images: ManuscriptImage[];
  headings: number;
  notes: ImportNote[];
}

const text = (n: Node): string =>
  n.type === TEXT_NODE ? decode(n.value ?? '') : (n.children ?? []).map(text).join('');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const elements = (n: Node) => (n.children ?? []).filter((c) => c.type === ELEMENT_NODE);

// Metadata lines as Chinese manuscripts write them (摘　要 with a full-width space, 关键词 or 关键字).
const META = {
  title: /^(?:题\s*目|标\s*题|Title)\s*[:：]\s*(.+)$/i,
  authors: /^(?:作\s*者|Authors?)\s*[:：]\s*(.+)$/i,
  abstract: /^(?:摘\s*要|内容提要|Abstract)\s*[:：]\s*(.+)$/i,
  keywords: /^(?:关键词|关键字|Key\s*words)\s*[:：]\s*(.+)$/i,
};
// 表1-1 / 图1-1, or Table 1.1 / Figure 2 / Fig. 3 in a manuscript written in English.
const TABLE_CAPTION = /^(?:表\s*|Table\s+)\d+(?:[-–－.．]\d+)?[\s:：.]*/i;
const FIGURE_CAPTION = /^(?:图\s*|Figure\s+|Fig\.\s*)\d+(?:[-–－.．]\d+)?[\s:：.]*/i;

function turndown(): TurndownService {
  const td = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  // mammoth writes a footnote reference as <sup><a href="#footnote-N">[N]</a></sup>.
  td.addRule('footnote-ref', {
    filter: (node) =>
      node.nodeName === 'SUP' && /^#footnote-\d+$/.test(node.querySelector('a')?.getAttribute('href') ?? ''),
    replacement: (_, node) =>
      `[^${(node as HTMLElement).querySelector('a')!.getAttribute('href')!.replace('#footnote-', '')}]`,
  });
  // A footnote's own "↑" link back is the site's to make.
  td.addRule('footnote-back', {
    filter: (node) => node.nodeName === 'A' && /^#footnote-ref-\d+$/.test(node.getAttribute('href') ?? ''),
    replacement: () => '',
  });
  return td;
}

/** Text an MDX page would read as code or markup, written so it stays text. */
export function mdxSafe(markdown: string): string {
  return markdown.replace(/[{}]/g, (c) => `\\${c}`).replace(/<(?=[A-Za-z/!])/g, '&lt;');
}

/** Cells of a table element, with colspan/rowspan flattened by repeating the value. */
function flattenTable(table: Node): { cells: string[][]; merged: string[] } {
  const rows = elements(table).flatMap((c) => (c.name === 'tr' ? [c] : elements(c).filter((r) => r.name === 'tr')));
  const grid: (string | undefined)[][] = [];
  const merged: string[] = [];
  rows.forEach((tr, r) => {
    grid[r] ??= [];
    let col = 0;
    for (const cell of elements(tr).filter((c) => c.name === 'td' || c.name === 'th')) {
      while (grid[r]![col] !== undefined) col++;
      const value = text(cell).replace(/\s+/g, ' ').trim();
      const cs = Number(cell.attributes?.colspan ?? 1);
      const rs = Number(cell.attributes?.rowspan ?? 1);
      if (cs > 1 || rs > 1)
        merged.push(
          `第${r + 1}行第${col + 1}${cs > 1 ? `–${col + cs}` : ''}列${rs > 1 ? `（向下${rs}行）` : ''}合并，“${value}”已填入其覆盖的每一格`,
        );
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) (grid[r + dr] ??= [])[col + dc] = value;
      col += cs;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return { cells: grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')), merged };
}

/** Read a .docx with mammoth and take it apart into what a chapter is made of. */
export async function readManuscript(bytes: Uint8Array): Promise<Manuscript> {
  const images: ManuscriptImage[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p.doc-subtitle:fresh"],
      convertImage: mammoth.images.imgElement(async (image) => {
        images.push({
          contentType: image.contentType,
          bytes: await image.readAsBuffer(),
          alt: (image as { altText?: string }).altText ?? '',
        });
        return { src: `bluebook-image-${images.length - 1}` };
      }),
    },
  );
  const notes: ImportNote[] = result.messages
    .filter((m) => m.type === 'warning' && !/Unrecognised paragraph style|oMath/.test(m.message))
    .map((m) => ({ place: 'mammoth', what: m.message }));
  const blocks = elements(parse(result.value) as Node);
  const td = turndown();
  const out: string[] = [];
  const tables: ManuscriptTable[] = [];
  const footnotes: string[] = [];
  const m: Pick<Manuscript, 'title' | 'abstract'> & { authors: string[]; keywords: string[] } = {
    authors: [],
    keywords: [],
  };
  let headings = 0;
  let pendingTableCaption: string | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const plain = text(b).replace(/\s+$/, '').trim();
    if (b.name === 'h1' && b.attributes?.class === 'doc-title') {
      m.title ??= plain;
      continue;
    }
    if (b.name === 'p' && b.attributes?.class === 'doc-subtitle') {
      out.push(`*${mdxSafe(plain)}*`);
      continue;
    }
    if (b.name === 'ol' && elements(b).every((li) => /^footnote-\d+$/.test(li.attributes?.id ?? ''))) {
      for (const li of elements(b))
        footnotes[Number(li.attributes!.id!.replace('footnote-', '')) - 1] = mdxSafe(
          td.turndown(renderSync(li as never).replace(/^<li[^>]*>|<\/li>$/g, '')).trim(),
        );
      continue;
    }
    if (b.name === 'p') {
      const meta = Object.entries(META).find(([, re]) => re.test(plain));
      if (meta && !headings) {
        const value = META[meta[0] as keyof typeof META].exec(plain)![1]!.trim();
        if (meta[0] === 'title') m.title ??= value;
        // Chinese names are separated by spaces too (甲　乙); Latin names have spaces inside (Jane Doe, John Roe).
        else if (meta[0] === 'authors')
          m.authors = value
            .split(/[\u3400-\u9fff]/.test(value) ? /[\s　,，、;；]+/ : /\s*(?:[,，;；、]|\band\b)\s*/)
            .map((a) => a.trim())
            .filter(Boolean);
        else if (meta[0] === 'abstract') m.abstract = value;
        else m.keywords = value.split(/[；;，,、\s　]+/).filter(Boolean);
        continue;
      }
      // A paragraph that is only a picture; its caption is the 图… line under (or over) it.
      const imgs = elements(b).filter((c) => c.name === 'img');
      if (imgs.length && !plain) {
        for (const img of imgs) {
          const n = Number(img.attributes!.src!.replace('bluebook-image-', ''));
          const next = blocks[i + 1] && blocks[i + 1]!.name === 'p' ? text(blocks[i + 1]!).trim() : '';
          const prev = out.at(-1) && FIGURE_CAPTION.test(out.at(-1)!) ? out.at(-1)! : '';
          const caption = FIGURE_CAPTION.test(next) ? next : prev || undefined;
          if (caption === next && next) i++;
          else if (caption && caption === prev) out.pop();
          images[n]!.caption = caption;
          out.push(`<<image ${n}>>`);
        }
        continue;
      }
      if (TABLE_CAPTION.test(plain) && blocks[i + 1]?.name === 'table') {
        pendingTableCaption = plain;
        continue;
      }
    }
    if (b.name === 'table') {
      const { cells, merged } = flattenTable(b);
      const caption = pendingTableCaption;
      pendingTableCaption = undefined;
      tables.push({ caption, header: cells[0] ?? [], rows: cells.slice(1), merged });
      out.push(`<<table ${tables.length - 1}>>`);
      continue;
    }
    if (/^h[1-6]$/.test(b.name ?? '')) {
      // The chapter's title is the page's h1: the manuscript's first level becomes ##.
      if (!m.title && !headings && b.name === 'h1' && !blocks.slice(i + 1).some((x) => x.name === 'h1')) {
        m.title = plain;
        continue;
      }
      headings++;
      out.push(`${'#'.repeat(Math.min(6, Number(b.name![1]) + 1))} ${mdxSafe(plain)}`);
      continue;
    }
    out.push(mdxSafe(td.turndown(renderSync(b as never))));
  }
  return { ...m, body: out.filter((s) => s.trim()).join('\n\n'), footnotes, tables, images, headings, notes };
}
