// A series index built in memory and searched by the search page's own engine, for unit tests.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex, type IndexShard, type SearchPage } from '../../src/lib/search/build-index.ts';
import { SEARCH_DIR } from '../../src/lib/search/series-format.ts';
import { type IndexLoader, SeriesSearch } from '../../src/lib/search/series-search.ts';
import type { WordSearch } from '../../src/lib/search/plan-query.ts';

/** A loader over files held in memory (paths below _search/), counting what it is asked for. */
export function memoryLoader(files: ReadonlyMap<string, Uint8Array>, asked: string[] = []): IndexLoader {
  const get = (path: string) => {
    asked.push(path);
    const f = files.get(path);
    if (!f) return Promise.reject(new Error(`${path}: 404`));
    return Promise.resolve(f);
  };
  return {
    json: async (path) => JSON.parse(new TextDecoder().decode(await get(path))),
    bytes: async (path) => gunzipSync(await get(path)),
  };
}

/** The engine over these shards, and a WordSearch over all their editions. */
export async function memoryEngine(shards: IndexShard[], asked: string[] = []) {
  const built = buildSearchIndex(shards);
  const files = new Map(
    built.files.map((f) => [f.path.slice(SEARCH_DIR.length + 1), 'content' in f ? f.content : readFileSync(f.source)]),
  );
  const engine = new SeriesSearch(memoryLoader(files, asked));
  const manifest = await engine.manifest();
  const search: WordSearch = async (pairs) =>
    (await Promise.all(manifest.editions.map((e) => engine.search(e, pairs)))).flat();
  return { engine, manifest, search, files };
}

/** Pages of one block of text each (test text), as an edition. */
export const textShard = (
  shard: string,
  pages: Record<string, string>,
  kind = '章节',
): IndexShard & { pages: SearchPage[] } => ({
  shard,
  year: /^\d{4}$/.test(shard) ? Number(shard) : undefined,
  pages: Object.entries(pages).map(([id, text]) => ({
    url: `/${shard}/${id}/`,
    meta: { title: id },
    filters: { kind: [kind], edition: [shard] },
    blocks: [{ tag: 'p' as const, text }],
  })),
});
