// From the engine's answers to the ranked, grouped list a reader sees. The engine answers a
// phrase's pairs with every page holding all of them (series-search.ts); a page is a match only
// where the pairs stand side by side (ngram.ts). Pages about a topic (chapters, front matter, cases) come first;
// towns, datasets, figures and rankings are counted in groups instead of flooding the list.
import { esc as escapeHtml } from '../text/escape.ts';
import { phraseStarts, TITLE_WORDS, type Decoded, type Phrase } from './ngram.ts';

/** What the engine returns for each page before its text is loaded: its BM25 score and where the pairs stand. */
export interface Hit {
  id: string;
  score: number;
  words: number[];
}

export interface Match {
  id: string;
  score: number;
  starts: number[];
}

/** Whether the phrase stands in the page's title. */
export const inTitle = (m: Match) => m.starts[0]! < TITLE_WORDS;

/** The pages where a phrase stands, with where it starts. */
export function phraseMatches(hits: readonly Hit[], phrase: Pick<Phrase, 'at'>): Map<string, Match> {
  const out = new Map<string, Match>();
  for (const h of hits) {
    const starts = phraseStarts(h.words, phrase.at);
    // The engine's score, raised for a page where the phrase stands often (a page about it, not one
    // that names it once in a title).
    if (starts.length) out.set(h.id, { id: h.id, score: h.score * (1 + Math.log(starts.length)), starts });
  }
  return out;
}

/** Pages matching every phrase: scores added, the first phrase's places kept for the excerpt. */
export function allPhrases(perPhrase: readonly Map<string, Match>[]): Map<string, Match> {
  if (!perPhrase.length) return new Map();
  const [first, ...rest] = perPhrase;
  const out = new Map<string, Match>();
  for (const [id, m] of first!) {
    if (rest.every((p) => p.has(id)))
      out.set(id, { id, score: rest.reduce((s, p) => s + p.get(id)!.score, m.score), starts: m.starts });
  }
  return out;
}

/** Kinds shown as results; the others are counted in groups. */
export const mainKinds = ['版次', '章节', '前言', '案例'] as const;
export const groupedKinds = ['排名', '数据', '图表', '小镇'] as const;

export interface Ranked {
  main: Match[];
  groups: { kind: string; ids: string[] }[];
}

/**
 * Order matches: main kinds whose title holds the phrase first, then by score (BM25 over the
 * pairs, with little weight on page length, raised where the phrase stands often), then by the
 * number of times it stands there; ties by id so the order is the same every time. Grouped kinds
 * are counted per kind.
 */
export function rankMatches(
  matches: ReadonlyMap<string, Match>,
  kindOf: (id: string) => string | undefined,
  grouped = true,
): Ranked {
  const main: Match[] = [];
  const groups = new Map<string, string[]>();
  for (const m of matches.values()) {
    const kind = kindOf(m.id) ?? '';
    if (grouped && (groupedKinds as readonly string[]).includes(kind))
      (groups.get(kind) ?? groups.set(kind, []).get(kind)!).push(m.id);
    else main.push(m);
  }
  main.sort(
    (a, b) =>
      Number(inTitle(b)) - Number(inTitle(a)) ||
      b.score - a.score ||
      b.starts.length - a.starts.length ||
      (a.id < b.id ? -1 : 1),
  );
  return {
    main,
    groups: groupedKinds.filter((k) => groups.has(k)).map((kind) => ({ kind, ids: groups.get(kind)!.sort() })),
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each phrase stands in the text, exactly (case folded; any punctuation between its runs): [start, end) ranges.
 */
export function exactRanges(text: string, phrases: readonly Phrase[]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of phrases) {
    const re = new RegExp(p.runs.map(escapeRe).join('[^\\p{L}\\p{N}\\n]+'), 'giu');
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * An excerpt of about `length` characters around the first place at or after `from` where a
 * phrase stands, with every phrase marked (the phrase, not its characters one by one); HTML-escaped.
 * Undefined when the phrase is not in the text: the page is then no match after all.
 */
export function excerpt(decoded: Decoded, phrases: readonly Phrase[], from = 0, length = 64): string | undefined {
  const ranges = exactRanges(decoded.text, phrases);
  // From `from` on; where the page's title or a heading holds the phrase, a sentence of its text says more.
  const lineLength = (i: number) =>
    (decoded.text.indexOf('\n', i) + 1 || decoded.text.length + 1) - decoded.text.lastIndexOf('\n', i) - 1;
  const after = ranges.filter((r) => r[0] >= from);
  let first = after.find((r) => lineLength(r[0]) > 40) ?? after[0] ?? ranges[0];
  if (!first) return undefined;
  // Several phrases (words of an English query, or Chinese phrases with spaces between): the place
  // where most of them stand within one excerpt, rather than the first place one of them does.
  if (phrases.length > 1) {
    const phraseAt = phrases.map((p) => exactRanges(decoded.text, [p]));
    const within = (r: [number, number]) =>
      phraseAt.filter((rs) => rs.some(([s2]) => s2 >= r[0] - length / 3 && s2 < r[0] + (length * 2) / 3)).length;
    const best = Math.max(...(after.length ? after : ranges).map(within));
    if (within(first) < best) first = (after.length ? after : ranges).find((r) => within(r) === best)!;
  }
  const lineStart = decoded.text.lastIndexOf('\n', first[0]) + 1;
  const start = Math.max(lineStart, first[0] - Math.floor((length - (first[1] - first[0])) / 3));
  let end = Math.min(decoded.text.length, start + length);
  const lineEnd = decoded.text.indexOf('\n', first[1]);
  if (lineEnd >= 0) end = Math.min(end, lineEnd);
  let html = start > lineStart ? '…' : '';
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end || s < at) continue;
    html += escapeHtml(decoded.text.slice(at, s)) + '<mark>' + escapeHtml(decoded.text.slice(s, e)) + '</mark>';
    at = e;
  }
  html += escapeHtml(decoded.text.slice(at, end)).replace(/\n/g, ' ');
  if (end < decoded.text.length && decoded.text[end] !== '\n') html += '…';
  return html.replace(/\n/g, ' ');
}

/** Mean reciprocal rank of the first judged-relevant result, over queries (0 where none is found). */
export function meanReciprocalRank(
  runs: readonly { results: readonly string[]; relevant: (url: string) => boolean }[],
): number {
  if (!runs.length) return 0;
  return (
    runs.reduce((sum, r) => {
      const i = r.results.findIndex(r.relevant);
      return sum + (i >= 0 ? 1 / (i + 1) : 0);
    }, 0) / runs.length
  );
}
