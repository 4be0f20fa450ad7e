// A page as the series index holds it: every character pair of every run of letters and digits at
// its position (ngram.ts explains the pairs), each character with how often and where it first
// stands, and the text and sections the excerpt is cut from. Positions follow queryPhrases(): a
// run's pairs stand at consecutive positions, the text between two runs takes one, and so does the
// end of a block (a phrase never runs from one paragraph into the next). The title comes first and
// the text starts at TITLE_WORDS at the earliest, so a phrase starting below it stands in the title.
import { ANYWHERE } from './series-format.ts';
import { pairsOf, TITLE_WORDS } from './ngram.ts';
import type { PageRecord } from './page-records.ts';
import { normaliseQuery } from './prepare-query.ts';

const WORD = /[\p{L}\p{N}]/u;
const RUNS = /([\p{L}\p{N}]+)/u;

export interface PageTokens {
  /** Each key's positions, in order; ANYWHERE keys: [count, first position]. */
  keys: Map<string, number[]>;
  length: number;
  url: string;
  title: string;
  /** The page's own heading (its h1), when it has one. */
  heading: string | undefined;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Each block's text and first position, title first. */
  lines: [string, number][];
  /** Each heading with an anchor: its URL, text and first position. */
  sections: [string, string, number][];
}

/** The keys, positions, text and sections of one page. */
export function pageTokens(record: PageRecord): PageTokens {
  const keys = new Map<string, number[]>();
  const at = (key: string, p: number) => {
    const list = keys.get(key);
    if (list) list.push(p);
    else keys.set(key, [p]);
  };
  const anywhere = (c: string, p: number) => {
    const k = ANYWHERE + c;
    const seen = keys.get(k);
    if (seen) seen[0]!++;
    else keys.set(k, [1, p]);
  };
  let pos = 0;
  const lines: PageTokens['lines'] = [];
  const sections: PageTokens['sections'] = [];
  // The text keeps each run normalised as queries are (traditional → simplified, full-width →
  // half-width; case kept), and the rest as written, so a phrase is found in it as in the index.
  const block = (s: string) => {
    let line = '';
    const from = pos;
    for (const part of s.replace(/\s+/g, ' ').trim().split(RUNS)) {
      if (!part) continue;
      if (!WORD.test(part)) {
        line += part;
        pos++;
        continue;
      }
      const run = normaliseQuery(part);
      line += run;
      const chars = [...run.toLowerCase()];
      const pairs = pairsOf(chars.join(''));
      pairs.forEach((pair, i) => at(pair, pos + i));
      chars.forEach((c, i) => anywhere(c, pos + Math.min(i, pairs.length - 1)));
      pos += pairs.length;
    }
    pos++;
    if (line) lines.push([line, from]);
  };
  const title = record.blocks.find((b) => b.tag === 'h1');
  if (title) block(title.text);
  pos = Math.max(pos, TITLE_WORDS);
  for (const b of record.blocks) {
    if (b === title) continue;
    if (b.id && b.tag !== 'p') sections.push([`${record.url}#${b.id}`, b.text, pos]);
    block(b.text);
  }
  return {
    keys,
    length: pos,
    url: record.url,
    title: record.meta.title ?? title?.text ?? record.url,
    heading: title?.text,
    meta: record.meta,
    filters: record.filters,
    lines,
    sections,
  };
}
