// The search index of one edition (or of the site's own pages), as the files series-format.ts
// describes: written once per edition, so an edit re-indexes that edition alone, and a query reads
// only the editions it needs, newest first.
import { gzipSync } from 'node:zlib';
import { type PageTokens, pageTokens } from './page-tokens.ts';
import type { PageRecord } from './page-records.ts';
import { mainKinds } from './rank-results.ts';
import { ANYWHERE, hashKey, type PagesFile, type PageText, writeVarint } from './series-format.ts';

export interface IndexFile {
  path: string;
  content: Uint8Array;
}

export interface EditionIndex {
  files: IndexFile[];
  pages: number;
  postings: number;
  avgLength: number;
  /** Pages whose title the search page matches whole (edition homes and chapters): [index, title]. */
  titles: [number, string][];
}

/** Raw bytes of postings per file: a query reads the files its pairs fall in, so they are kept small. */
const POSTINGS_BYTES = 8_000;
/** Characters of text per piece of a long page: an excerpt loads one piece, not the whole page. */
const PIECE_CHARS = 1_500;
/** Short pages (towns, figures, datasets) listed only on request share a text file. */
const PACK = 32;

const utf8 = new TextEncoder();

/** The address of a page without its edition: the same chapter or figure in another edition has the same. */
export function foldKey(url: string, kind: string): string {
  return `${kind}:${url.replace(/^(?:.*?\/)?\d{4}\//, '')}`;
}

/** The index of these pages (an edition's, in a fixed order: the files are the same every build). */
export function editionIndex(records: readonly PageRecord[]): EditionIndex {
  const tokens = records.map(pageTokens);
  const kindOf = (t: PageTokens) => t.filters.kind?.[0] ?? '';
  const kinds = [...new Set(tokens.map(kindOf))].sort();
  const filterNames = [...new Set(tokens.flatMap((t) => Object.keys(t.filters)))].sort();
  const filters = filterNames.map((name) => ({
    name,
    values: [...new Set(tokens.flatMap((t) => t.filters[name] ?? []))].sort(),
  }));

  // Texts: a main page's in pieces of its own, the others packed.
  const files: IndexFile[] = [];
  const textFiles: PageText[][] = [];
  let pack: PageText[] | undefined;
  const where: [number, number, number][][] = tokens.map((t) => {
    const main = (mainKinds as readonly string[]).includes(kindOf(t));
    if (!main) {
      if (!pack || pack.length >= PACK) textFiles.push((pack = []));
      pack.push(piece(t, t.lines, t.sections));
      return [[textFiles.length - 1, 0, pack.length - 1]];
    }
    return pieces(t).map(({ lines, sections }) => {
      textFiles.push([piece(t, lines, sections)]);
      return [textFiles.length - 1, lines[0]?.[1] ?? 0, 0] as [number, number, number];
    });
  });
  textFiles.forEach((f, i) => {
    files.push({ path: `t${i}.json`, content: utf8.encode(JSON.stringify(f.length === 1 ? f[0] : f)) });
  });

  const pages: PagesFile['pages'] = tokens.map((t, i) => [
    t.url,
    kinds.indexOf(kindOf(t)),
    foldKey(t.url, kindOf(t)),
    t.length,
    filters.flatMap((f, fi) => (t.filters[f.name] ?? []).flatMap((v) => [fi, f.values.indexOf(v)])),
    where[i]!,
  ]);
  files.push({ path: 'pages.json', content: utf8.encode(JSON.stringify({ kinds, filters, pages })) });

  // Postings: each key's pages, counts and positions, as varints of gaps.
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  tokens.forEach((t, page) => {
    for (const [key, positions] of t.keys) {
      let out = postings.get(key);
      if (!out) postings.set(key, (out = []));
      writeVarint(out, page - (last.get(key) ?? 0));
      last.set(key, page);
      if (key.startsWith(ANYWHERE)) {
        writeVarint(out, positions[0]!);
        writeVarint(out, positions[1]!);
      } else {
        writeVarint(out, positions.length);
        let prev = 0;
        for (const p of positions) {
          writeVarint(out, p - prev);
          prev = p;
        }
      }
    }
  });
  const keys = [...postings.keys()].sort();
  const total = keys.reduce((n, k) => n + postings.get(k)!.length + k.length * 3 + 4, 0);
  const count = Math.max(1, Math.ceil(total / POSTINGS_BYTES));
  const buckets: number[][] = Array.from({ length: count }, () => []);
  for (const key of keys) {
    const out = buckets[hashKey(key) % count]!;
    const bytes = utf8.encode(key);
    writeVarint(out, bytes.length);
    for (const b of bytes) out.push(b);
    const body = postings.get(key)!;
    writeVarint(out, body.length);
    for (const b of body) out.push(b);
  }
  buckets.forEach((b, i) => {
    files.push({ path: `p${i}.bin`, content: gzipSync(Uint8Array.from(b), { level: 9 }) });
  });

  const titles: [number, string][] = [];
  tokens.forEach((t, i) => {
    const kind = kindOf(t);
    if (kind !== '章节' && kind !== '版次') return;
    const said = new Set([t.title, t.heading, t.meta.subtitle].filter((x): x is string => !!x));
    // A subtitle names the book's themes: 顶层设计与智慧架构标准 is also 顶层设计 and 智慧架构标准.
    for (const part of t.meta.subtitle?.split(/[与和及、，,：:；;]/) ?? []) if ([...part].length >= 2) said.add(part);
    for (const title of said) titles.push([i, title]);
  });
  return {
    files,
    pages: tokens.length,
    postings: count,
    avgLength: tokens.length ? tokens.reduce((n, t) => n + t.length, 0) / tokens.length : 0,
    titles,
  };
}

/** A long page's lines in pieces of about PIECE_CHARS characters, each with the sections starting in it. */
function pieces(t: PageTokens): { lines: [string, number][]; sections: PageTokens['sections'] }[] {
  const out: { lines: [string, number][]; sections: PageTokens['sections'] }[] = [];
  let chars = Infinity;
  for (const line of t.lines) {
    if (chars + line[0].length > PIECE_CHARS && chars > 0) {
      out.push({ lines: [], sections: [] });
      chars = 0;
    }
    out.at(-1)!.lines.push(line);
    chars += line[0].length + 1;
  }
  if (!out.length) out.push({ lines: [], sections: [] });
  // Each section goes with the piece its heading stands in.
  for (const s of t.sections) {
    const i = out.findLastIndex((p) => (p.lines[0]?.[1] ?? 0) <= s[2]);
    out[Math.max(0, i)]!.sections.push(s);
  }
  return out;
}

function piece(t: PageTokens, lines: [string, number][], sections: PageTokens['sections']): PageText {
  const offsets = new Map<number, number>();
  let text = '';
  for (const [line, pos] of lines) {
    offsets.set(pos, text.length);
    text += `${line}\n`;
  }
  return {
    url: t.url,
    title: t.title,
    meta: t.meta,
    filters: t.filters,
    text: text.trimEnd(),
    sections: sections.map(([url, heading, pos]) => [url, heading, pos, offsets.get(pos) ?? 0]),
  };
}
