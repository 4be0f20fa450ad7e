// The query plan against the search page's own engine over an index of a few pages (test text).
import { describe, expect, it } from 'vitest';
import { filterCounts, findPhrases, passesFilters, planQuery } from '../../../src/lib/search/plan-query.ts';
import { queryPhrases } from '../../../src/lib/search/ngram.ts';
import { memoryEngine, textShard } from '../../helpers/memory-index.ts';

// Test text, not the report's.
const pages: Record<string, string> = {
  design: '顶层设计与智慧架构。顶层设计先行。',
  arch: '智慧架构的标准。',
  apart: '顶层的设计者。',
  chain: '区块链与标准。',
};
const { search: found } = await memoryEngine([textShard('2030', pages)]);
// Page ids as the test names them.
const ids = Object.keys(pages);
const engine: typeof found = async (pairs) =>
  (await found(pairs)).map((h) => ({ ...h, id: ids[Number(h.id.split('/')[1])]! }));

describe('findPhrases(search, phrases)', () => {
  it('finds the pages where the phrase stands, not those holding its pairs apart', async () => {
    const found = await findPhrases(engine, queryPhrases('顶层设计'));
    expect([...found.keys()]).toEqual(['design']);
    expect(found.get('design')!.starts).toHaveLength(2);
  });

  it('keeps only pages holding every phrase of a query with a space', async () => {
    expect([...(await findPhrases(engine, queryPhrases('智慧架构 标准'))).keys()]).toEqual(['arch']);
  });
});

describe('planQuery(q, search)', () => {
  it('planQuery("顶层设计") is exact: the pages holding the phrase, not partial', async () => {
    const plan = await planQuery('顶层设计', engine);
    expect([...plan.matches.keys()]).toEqual(['design']);
    expect(plan.partial).toBe(false);
  });

  it('planQuery("区块链技术标准") falls back to pages holding some of its words, those with more first', async () => {
    const plan = await planQuery('区块链技术标准', engine);
    expect(plan.partial).toBe(true);
    // The words as the browser's segmenter cuts them (区块链 as 区块 + 链), of two characters or more.
    expect(plan.shown.map((p) => p.text)).toEqual(['区块', '技术', '标准']);
    const order = [...plan.matches.values()].sort((a, b) => b.score - a.score).map((m) => m.id);
    // "chain" holds 区块 and 标准; "arch" only 标准.
    expect(order[0]).toBe('chain');
    expect(order).toContain('arch');
  });

  it('planQuery("量子纠缠") finds nothing and is not partial', async () => {
    const plan = await planQuery('量子纠缠', engine);
    expect(plan.matches.size).toBe(0);
    expect(plan.partial).toBe(false);
  });
});

describe('passesFilters(id, selected, sets) and filterCounts(matches, selected, sets, keys)', () => {
  const sets = {
    kind: { 章节: new Set(['design', 'arch']), 数据: new Set(['chain']) },
    edition: { '2018': new Set(['design', 'chain']), '2019': new Set(['arch']) },
  };
  const matches = new Map(['design', 'arch', 'chain'].map((id) => [id, { id, score: 1, starts: [0] }]));

  it('a page passes when it has one of the chosen values of every filter', () => {
    const selected = { kind: new Set(['章节']), edition: new Set(['2018']) };
    expect(['design', 'arch', 'chain'].filter((id) => passesFilters(id, selected, sets))).toEqual(['design']);
  });

  it('counts each value with the other filters as chosen, keeping a chosen value with none', () => {
    const selected = { edition: new Set(['2019']) };
    expect(filterCounts(matches, selected, sets, ['kind', 'edition'])).toEqual({
      kind: { 章节: 1 },
      edition: { '2018': 2, '2019': 1 },
    });
    expect(filterCounts(matches, { kind: new Set(['图表']) }, sets, ['kind']).kind).toEqual({ 章节: 2, 数据: 1 });
  });
});
