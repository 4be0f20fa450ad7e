// The site's search index: every built page marked data-pagefind-body, as Pagefind records of
// character pairs (page-records.ts, ngram.ts), plus any custom records (one per town).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { canonicalIndex } from './canonical-index.ts';
import { FILTER_MAP_FILE, filterMap } from './filter-map.ts';
import { encodeText } from './ngram.ts';
import { indexHtml, pageRecord } from './page-records.ts';

export interface CustomRecord { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

/** Every .html file below `dir`, sorted (the index is the same whatever order the disk lists them in). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A page as Pagefind is handed it: its URL and its text in character pairs. */
export interface SearchPage { url: string; content: string }

/** The search page of a built file (`rel`: its path in the site), or undefined when it is not indexed. */
export function searchPage(html: string, rel: string, base: string): SearchPage | undefined {
  const url = `${base.replace(/\/?$/, '/')}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  const record = pageRecord(html, url);
  return record && { url, content: indexHtml(record) };
}

/** Every indexed page of the site in `dir`, in path order. */
export function searchPages(dir: string, base: string): SearchPage[] {
  return htmlFiles(dir).flatMap((file) => searchPage(readFileSync(file, 'utf8'), relative(dir, file).split('\\').join('/'), base) ?? []);
}

/** Build the index of these pages and records; returns Pagefind's files (path relative to pagefind/, bytes) and counts. */
export async function buildSearchIndex(pages: readonly SearchPage[], custom: readonly CustomRecord[]): Promise<{ files: { path: string; content: Uint8Array }[]; pages: number; records: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { files: [], pages: 0, records: 0, errors };
  const problems: string[] = [];
  for (const page of pages) {
    const r = await index.addHTMLFile(page);
    if (r.errors.length) problems.push(`${page.url}: ${r.errors.join('; ')}`);
  }
  for (const c of custom) {
    const r = await index.addCustomRecord({ url: c.url, content: encodeText(c.content), language: 'und', meta: c.meta, filters: c.filters });
    if (r.errors.length) problems.push(`${c.url}: ${r.errors.join('; ')}`);
  }
  // Taken in memory and written by the caller, whole: writeFiles() could answer while a file was
  // still being flushed (a half-written pagefind-worker.js in one of two identical builds).
  const got = await index.getFiles();
  await pagefind.close();
  const files = canonicalIndex(got.files.map((f) => ({ path: f.path, content: f.content })));
  files.push({ path: FILTER_MAP_FILE, content: new TextEncoder().encode(JSON.stringify(filterMap(files))) });
  return { files, pages: pages.length, records: custom.length, errors: [...problems, ...got.errors] };
}
