// Astro glue: each edition's rankings, computed once per build, with change since the previous edition.
import { throwProblems } from './content-problems.ts';
import { compareRankings, type Change, editionChange, type EditionChange } from '../lib/composite-index/index.ts';
import type { MethodChange } from '../lib/composite-index/index.ts';
import { explorePayload, explorer, weightRange } from '../lib/composite-index/index.ts';
import type { ExplorePayload, WeightRange } from '../lib/composite-index/index.ts';
import { loadRankings, type Listed, type Ranking } from '../lib/composite-index/index.ts';
import { methodChangeText } from '../lib/composite-index/index.ts';
import type { PageLocale } from './page-locale.ts';
import { editionDatasets } from './datasets.ts';
import { type EditionBundle, loadEditions, renderedEditions } from './collections.ts';

export interface SiteRanking extends Ranking {
  previousYear?: number | undefined;
  changes?: Map<string, Change> | undefined;
  methodChanged: MethodChange[];
  /** The change since `previousYear` split into method, revision and real change. */
  change?: EditionChange | undefined;
}

const cache = new Map<number, { rankings: Ranking[]; listed: Listed[] }>();

function load(year: number) {
  // The dev server keeps modules alive across edits: recompute there, cache in a build.
  let hit = import.meta.env.DEV ? undefined : cache.get(year);
  if (!hit) {
    const r = loadRankings(process.cwd(), year, editionDatasets(year));
    if (r.problems.length) throwProblems(r.problems);
    hit = { rankings: r.rankings, listed: r.listed };
    cache.set(year, hit);
  }
  return hit;
}

const compared = new Map<number, Promise<SiteRanking[]>>();

/** Computed rankings of edition `year`, each compared with the nearest earlier edition that has the same id. */
export function editionRankings(year: number): Promise<SiteRanking[]> {
  // Every page's header asks (is there a rankings section?): compare once per build.
  if (import.meta.env.DEV) return compareWithEarlier(year);
  let hit = compared.get(year);
  if (!hit) compared.set(year, (hit = compareWithEarlier(year)));
  return hit;
}

async function compareWithEarlier(year: number): Promise<SiteRanking[]> {
  const years = (await loadEditions())
    .map((e) => e.year)
    .filter((y) => y < year)
    .sort((a, b) => b - a);
  return load(year).rankings.map((r) => {
    for (const y of years) {
      const prev = load(y).rankings.find((p) => p.result.spec.id === r.result.spec.id);
      if (prev) {
        const { changes, methodChanged } = compareRankings(prev.result, r.result);
        return { ...r, previousYear: y, changes, methodChanged, change: editionChange(prev, r) };
      }
    }
    return { ...r, methodChanged: [] };
  });
}

/** The ranking `id` in every edition up to `year` that computes it, oldest first: an entity's history as of `year`. */
export async function rankingHistory(year: number, id: string): Promise<{ year: number; ranking: SiteRanking }[]> {
  const years = (await loadEditions())
    .map((e) => e.year)
    .filter((y) => y <= year)
    .sort((a, b) => a - b);
  const out: { year: number; ranking: SiteRanking }[] = [];
  for (const y of years) {
    const ranking = (await editionRankings(y)).find((r) => r.result.spec.id === id);
    if (ranking) out.push({ year: y, ranking });
  }
  return out;
}

const explored = new WeakMap<Ranking, { payload: ExplorePayload; range: WeightRange }>();

/** What a ranking page's explorer ships, and each entity's best and worst rank under admissible weights. */
export function rankingExplorer(ranking: Ranking): { payload: ExplorePayload; range: WeightRange } {
  let hit = explored.get(ranking);
  if (!hit) {
    const payload = explorePayload(ranking);
    hit = { payload, range: weightRange(explorer(payload)) };
    explored.set(ranking, hit);
  }
  return hit;
}

/** Rankings published as lists (order only). */
export function editionListedRankings(year: number): Listed[] {
  return load(year).listed;
}

/** What differs from the previous edition's method, as one line in the page's language. */
export function methodChangeSummary(r: SiteRanking, { tt, locale }: Pick<PageLocale, 'tt' | 'locale'>): string {
  const { spec } = r.result;
  const name = (kind: 'indicator' | 'dimension' | 'setting', id: string) => {
    const l = (kind === 'indicator' ? spec.indicators : spec.dimensions).find((x) => x.id === id)?.label;
    return l ? (locale === 'en' && l.en ? l.en : l.zh) : id;
  };
  return r.methodChanged.map((c) => methodChangeText(c, tt, name)).join(locale === 'en' ? '; ' : '；');
}

/** Route params of a page per computed ranking of each edition this run renders (methodology, compare). */
export async function rankingPaths(): Promise<
  { params: { year: string; id: string }; props: { bundle: EditionBundle; ranking: SiteRanking } }[]
> {
  const out = [];
  for (const bundle of await renderedEditions())
    for (const ranking of await editionRankings(bundle.year))
      out.push({ params: { year: String(bundle.year), id: ranking.result.spec.id }, props: { bundle, ranking } });
  return out;
}
