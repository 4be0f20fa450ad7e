// Which editions a query reads first: one edition's files before the first results, not the series'.
import { describe, expect, it } from 'vitest';
import { searchPasses } from '../../../src/lib/search/search-passes.ts';

// Newest first, as the manifest lists them; the site's own pages have no year.
const site = { shard: 'site' };
const series = [site, ...[2027, 2026, 2025, 2024].map((year) => ({ shard: String(year), year }))];
const shards = (passes: { shard: string }[][]) => passes.map((p) => p.map((e) => e.shard));

describe('searchPasses(editions, titled, years)', () => {
  it('reads the site pages and the newest edition first, then every edition', () => {
    expect(shards(searchPasses(series, new Set()))).toEqual([
      ['site', '2027'],
      ['site', '2027', '2026', '2025', '2024'],
    ]);
  });

  it('a title every edition has: the first pass reads the newest edition alone', () => {
    const titled = new Set(['2027/3', '2026/3', '2025/3', '2024/3']);
    expect(shards(searchPasses(series, titled))[0]).toEqual(['site', '2027']);
  });

  it('a title only older editions have: the newest of them joins the first pass', () => {
    const titled = new Set(['2025/7', '2024/7']);
    expect(shards(searchPasses(series, titled))[0]).toEqual(['site', '2027', '2025']);
  });

  it('with editions chosen, reads the newest chosen first; the site pages, of no edition, are not chosen', () => {
    const passes = shards(searchPasses(series, new Set(['2024/1']), new Set(['2026', '2024'])));
    expect(passes).toEqual([
      ['2026', '2024'],
      ['site', '2027', '2026', '2025', '2024'],
    ]);
  });

  it('a series of one edition is read in one pass', () => {
    expect(shards(searchPasses([{ shard: '2018', year: 2018 }], new Set()))).toEqual([['2018']]);
  });
});
