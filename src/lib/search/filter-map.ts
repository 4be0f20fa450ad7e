// Which page carries which filter value, as one small file the search page loads with Pagefind.
// Pagefind can say which pages carry a value only by a search for it, and a search without words
// loads every chunk of its index (15 MB on a site of 5,000 pages): this map, read from the index's
// own fragments at build time, lets the page group and count its results with no such search.
import { gunzipSync } from 'node:zlib';
import type { IndexFile } from './canonical-index.ts';

/** ids: Pagefind's page ids, sorted; per filter, its values and each page's value (-1: none) by id order. */
export interface FilterMap {
  ids: string[];
  filters: Record<string, { values: string[]; pages: number[][] }>;
}

export const FILTER_MAP_FILE = 'bluebook-filters.json';

export function filterMap(files: readonly IndexFile[]): FilterMap {
  const pages = files
    .filter((f) => /^fragment\/.*\.pf_fragment$/.test(f.path))
    .map((f) => {
      const raw = gunzipSync(f.content);
      const json = JSON.parse(raw.subarray(raw.subarray(0, 12).toString() === 'pagefind_dcd' ? 12 : 0).toString()) as {
        filters?: Record<string, string[]>;
      };
      return { id: f.path.slice('fragment/'.length, -'.pf_fragment'.length), filters: json.filters ?? {} };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const keys = [...new Set(pages.flatMap((p) => Object.keys(p.filters)))].sort();
  const filters: FilterMap['filters'] = {};
  for (const key of keys) {
    const values = [...new Set(pages.flatMap((p) => p.filters[key] ?? []))].sort();
    filters[key] = { values, pages: pages.map((p) => (p.filters[key] ?? []).map((v) => values.indexOf(v))) };
  }
  return { ids: pages.map((p) => p.id), filters };
}
