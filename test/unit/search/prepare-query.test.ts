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

describe('normaliseQuery(query) with OpenCC’s character table', () => {
  it('normalises 頂層設計 and the characters the hand-made table missed (溝 湯 興 溫 烏 龍 莊 頂 層 夢)', () => {
    expect(normaliseQuery('頂層設計')).toBe('顶层设计');
    expect(normaliseQuery('溝湯興溫烏龍莊頂層夢')).toBe('沟汤兴温乌龙庄顶层梦');
  });
  it('restores every first-batch town name and the book’s keywords written in traditional characters', async () => {
    const { Converter } = await import('opencc-js');
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const { readFileSync } = await import('node:fs');
    const towns = readFileSync('data/2018/towns-2016-batch1.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[3]!);
    const terms = [...towns, '特色小镇', '智慧城市', '顶层设计', '智慧架构', '基金小镇', '运营', '标准体系', '横店'];
    expect(terms.length).toBeGreaterThan(100);
    const missed = terms.filter((t) => normaliseQuery(toTraditional(t)) !== t).map((t) => `${toTraditional(t)} → ${normaliseQuery(toTraditional(t))} (not ${t})`);
    expect(missed).toEqual([]);
  });
  it('the generated table is current with the installed opencc-js (run scripts/generate-t2s.ts after an upgrade)', async () => {
    const { t2sPairs } = await import('../../../src/lib/search/t2s-source.ts');
    const { t2sChars } = await import('../../../src/lib/search/t2s-chars.ts');
    expect(t2sChars === (await t2sPairs())).toBe(true);
  });
});
