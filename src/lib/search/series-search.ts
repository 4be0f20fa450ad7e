// The search page's engine over the series index (series-format.ts): it loads an edition's page
// list and the postings files a query's keys fall in, and nothing else, so a query reads a few
// files of the editions it searches. Runs in the browser and, for tests, in Node.
import type { Hit } from './rank-results.ts';
import {
  ANYWHERE,
  hashKey,
  type PagesFile,
  type PageText,
  type Posting,
  readPostings,
  SEARCH_FORMAT,
  type SeriesManifest,
} from './series-format.ts';

/** How files are fetched: by path below the index folder. */
export interface IndexLoader {
  json(path: string): Promise<unknown>;
  bytes(path: string): Promise<Uint8Array>;
}

/** Fetch below `base` (the index folder's URL); postings files are gunzipped here. */
export function fetchLoader(base: string): IndexLoader {
  const url = (path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`).href;
  const get = async (path: string) => {
    const r = await fetch(url(path));
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r;
  };
  return {
    json: async (path) => (await get(path)).json(),
    bytes: async (path) => {
      const body = (await get(path)).body!.pipeThrough(new DecompressionStream('gzip'));
      return new Uint8Array(await new Response(body).arrayBuffer());
    },
  };
}

export type EditionInfo = SeriesManifest['editions'][number];

/** A page of an edition: its id (`<shard>/<index>`), the edition and its page list entry. */
export interface PageInfo {
  id: string;
  shard: string;
  year: number | undefined;
  url: string;
  kind: string;
  fold: string;
  filters: Record<string, string[]>;
}

const BM25_K1 = 1.2;
// Little weight on page length: a short page known by its title should not outrank the pages about a topic.
const BM25_B = 0.3;

export class SeriesSearch {
  private manifestP: Promise<SeriesManifest> | undefined;
  private readonly pagesP = new Map<string, Promise<PagesFile>>();
  private readonly postingsP = new Map<string, Promise<Uint8Array>>();
  private readonly textP = new Map<string, Promise<PageText | PageText[]>>();
  private readonly loader: IndexLoader;

  constructor(loader: IndexLoader) {
    this.loader = loader;
  }

  manifest(): Promise<SeriesManifest> {
    return (this.manifestP ??= (this.loader.json('index.json') as Promise<SeriesManifest>).then((m) => {
      if (m.format !== SEARCH_FORMAT) throw new Error(`search index format ${m.format}, expected ${SEARCH_FORMAT}`);
      return m;
    }));
  }

  pages(shard: string): Promise<PagesFile> {
    let p = this.pagesP.get(shard);
    if (!p) this.pagesP.set(shard, (p = this.loader.json(`${shard}/pages.json`) as Promise<PagesFile>));
    return p;
  }

  /** What the results need to know of each page of a search's hits, before its text is loaded. */
  async pagesOf(hits: Iterable<string>, editions: ReadonlyMap<string, EditionInfo>): Promise<Map<string, PageInfo>> {
    const out = new Map<string, PageInfo>();
    for (const id of hits) {
      const cut = id.lastIndexOf('/');
      const edition = editions.get(id.slice(0, cut))!;
      out.set(id, this.pageOf(edition, await this.pages(edition.shard), Number(id.slice(cut + 1))));
    }
    return out;
  }

  private readonly infos = new Map<string, PageInfo>();

  private pageOf(edition: EditionInfo, list: PagesFile, index: number): PageInfo {
    const id = `${edition.shard}/${index}`;
    const known = this.infos.get(id);
    if (known) return known;
    const [url, kind, fold, , pairs] = list.pages[index]!;
    const filters: Record<string, string[]> = {};
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const f = list.filters[pairs[i]!]!;
      (filters[f.name] ??= []).push(f.values[pairs[i + 1]!]!);
    }
    const info = { id, shard: edition.shard, year: edition.year, url, kind: list.kinds[kind]!, fold, filters };
    this.infos.set(id, info);
    return info;
  }

  /** The postings of `keys` in an edition: all its files at once, or (`stepwise`) one after another,
   * stopping at the first file that lacks one of its keys. */
  private async postings(edition: EditionInfo, keys: readonly string[], stepwise: boolean) {
    const byFile = new Map<number, Set<string>>();
    for (const k of keys) {
      const f = hashKey(k) % edition.postings;
      (byFile.get(f) ?? byFile.set(f, new Set()).get(f)!).add(k);
    }
    const out = new Map<string, Posting[]>();
    const read = async ([f, wanted]: [number, Set<string>]) => {
      const path = `${edition.shard}/p${f}.bin`;
      let bytes = this.postingsP.get(path);
      if (!bytes) this.postingsP.set(path, (bytes = this.loader.bytes(path)));
      for (const [k, v] of readPostings(await bytes, wanted)) out.set(k, v);
      return [...wanted].every((k) => out.has(k));
    };
    if (!stepwise) await Promise.all([...byFile].map(read));
    else for (const file of byFile) if (!(await read(file))) break;
    return out;
  }

  /**
   * The pages of an edition holding every one of `pairs` (a phrase's pairs, or its one character,
   * which is then found wherever it stands), with where each stands and a BM25 score. `stepwise`
   * reads the postings files one after another and stops at a pair the edition lacks: fewer bytes
   * where the phrase is unlikely (the older editions, read after the first results), more round trips.
   */
  async search(edition: EditionInfo, pairs: readonly string[], stepwise = false): Promise<Hit[]> {
    if (!pairs.length) return [];
    const single = pairs.length === 1 && [...pairs[0]!].length === 1;
    const keys = single ? [ANYWHERE + pairs[0]!] : [...new Set(pairs)];
    const found = await this.postings(edition, keys, stepwise);
    const lists = keys.map((k) => found.get(k) ?? []);
    // An edition without the phrase costs its postings files only: its page list (the largest file a
    // search reads) is loaded where there are hits to score.
    if (lists.some((l) => !l.length)) return [];
    const list = await this.pages(edition.shard);
    const n = list.pages.length;
    const idf = lists.map((l) => Math.log(1 + (n - l.length + 0.5) / (l.length + 0.5)));
    // Pages in every list: walk the shortest, look the page up in the others.
    const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
    const maps = lists.map((l) => new Map(l.map((p) => [p.page, p])));
    const hits: Hit[] = [];
    for (const { page } of lists[order[0]!]!) {
      const each = maps.map((m) => m.get(page));
      if (each.some((p) => !p)) continue;
      const length = list.pages[page]![3];
      let score = 0;
      const words: number[] = [];
      each.forEach((p, i) => {
        const norm = 1 - BM25_B + (BM25_B * length) / (edition.avgLength || 1);
        score += (idf[i]! * p!.count * (BM25_K1 + 1)) / (p!.count + BM25_K1 * norm);
        words.push(...p!.positions);
      });
      hits.push({ id: `${edition.shard}/${page}`, score, words });
    }
    return hits;
  }

  /** The piece of page `index`'s text where position `at` stands (its first piece when `at` is in the title). */
  async text(edition: EditionInfo, index: number, at = 0): Promise<PageText> {
    const list = await this.pages(edition.shard);
    const pieces = list.pages[index]![5];
    const [file, , i] = pieces.findLast(([, from]) => from <= at) ?? pieces[0]!;
    const path = `${edition.shard}/t${file}.json`;
    let p = this.textP.get(path);
    if (!p) this.textP.set(path, (p = this.loader.json(path) as Promise<PageText | PageText[]>));
    const got = await p;
    return Array.isArray(got) ? got[i]! : got;
  }
}
