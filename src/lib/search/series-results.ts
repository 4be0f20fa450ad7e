// Results over a series: the newest edition first, and the same chapter or figure found in several
// editions shown once, with the others as "also in 2019, 2020…". A page whose title the query is
// (a book's title or subtitle, a chapter's title) comes before everything else.
import type { Match } from './rank-results.ts';
import { normaliseQuery } from './prepare-query.ts';

/** What ordering and folding need of a page. */
export interface ResultPage {
  id: string;
  year: number | undefined;
  kind: string;
  fold: string;
}

/** An edition's home page (its cover) leads only where the query is its title; otherwise it comes last. */
const HOME = '版次';

export interface SeriesResult<P extends ResultPage> {
  match: Match;
  page: P;
  /** The same page in other editions, newest first. */
  also: P[];
}

/** A title or query as titles are compared: normalised, lower case, letters and digits only. */
export const titleForm = (s: string): string =>
  normaliseQuery(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * `ranked` (one edition's order: rankMatches) over the series: pages titled by the query first,
 * then edition by edition, newest first (the site's own pages, of no edition, with the newest),
 * each page once with its repeats in other editions; edition homes not titled by the query last.
 */
export function seriesResults<P extends ResultPage>(
  ranked: readonly Match[],
  pageOf: (id: string) => P,
  titled: ReadonlySet<string>,
): SeriesResult<P>[] {
  const year = (p: P) => p.year ?? Number.POSITIVE_INFINITY;
  const ordered = ranked
    .map((match, i) => ({ match, page: pageOf(match.id), i }))
    .sort(
      (a, b) =>
        Number(titled.has(b.page.id)) - Number(titled.has(a.page.id)) ||
        Number(a.page.kind === HOME) - Number(b.page.kind === HOME) ||
        year(b.page) - year(a.page) ||
        a.i - b.i,
    );
  const out: SeriesResult<P>[] = [];
  const byFold = new Map<string, SeriesResult<P>>();
  for (const { match, page } of ordered) {
    const first = byFold.get(page.fold);
    if (first) {
      first.also.push(page);
      continue;
    }
    const r = { match, page, also: [] };
    byFold.set(page.fold, r);
    out.push(r);
  }
  for (const r of out) r.also.sort((a, b) => year(b) - year(a));
  return out;
}
