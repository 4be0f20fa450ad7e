// The series search index as files, one folder per edition (`_search/<edition>/`), written at build
// time (series-index.ts) and read by the search page (series-search.ts). Runs in the browser too:
// no Node modules here.
//
// - `pages.json`: each page's address, kind, fold key (the page's path without its edition, so
//   the same chapter or figure in ten editions is shown once), length in positions, the fragment
//   file holding its text, and its filters.
// - `p<n>.bin`: postings, gzip. A key (a character pair, a lone character between punctuation, or
//   `\u0001` + a character: that character anywhere) lands in file hashKey(key) % files; each page
//   holding it is given with the key's count and positions (the first one only for `\u0001` keys).
// - `f<n>.json`: page texts for excerpts, one main page (chapter, front matter, case) per file, the
//   other kinds, listed only on request, packed together.
// - `_search/index.json`, written at assembly: the editions, newest first, and every book and
//   chapter title, so that a query that is a title leads to its page first.

/** Prefix of the keys for "this character anywhere" (a one-character query). */
export const ANYWHERE = '\u0001';

/** What a search index folder holds, and the version of the layout (the page refuses another). */
export const SEARCH_FORMAT = 1;
export const SEARCH_DIR = '_search';

export interface SeriesManifest {
  format: number;
  /** Newest first. `shard`: the folder; `year`: undefined for the site's own pages. */
  editions: { shard: string; year?: number; pages: number; postings: number; avgLength: number }[];
  /** Book titles and subtitles, chapter titles: [shard, page index, normalised title]. */
  titles: [string, number, string][];
}

export interface PagesFile {
  kinds: string[];
  /** Filter names and their values. */
  filters: { name: string; values: string[] }[];
  /** Per page: url, kind (index), fold key, length in positions, its filter values as pairs of
   * indices (filter, value) run together, and where its text is: [text file, first position,
   * index in the file] per piece (a long page's text is cut into pieces; a short one shares a
   * file with others). */
  pages: [string, number, string, number, number[], [number, number, number][]][];
}

/** A piece of a page's text as the excerpt needs it, with the page's title and the sections in it. */
export interface PageText {
  url: string;
  title: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The text, blocks on lines of their own. */
  text: string;
  /** Each section starting in this piece: its anchor URL, heading, first position, offset in `text`. */
  sections: [string, string, number, number][];
}

/** FNV-1a over the key's UTF-16 units: the same file at build time and in the page. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Unsigned LEB128, as the postings store counts and gaps. */
export function writeVarint(out: number[], n: number): void {
  while (n > 127) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

/** A reader of varints over bytes. */
export class VarintReader {
  at = 0;
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
  next(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.at++]!;
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }
  get done(): boolean {
    return this.at >= this.bytes.length;
  }
}

/** One key's postings: per page, its count and positions (for ANYWHERE keys: the first position). */
export interface Posting {
  page: number;
  count: number;
  positions: number[];
}

/** The postings of the keys asked for in one postings file's (gunzipped) bytes. */
export function readPostings(bytes: Uint8Array, wanted: ReadonlySet<string>): Map<string, Posting[]> {
  const out = new Map<string, Posting[]>();
  const r = new VarintReader(bytes);
  const decoder = new TextDecoder();
  while (!r.done) {
    const keyLength = r.next();
    const key = decoder.decode(bytes.subarray(r.at, r.at + keyLength));
    r.at += keyLength;
    const size = r.next();
    const end = r.at + size;
    if (!wanted.has(key)) {
      r.at = end;
      continue;
    }
    const anywhere = key.startsWith(ANYWHERE);
    const list: Posting[] = [];
    let page = 0;
    while (r.at < end) {
      page += r.next();
      const count = r.next();
      const positions: number[] = [];
      let p = 0;
      for (let i = 0; i < (anywhere ? 1 : count); i++) positions.push((p += r.next()));
      list.push({ page, count, positions });
    }
    out.set(key, list);
  }
  return out;
}
