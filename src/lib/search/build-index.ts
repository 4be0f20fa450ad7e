// The site's search index: every built page marked data-pagefind-body (page-records.ts), plus a
// record per town, indexed edition by edition (series-index.ts) under _search/, with the manifest
// the search page starts from. An edition's index is kept by the hash of what its pages are made
// from: a build that changed one edition reads and indexes that edition alone.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type PageRecord, pageRecord } from './page-records.ts';
import { SEARCH_DIR, SEARCH_FORMAT, type SeriesManifest } from './series-format.ts';
import { editionIndex, type IndexFile } from './series-index.ts';
import { titleForm } from './series-results.ts';

/** A page as the index takes it. */
export type SearchPage = PageRecord;

/** The search page of a built file (`rel`: its path in the site), or undefined when it is not indexed. */
export function searchPage(html: string, rel: string, base: string): SearchPage | undefined {
  const url = `${base.replace(/\/?$/, '/')}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  return pageRecord(html, url);
}

/** One shard of the site (an edition, or the site's own pages) as the index takes it. */
export interface IndexShard {
  shard: string;
  year: number | undefined;
  /** The pages, or their reader: with `identity` given, it is called only when the shard is indexed. */
  pages: readonly SearchPage[] | (() => readonly SearchPage[]);
  /**
   * What the pages are made from, when that is cheaper to know than the pages themselves (the bytes of a
   * stored shard's pages): a kept index is looked up by it. Without it, by the pages.
   */
  identity?: string;
}

/** A file of the index: its bytes, or (kept from an earlier build) where they are stored. */
export type SiteFile = IndexFile | { path: string; source: string };

export interface BuiltIndex {
  /** Paths below the site's root (`_search/…`). */
  files: SiteFile[];
  pages: number;
  /** Shards with pages to index, and those indexed by this build (the others' indexes were kept). */
  shards: number;
  indexed: string[];
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * The index of the series: each shard's own (kept in `<keep>/<shard>/search-index/` by its identity or its pages when
 * `keep` is given), and the manifest, newest edition first.
 */
export function buildSearchIndex(shards: readonly IndexShard[], keep?: string): BuiltIndex {
  const files: SiteFile[] = [];
  const indexed: string[] = [];
  const editions: SeriesManifest['editions'] = [];
  const titles: SeriesManifest['titles'] = [];
  const newestFirst = [...shards].sort(
    (a, b) => (b.year ?? Number.POSITIVE_INFINITY) - (a.year ?? Number.POSITIVE_INFINITY),
  );
  for (const s of newestFirst) {
    const source = s.pages;
    let pages: readonly SearchPage[] | undefined;
    const read = () => (pages ??= typeof source === 'function' ? source() : source);
    const key = digest(`${SEARCH_FORMAT}\n${s.identity ?? JSON.stringify(read())}`);
    const kept = keep && join(keep, s.shard, 'search-index', key);
    let index: Omit<ReturnType<typeof editionIndex>, 'files'> & { files: SiteFile[] };
    if (kept && existsSync(join(kept, 'summary.json'))) {
      const summary = JSON.parse(readFileSync(join(kept, 'summary.json'), 'utf8')) as Omit<typeof index, 'files'> & {
        paths: string[];
      };
      index = { ...summary, files: summary.paths.map((path) => ({ path, source: join(kept, path) })) };
    } else {
      if (!read().length) continue;
      index = editionIndex(read());
      indexed.push(s.shard);
      if (kept) {
        for (const f of index.files as IndexFile[]) {
          mkdirSync(dirname(join(kept, f.path)), { recursive: true });
          writeFileSync(join(kept, f.path), f.content);
        }
        const { files: written, ...summary } = index;
        writeFileSync(join(kept, 'summary.json'), JSON.stringify({ ...summary, paths: written.map((f) => f.path) }));
      }
    }
    for (const f of index.files) files.push({ ...f, path: `${SEARCH_DIR}/${s.shard}/${f.path}` });
    editions.push({
      shard: s.shard,
      ...(s.year !== undefined ? { year: s.year } : {}),
      pages: index.pages,
      postings: index.postings,
      avgLength: Math.round(index.avgLength * 10) / 10,
    });
    for (const [page, title] of index.titles) titles.push([s.shard, page, titleForm(title)]);
  }
  const manifest: SeriesManifest = { format: SEARCH_FORMAT, editions, titles };
  files.push({ path: `${SEARCH_DIR}/index.json`, content: new TextEncoder().encode(JSON.stringify(manifest)) });
  return { files, pages: editions.reduce((n, e) => n + e.pages, 0), shards: editions.length, indexed };
}

/** Write the index's files below `dir`: bytes written, kept files linked (copied where links cannot be made). */
export function writeSearchIndex(files: readonly SiteFile[], dir: string): void {
  const made = new Set<string>();
  for (const f of files) {
    const to = join(dir, f.path);
    const folder = dirname(to);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    if ('content' in f) writeFileSync(to, f.content);
    else
      try {
        linkSync(f.source, to);
      } catch {
        copyFileSync(f.source, to);
      }
  }
}
