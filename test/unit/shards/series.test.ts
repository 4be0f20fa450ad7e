import { describe, expect, it } from 'vitest';
import { contentYears, latestOf } from '../../../src/lib/shards/series.ts';
import { shardOfPath, renders } from '../../../src/lib/shards/shard-names.ts';
import { planRuns } from '../../../src/lib/shards/plan-runs.ts';

const e = (year: number, draft = false) => ({ year, draft, language: 'zh-CN' as const });

describe('latestOf(series)', () => {
  it('is the newest published edition, or the newest draft when all are drafts', () => {
    expect(latestOf([e(2018), e(2019), e(2020, true)])).toBe(2019);
    expect(latestOf([e(2018, true), e(2019, true)])).toBe(2019);
    expect(latestOf([])).toBeUndefined();
  });
});

describe('contentYears(series, listed)', () => {
  const s = [e(2018), e(2019), e(2020), e(2021, true)];
  it('reads every edition when every shard renders', () => {
    expect(contentYears(s, undefined)).toEqual([2018, 2019, 2020, 2021]);
  });
  it('reads an edition and the one before it, which "what changed" compares it with', () => {
    expect(contentYears(s, '2020')).toEqual([2019, 2020]);
    expect(contentYears(s, '2018')).toEqual([2018]);
  });
  it('reads the latest published edition for the site shard (the not-found page lists its contents)', () => {
    expect(contentYears(s, 'site')).toEqual([2020]);
    expect(contentYears(s, '2018,site')).toEqual([2018, 2020]);
  });
});

describe('renders(listed, shard)', () => {
  it('is true for a listed shard or when nothing is listed', () => {
    expect(renders('2018, site', 'site')).toBe(true);
    expect(renders('2018,site', '2019')).toBe(false);
    expect(renders(undefined, '2019')).toBe(true);
  });
});

describe('shardOfPath(path)', () => {
  it('gives an edition its own folders in both interfaces and its cards, the rest to the site', () => {
    expect(shardOfPath('2019/b1/index.html')).toBe('2019');
    expect(shardOfPath('en/2019/figures/fig-1/index.html')).toBe('2019');
    expect(shardOfPath('og/2019/b1.png')).toBe('2019');
    expect(shardOfPath('index.html')).toBe('site');
    expect(shardOfPath('en/search/index.html')).toBe('site');
    expect(shardOfPath('_astro/site.abc.css')).toBe('site');
    expect(shardOfPath('images/2019/a.png')).toBe('site');
    expect(shardOfPath('20190/index.html')).toBe('site');
  });
});

describe('planRuns(stale, latest)', () => {
  it('builds each edition in its own process, the oldest first (the search index’s order), the site shard with the latest', () => {
    expect(planRuns(['2019', '2018', 'site', '2020'], 2020)).toEqual([['2018'], ['2019'], ['2020', 'site']]);
  });
  it('builds the site shard alone, last, when the latest edition is current', () => {
    expect(planRuns(['site', '2018'], 2019)).toEqual([['2018'], ['site']]);
    expect(planRuns([], 2019)).toEqual([]);
  });
});
