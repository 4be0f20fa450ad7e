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

/** Build the index of the site in `dir`; returns Pagefind's files (path relative to pagefind/, bytes) and counts. */
export async function buildSearchIndex(dir: string, base: string, custom: readonly CustomRecord[]): Promise<{ files: { path: string; content: Uint8Array }[]; pages: number; records: number; errors: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) return { files: [], pages: 0, records: 0, errors };
  const problems: string[] = [];
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    const rel = relative(dir, file).split('\\').join('/');
    const url = `${base.replace(/\/?$/, '/')}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    const record = pageRecord(readFileSync(file, 'utf8'), url);
    if (!record) continue;
    const r = await index.addHTMLFile({ url, content: indexHtml(record) });
    if (r.errors.length) problems.push(`${url}: ${r.errors.join('; ')}`);
    pages++;
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
  return { files, pages, records: custom.length, errors: [...problems, ...got.errors] };
}
