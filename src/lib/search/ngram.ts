// Chinese search the way Chinese search engines do it: text is indexed as overlapping character
// pairs (bigrams) and a query is cut into pairs the same way, so any phrase of the text — 顶层设计
// inside 特色小镇智慧运营报告顶层设计与…, 横店 inside 东阳市横店镇 — finds its page, whatever a word
// segmenter would have made of it. Pagefind stays the engine: it is handed the pairs as words (in a
// language with no segmenter or stemmer), returns each page's matching word positions, and the
// page keeps only pages where the query's pairs stand next to each other, i.e. the phrase itself.
//
// Each pair is handed over spelt in the letters a–p (four per UTF-16 unit: 顶层 → "ilhkfmee"…),
// because Pagefind 1.5 cuts any Han text in a query into single characters and matches each as a
// prefix (顶层 would find every word starting with 顶 or 层); a word of eight Latin letters it
// matches whole. Text between runs is kept as words starting with z, so the page text can be
// spelt back for excerpts.
import { normaliseQuery } from './prepare-query.ts';

// Letters (Han, Latin, kana …) and digits make up a run; anything else separates runs.
const WORD = /[\p{L}\p{N}]/u;
const RUNS = /([\p{L}\p{N}]+)/u;

/**
 * Word positions given to a page's title: a phrase starting below this stands in the title (page-records.ts pads
 * titles to it).
 */
export const TITLE_WORDS = 64;

/** Text as index letters: four of a–p per UTF-16 unit. */
export function spell(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out += String.fromCharCode(97 + (u >> 12), 97 + ((u >> 8) & 15), 97 + ((u >> 4) & 15), 97 + (u & 15));
  }
  return out;
}

/** Index letters back to text. */
export function unspell(letters: string): string {
  let out = '';
  for (let i = 0; i + 3 < letters.length; i += 4) {
    out += String.fromCharCode(
      ((letters.charCodeAt(i) - 97) << 12) |
        ((letters.charCodeAt(i + 1) - 97) << 8) |
        ((letters.charCodeAt(i + 2) - 97) << 4) |
        (letters.charCodeAt(i + 3) - 97),
    );
  }
  return out;
}

/** The pairs of one run: 特色小镇 → 特色 色小 小镇; a single character stays as it is. */
export function pairsOf(run: string): string[] {
  const c = [...run];
  if (c.length < 2) return c;
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!);
  return out;
}

/**
 * Text as the index holds it: each run as its pairs, the characters between runs as a word of
 * their own (z + letters), all spelt in index letters and separated by spaces. Characters are
 * normalised as queries are (full-width → half-width, traditional → simplified, lower case) so
 * both meet in the same pairs.
 */
export function encodeText(text: string): string {
  const pieces: string[] = [];
  // Runs are normalised; the text between them stays as written (full-width punctuation shows as such).
  for (const part of text.replace(/\s+/g, ' ').split(RUNS)) {
    if (!part) continue;
    if (WORD.test(part)) pieces.push(...pairsOf(normaliseQuery(part)).map(spellPair));
    else pieces.push('z' + spell(part));
  }
  return pieces.join(' ');
}

/**
 * A pair as an index word: its lower-case form spelt, then r, s or t when its first, second or both
 * characters are capitals. Pagefind matches a query word as a prefix, so the lower-case spelling
 * a query gives finds both, and the page's own case comes back for its excerpt.
 */
function spellPair(pair: string): string {
  const lower = pair.toLowerCase();
  if (lower === pair || lower.length !== pair.length) return spell(lower);
  const chars = [...pair];
  const mask = chars.reduce((m, c, i) => (c !== c.toLowerCase() ? m | (1 << i) : m), 0);
  return spell(lower) + (mask ? 'rst'[mask - 1] : '');
}

/** A query's pairs as the words to hand Pagefind. */
export function queryWords(phrase: Phrase): string {
  return phrase.pairs.map(spell).join(' ');
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
 * Where a phrase stands, from the positions of the words Pagefind matched on a page: every
 * position p such that p + at[i] is matched for each of the phrase's pairs (for one run, `k`
 * consecutive positions).
 */
export function phraseStarts(positions: readonly number[], at: readonly number[]): number[] {
  const matched = new Set(positions);
  return [...matched].sort((a, b) => a - b).filter((p) => at.every((d) => matched.has(p + d)));
}

/** Indexed content turned back into text, with the character offset of every word position. */
export interface Decoded {
  text: string;
  offsets: number[];
}

/**
 * The page text from the index's content (Pagefind's own copy of what it was given, with "." glued
 * to the last word of each element): a run's first pair whole, then the second character of each
 * next pair; z-words are the text between runs.
 */
export function decodeContent(content: string): Decoded {
  let text = '';
  const offsets: number[] = [];
  let inRun = false;
  for (const raw of content.split(' ')) {
    if (!raw) continue;
    const closes = raw.endsWith('.');
    let word = closes ? raw.slice(0, -1) : raw;
    offsets.push(text.length);
    if (word.startsWith('z')) {
      // zz: an empty word (the padding after a title)
      text += unspell(word.slice(1));
      inRun = false;
    } else {
      const mask = word.length % 4 === 1 ? 'rst'.indexOf(word.at(-1)!) + 1 : 0;
      if (mask) word = word.slice(0, -1);
      const piece = [...unspell(word)].map((c, i) => (mask & (1 << i) ? c.toUpperCase() : c)).join('');
      const chars = [...piece];
      if (inRun && chars.length === 2) {
        offsets[offsets.length - 1] = text.length - chars[0]!.length;
        text += chars[1];
      } else text += piece;
      inRun = chars.length === 2;
    }
    if (closes) {
      text += '\n';
      inRun = false;
    }
  }
  return { text, offsets };
}
