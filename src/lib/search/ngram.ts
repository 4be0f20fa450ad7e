// Chinese search the way Chinese search engines do it: text is indexed as overlapping character
// pairs (bigrams) and a query is cut into pairs the same way, so any phrase of the text — 顶层设计
// inside 特色小镇智慧运营报告顶层设计与…, 横店 inside 东阳市横店镇 — finds its page, whatever a word
// segmenter would have made of it. The index (page-tokens.ts) keeps where each pair stands, and a
// page matches only where the query's pairs stand next to each other, i.e. the phrase itself.
import { normaliseQuery } from './prepare-query.ts';

/** Positions given to a page's title: a phrase starting below this stands in the title (page-tokens.ts). */
export const TITLE_WORDS = 64;

/** The pairs of one run: 特色小镇 → 特色 色小 小镇; a single character stays as it is. */
export function pairsOf(run: string): string[] {
  const c = [...run];
  if (c.length < 2) return c;
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!);
  return out;
}

/**
 * One phrase of a query: its runs (B.1 is the runs b and 1), their pairs in order, and where each
 * pair must stand relative to the first (the text between two runs is one word of the index).
 */
export interface Phrase {
  text: string;
  runs: string[];
  pairs: string[];
  at: number[];
}

/**
 * The phrases of a query, normalised like the text: split at spaces (each phrase must be on the
 * page, anywhere); punctuation inside a phrase (B.1, 小镇，发展) stands for any punctuation there.
 */
export function queryPhrases(query: string): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const word of normaliseQuery(query).toLowerCase().split(' ')) {
    const runs = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const key = runs.join(' ');
    if (!runs.length || seen.has(key)) continue;
    seen.add(key);
    const pairs: string[] = [];
    const at: number[] = [];
    let pos = 0;
    for (const run of runs) {
      for (const p of pairsOf(run)) {
        pairs.push(p);
        at.push(pos++);
      }
      pos++;
    }
    out.push({ text: runs.join(' '), runs, pairs, at });
  }
  return out;
}

/**
 * Where a phrase stands, from the positions of its pairs on a page: every position p such that
 * p + at[i] is matched for each of the phrase's pairs (for one run, `k` consecutive positions).
 */
export function phraseStarts(positions: readonly number[], at: readonly number[]): number[] {
  const matched = new Set(positions);
  return [...matched].sort((a, b) => a - b).filter((p) => at.every((d) => matched.has(p + d)));
}

/** A page's text, as excerpts are cut from it. */
export interface Decoded {
  text: string;
}
