// The site's search index: every built page marked data-pagefind-body, as Pagefind records of
// character pairs (page-records.ts, ngram.ts), plus any custom records (one per town).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { canonicalIndex } from './canonical-index.ts';
import { FILTER_MAP_FILE, filterMap } from './filter-map.ts';
import { encodeText } from './ngram.ts';
import { indexHtml, pageRecord } from './page-records.ts';

export interface CustomRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every .html file below `dir`, sorted (the index is the same whatever order the disk lists them in). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A page as Pagefind is handed it: its URL and its text in character pairs. */
export interface SearchPage {
  url: string;
  content: string;
}

/** The search page of a built file (`rel`: its path in the site), or undefined when it is not indexed. */
export function searchPage(html: string, rel: string, base: string): SearchPage | undefined {
  const url = `${base.replace(/\/?$/, '/')}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  const record = pageRecord(html, url);
  return record && { url, content: indexHtml(record) };
}

/** Every indexed page of the site in `dir`, in path order. */
export function searchPages(dir: string, base: string): SearchPage[] {
  return htmlFiles(dir).flatMap(
    (file) => searchPage(readFileSync(file, 'utf8'), relative(dir, file).split('\\').join('/'), base) ?? [],
  );
}

const WINDOW = 64;

export interface BuiltIndex {
  files: { path: string; content: Uint8Array }[];
  pages: number;
  records: number;
  errors: string[];
}

/** An index being built: pages are handed over as they become known, in the order given (the
 * order decides the index's bytes, so a caller that hands pages over early keeps it fixed). */
export interface SearchIndexer {
  add(pages: readonly SearchPage[]): void;
  /** Add the records, wait for every page handed over, and take Pagefind's files; `meanwhile`
   * runs once Pagefind has been asked for them (work of the caller's while Pagefind writes). */
  finish(custom: readonly CustomRecord[], meanwhile?: () => void): Promise<BuiltIndex>;
  /** Stop Pagefind without taking its files (a build that failed meanwhile). */
  abandon(): Promise<void>;
}

/** Start an index: Pagefind indexes the pages handed over while the caller goes on (a build
 * hands over the unchanged parts' pages while Astro renders the changed ones). */
export function startSearchIndex(): SearchIndexer {
  const created = pagefind.createIndex({});
  const problems: string[] = [];
  const queue: SearchPage[] = [];
  let pages = 0;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  // A window of pages on their way, not all at once: Pagefind answers them in the order sent, and
  // tens of thousands of pages encoded ahead of it were a gigabyte of this process's memory.
  const pump = (index: pagefind.PagefindIndex) => {
    while (inFlight < WINDOW && queue.length) {
      const page = queue.shift()!;
      inFlight++;
      void index
        .addHTMLFile(page)
        .then(
          (r) => {
            if (r.errors.length) problems.push(`${page.url}: ${r.errors.join('; ')}`);
          },
          (e: unknown) => void problems.push(`${page.url}: ${String(e)}`),
        )
        .finally(() => {
          inFlight--;
          pump(index);
        });
    }
    if (!inFlight && !queue.length) drained?.();
  };
  const ready = created.then(
    ({ index, errors }) => {
      if (!index) problems.push(...errors);
      return index;
    },
    // Abandoned before Pagefind answered (a build that failed early): no index, and no error.
    (e: unknown) => void problems.push(String(e)),
  );
  const idle = async () => {
    const index = await ready;
    if (!index) return;
    await new Promise<void>((resolve) => {
      drained = resolve;
      pump(index);
    });
  };
  return {
    add(list) {
      pages += list.length;
      queue.push(...list);
      void ready.then((index) => {
        if (index) pump(index);
      });
    },
    async finish(custom, meanwhile) {
      await idle();
      const index = await ready;
      if (!index) {
        meanwhile?.();
        await pagefind.close();
        return { files: [], pages: 0, records: 0, errors: [...new Set(problems)] };
      }
      for (const c of custom) {
        const r = await index.addCustomRecord({
          url: c.url,
          content: encodeText(c.content),
          language: 'und',
          meta: c.meta,
          filters: c.filters,
        });
        if (r.errors.length) problems.push(`${c.url}: ${r.errors.join('; ')}`);
      }
      // Taken in memory and written by the caller, whole: writeFiles() could answer while a file was
      // still being flushed (a half-written pagefind-worker.js in one of two identical builds).
      const asked = index.getFiles();
      meanwhile?.();
      const got = await asked;
      await pagefind.close();
      const files = canonicalIndex(got.files.map((f) => ({ path: f.path, content: f.content })));
      files.push({ path: FILTER_MAP_FILE, content: new TextEncoder().encode(JSON.stringify(filterMap(files))) });
      return { files, pages, records: custom.length, errors: [...problems, ...got.errors] };
    },
    async abandon() {
      queue.length = 0;
      await pagefind.close().catch(() => undefined);
    },
  };
}

/**
 * Build the index of these pages and records; returns Pagefind's files (path relative to pagefind/, bytes) and counts.
 */
export function buildSearchIndex(pages: readonly SearchPage[], custom: readonly CustomRecord[]): Promise<BuiltIndex> {
  const indexer = startSearchIndex();
  indexer.add(pages);
  return indexer.finish(custom);
}
