// The search page's query plan, apart from the page: which phrases to ask the engine, how the pages
// holding all of them are found, the fallback to pages holding some of the query's words, and the
// filters and their counts. The browser script (src/client/search.ts) only draws what this decides.
import { type Phrase, queryPhrases } from './ngram.ts';
import { normaliseQuery, segmentQuery, synonymsOf } from './prepare-query.ts';
import { allPhrases, type Hit, type Match, phraseMatches } from './rank-results.ts';

/** The engine: the pages holding all of a phrase's pairs (or its one character, anywhere), with where each stands. */
export type WordSearch = (pairs: readonly string[]) => Promise<Hit[]>;

/** Which pages carry each value of each filter. */
export type FilterSets = Record<string, Record<string, Set<string>>>;

export interface QueryPlan {
  /** Pages matching, by id. */
  matches: Map<string, Match>;
  /** The phrases the results are about (those of the query, or its words when `partial`). */
  shown: Phrase[];
  /** No page holds the whole query: these pages hold some of its words. */
  partial: boolean;
}

/** A phrase as a page may write it: itself and its synonyms. */
export const phraseForms = (p: Phrase): Phrase[] => [p, ...synonymsOf(p.text).flatMap((s) => queryPhrases(s))];

/** Pages where every phrase stands, in one of its forms. */
export async function findPhrases(search: WordSearch, phrases: readonly Phrase[]): Promise<Map<string, Match>> {
  const per: Map<string, Match>[] = [];
  for (const p of phrases) {
    const any = new Map<string, Match>();
    for (const form of phraseForms(p)) {
      for (const [id, m] of phraseMatches(await search(form.pairs), form)) if (!any.has(id)) any.set(id, m);
    }
    per.push(any);
  }
  return allPhrases(per);
}

/**
 * The pages for query `q`: those holding every phrase; failing that, those holding some of its
 * words of two characters or more, scored by their engine scores times the square of how many of
 * the words they hold (a page with three of the words before one with two).
 */
export async function planQuery(q: string, search: WordSearch): Promise<QueryPlan> {
  const phrases = queryPhrases(q);
  const matches = await findPhrases(search, phrases);
  if (matches.size) return { matches, shown: phrases, partial: false };
  const words = [...new Set(segmentQuery(normaliseQuery(q)).filter((w) => [...w].length >= 2))];
  if (words.length < 2) return { matches, shown: phrases, partial: false };
  const wordPhrases = words.flatMap((w) => queryPhrases(w));
  const union = new Map<string, Match & { n: number }>();
  for (const wp of wordPhrases) {
    for (const [id, m] of await findPhrases(search, [wp])) {
      const u = union.get(id);
      union.set(id, u ? { ...u, score: u.score + m.score, n: u.n + 1 } : { ...m, n: 1 });
    }
  }
  const scored = new Map([...union].map(([id, { n, ...m }]) => [id, { ...m, score: m.score * n * n }]));
  return { matches: scored, shown: wordPhrases, partial: scored.size > 0 };
}

/** Whether page `id` passes the chosen filters (all of them, or all but `except`). */
export function passesFilters(
  id: string,
  selected: Record<string, Set<string>>,
  sets: FilterSets,
  except?: string,
): boolean {
  return Object.entries(selected).every(
    ([k, vs]) => k === except || !vs.size || [...vs].some((v) => sets[k]?.[v]?.has(id)),
  );
}

/** For each filter, how many matching pages each value would give with the other filters as
 * chosen (values with none are left out unless chosen). */
export function filterCounts(
  matches: ReadonlyMap<string, Match>,
  selected: Record<string, Set<string>>,
  sets: FilterSets,
  keys: readonly string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(sets)) {
    if (!keys.includes(key)) continue;
    const base = [...matches.keys()].filter((id) => passesFilters(id, selected, sets, key));
    counts[key] = Object.fromEntries(
      Object.entries(values)
        .map(([v, ids]) => [v, base.filter((id) => ids.has(id)).length] as const)
        .filter(([v, n]) => n > 0 || selected[key]?.has(v)),
    );
  }
  return counts;
}
