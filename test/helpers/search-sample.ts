// Phrases for measuring search, taken from the built site by a seeded generator (the same phrases
// every run, none hand-picked): phrases that stand on chapter, front-matter and case pages, and
// decoys that stand nowhere on the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageRecord, type PageRecord } from '../../src/lib/search/page-records.ts';
import { normaliseQuery } from '../../src/lib/search/prepare-query.ts';

/** A small seeded generator (Park–Miller), so a sample is the same on every machine. */
export function seeded(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/** The records the index was built from, read back from the built pages. */
export function builtRecords(dist: string): PageRecord[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .flatMap((f) => {
      const url =
        '/' +
        relative(dist, f)
          .split('\\')
          .join('/')
          .replace(/index\.html$/, '');
      const r = pageRecord(readFileSync(f, 'utf8'), url);
      return r ? [r] : [];
    });
}

const reading = new Set(['章节', '前言', '案例']);

/** `n` phrases of 2–8 characters of Chinese text, each with the page it was taken from. */
export function samplePhrases(
  records: readonly PageRecord[],
  n: number,
  seed = 2018,
): { phrase: string; url: string }[] {
  const rnd = seeded(seed);
  const pages = records
    .filter((r) => reading.has(r.filters.kind?.[0] ?? ''))
    .map((r) => ({
      url: r.url,
      runs: r.blocks.flatMap((b) => normaliseQuery(b.text).match(/\p{Script=Han}{2,}/gu) ?? []),
    }))
    .filter((p) => p.runs.length);
  const out: { phrase: string; url: string }[] = [];
  while (out.length < n) {
    const page = pages[Math.floor(rnd() * pages.length)]!;
    const run = [...page.runs[Math.floor(rnd() * page.runs.length)]!];
    const length = Math.min(run.length, 2 + Math.floor(rnd() * 7));
    const start = Math.floor(rnd() * (run.length - length + 1));
    out.push({ phrase: run.slice(start, start + length).join(''), url: page.url });
  }
  return out;
}

/** `n` decoys of 3–6 characters made of the site's own characters that appear nowhere on it. */
export function sampleDecoys(records: readonly PageRecord[], n: number, seed = 7714): string[] {
  const rnd = seeded(seed);
  const all = records.map((r) => r.blocks.map((b) => normaliseQuery(b.text)).join('\n')).join('\n');
  const chars = [...new Set(all.match(/\p{Script=Han}/gu) ?? [])].sort();
  const out: string[] = [];
  while (out.length < n) {
    const length = 3 + Math.floor(rnd() * 4);
    const d = Array.from({ length }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    if (!all.includes(d) && !out.includes(d)) out.push(d);
  }
  return out;
}
