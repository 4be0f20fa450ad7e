import { describe, expect, it } from 'vitest';
import { normaliseQuery, segmentQuery, synonymsOf } from '../../../src/lib/search/prepare-query.ts';

describe('normaliseQuery(query)', () => {
  it('normaliseQuery("特色小鎮") gives 特色小镇', () => expect(normaliseQuery('特色小鎮')).toBe('特色小镇'));
  it('normaliseQuery("玉皇山南基金小鎮") gives 玉皇山南基金小镇', () =>
    expect(normaliseQuery('玉皇山南基金小鎮')).toBe('玉皇山南基金小镇'));
  it('normaliseQuery("ＳＷＯＴ　分析") turns full-width Latin and spaces half-width', () =>
    expect(normaliseQuery('ＳＷＯＴ　分析')).toBe('SWOT 分析'));
  it('normaliseQuery("  智慧  城市 ") trims and collapses spaces', () =>
    expect(normaliseQuery('  智慧  城市 ')).toBe('智慧 城市'));
});

describe('segmentQuery(query)', () => {
  it('segmentQuery("特色小镇智慧运营") splits into words', () => {
    const words = segmentQuery('特色小镇智慧运营');
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('特色小镇智慧运营');
  });
});

describe('synonymsOf(phrase)', () => {
  it('synonymsOf("住建部公布") gives 住房和城乡建设部公布', () =>
    expect(synonymsOf('住建部公布')).toEqual(['住房和城乡建设部公布']));
  it('synonymsOf("住房和城乡建设部") gives 住建部', () => expect(synonymsOf('住房和城乡建设部')).toEqual(['住建部']));
  it('synonymsOf("特色小镇") has none', () => expect(synonymsOf('特色小镇')).toEqual([]));
});
