import { describe, expect, it } from 'vitest';
import { normaliseQuery, queryVariants, segmentQuery } from '../../../src/lib/search/prepare-query.ts';

describe('normaliseQuery(query)', () => {
  it('normaliseQuery("特色小鎮") gives 特色小镇', () => expect(normaliseQuery('特色小鎮')).toBe('特色小镇'));
  it('normaliseQuery("玉皇山南基金小鎮") gives 玉皇山南基金小镇', () => expect(normaliseQuery('玉皇山南基金小鎮')).toBe('玉皇山南基金小镇'));
  it('normaliseQuery("ＳＷＯＴ　分析") turns full-width Latin and spaces half-width', () => expect(normaliseQuery('ＳＷＯＴ　分析')).toBe('SWOT 分析'));
  it('normaliseQuery("  智慧  城市 ") trims and collapses spaces', () => expect(normaliseQuery('  智慧  城市 ')).toBe('智慧 城市'));
});

describe('segmentQuery(query)', () => {
  it('segmentQuery("特色小镇智慧运营") splits into words', () => {
    const words = segmentQuery('特色小镇智慧运营');
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('特色小镇智慧运营');
  });
});

describe('queryVariants(query)', () => {
  it('queryVariants("住建部") also tries 住房和城乡建设部', () => expect(queryVariants('住建部')).toContain('住房和城乡建设部'));
  it('queryVariants("") is empty', () => expect(queryVariants('   ')).toEqual([]));
  it('queryVariants("特色小鎮智慧運營") normalises first, then adds the words', () => {
    const v = queryVariants('特色小鎮智慧運營');
    expect(v[0]).toBe('特色小镇智慧运营');
    expect(v.length).toBe(2);
    expect(v[1]!.split(' ').length).toBeGreaterThan(1);
  });
  it('queryVariants("SWOT") has no character fallback', () => expect(queryVariants('SWOT')).toEqual(['SWOT']));
});
