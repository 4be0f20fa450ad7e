// The search page's engine over an index built in memory from test text, as the build writes it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexShard } from '../../../src/lib/search/build-index.ts';
import { queryPhrases } from '../../../src/lib/search/ngram.ts';
import { planQuery } from '../../../src/lib/search/plan-query.ts';
import { rankMatches } from '../../../src/lib/search/rank-results.ts';
import { seriesResults } from '../../../src/lib/search/series-results.ts';
import { memoryEngine, textShard } from '../../helpers/memory-index.ts';

// Test text, not any report's.
const editions = [
  textShard('2030', { b1: '测试：特色小镇的规划。乙镇在东边。', b2: '智慧城市的标准。' }),
  textShard('2031', { b1: '测试：特色小镇的规划与运营。', b3: '新的一章，没有那个词。' }),
  textShard('2032', { b1: '第三版：特色小镇的规划。', b2: '特色小镇与智慧城市。' }),
];

describe('SeriesSearch.search(edition, pairs)', () => {
  it('finds the pages of each edition holding the phrase, and reads only the postings files its pairs fall in', async () => {
    const asked: string[] = [];
    const { engine, manifest } = await memoryEngine(editions, asked);
    expect(manifest.editions.map((e) => e.year)).toEqual([2032, 2031, 2030]);
    const newest = manifest.editions[0]!;
    const hits = await engine.search(newest, queryPhrases('特色小镇')[0]!.pairs);
    expect(hits.map((h) => h.id).sort()).toEqual(['2032/0', '2032/1']);
    // The manifest, the newest edition's page list and its postings: nothing of the other editions.
    expect(asked.every((p) => p === 'index.json' || p.startsWith('2032/'))).toBe(true);
    expect(asked.filter((p) => p.endsWith('.bin')).length).toBeLessThanOrEqual(3);
  });

  it('reads the page list only of an edition that holds the phrase: the others cost their postings files', async () => {
    const asked: string[] = [];
    const { engine, manifest } = await memoryEngine(editions, asked);
    // 乙镇 stands in 2030 alone.
    const found = [];
    for (const e of manifest.editions) found.push(...(await engine.search(e, queryPhrases('乙镇')[0]!.pairs)));
    expect(found.map((h) => h.id)).toEqual(['2030/0']);
    expect(asked.filter((p) => p.endsWith('pages.json'))).toEqual(['2030/pages.json']);
    expect(asked.filter((p) => p.endsWith('.bin')).map((p) => p.split('/')[0])).toEqual(['2032', '2031', '2030']);
  });

  it('finds a single character wherever it stands, at the end of a run too (乙镇), not only where a pair starts', async () => {
    const { search } = await memoryEngine(editions);
    const plan = await planQuery('镇', search);
    // 2030/b1 holds 镇 in 小镇 and 乙镇 only, never at the start of a pair.
    expect([...plan.matches.keys()].sort()).toEqual(['2030/0', '2031/0', '2032/0', '2032/1']);
    // And a character that stands nowhere finds nothing.
    expect((await planQuery('鲸', search)).matches.size).toBe(0);
  });

  it('needs every pair of a phrase in order: 规划与运营 finds 2031 only', async () => {
    const { search } = await memoryEngine(editions);
    expect([...(await planQuery('规划与运营', search)).matches.keys()]).toEqual(['2031/0']);
  });
});

describe('seriesResults(ranked, pageOf, titled)', () => {
  it('puts the newest edition first and shows the same chapter once, with the other editions', async () => {
    const { engine, manifest, search } = await memoryEngine(editions);
    const plan = await planQuery('特色小镇', search);
    const byShard = new Map(manifest.editions.map((e) => [e.shard, e]));
    const pages = await engine.pagesOf(plan.matches.keys(), byShard);
    const ranked = rankMatches(plan.matches, (id) => pages.get(id)!.kind).main;
    const results = seriesResults(ranked, (id) => pages.get(id)!, new Set());
    // Two results, both of 2032 (in the order of their scores); B.1 once, with 2031 and 2030.
    expect(results.map((r) => [r.page.url, r.also.map((p) => p.url)]).sort()).toEqual([
      ['/2032/b1/', ['/2031/b1/', '/2030/b1/']],
      ['/2032/b2/', []],
    ]);
  });

  it('puts a page titled by the query first, whatever its edition', () => {
    const page = (id: string, year: number, fold: string) => ({ id, year, kind: '章节', fold });
    const all = [page('2032/0', 2032, 'a'), page('2030/5', 2030, 'b')];
    const match = (id: string) => ({ id, score: 1, starts: [70] });
    const results = seriesResults(
      all.map((p) => match(p.id)),
      (id) => all.find((p) => p.id === id)!,
      new Set(['2030/5']),
    );
    expect(results.map((r) => r.page.id)).toEqual(['2030/5', '2032/0']);
  });
});

describe('SeriesSearch.search(edition, pairs, stepwise)', () => {
  // An edition large enough for many postings files: 300 pages of characters in a fixed sequence
  // (no pair stands twice).
  const han = (i: number) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000));
  const big = textShard(
    '2030',
    Object.fromEntries(
      Array.from({ length: 300 }, (_, p) => [`b${p}`, Array.from({ length: 60 }, (_, i) => han(p * 60 + i)).join('')]),
    ),
  );
  const phrase = (from: number, n: number) => Array.from({ length: n }, (_, i) => han(from + i)).join('');

  it('stops at the first postings file lacking a pair; without it, reads every file the pairs fall in', async () => {
    const asked: string[] = [];
    const { engine, manifest } = await memoryEngine([big], asked);
    const edition = manifest.editions[0]!;
    expect(edition.postings).toBeGreaterThan(20);
    // A character no page holds, then a phrase that stands: its first pair is missing.
    const missing = `鲸${phrase(120, 5)}`;
    const pairs = queryPhrases(missing)[0]!.pairs;
    expect(await engine.search(edition, pairs, true)).toEqual([]);
    expect(asked.filter((p) => p.endsWith('.bin'))).toHaveLength(1);
    asked.length = 0;
    expect(await engine.search(edition, pairs)).toEqual([]);
    expect(asked.filter((p) => p.endsWith('.bin')).length).toBeGreaterThan(1);
    expect(asked.filter((p) => p.endsWith('.bin')).length).toBeLessThanOrEqual(pairs.length);
    // A phrase that stands is found the same either way.
    const there = queryPhrases(phrase(120, 5))[0]!.pairs;
    const stepwise = await engine.search(edition, there, true);
    expect(stepwise.map((h) => h.id)).toEqual(['2030/2']);
    expect(await engine.search(edition, there)).toEqual(stepwise);
  });
});

describe('buildSearchIndex(shards, keep)', () => {
  it('gives the same bytes every time, and keeps an unchanged edition’s index instead of indexing it again', () => {
    const keep = mkdtempSync(join(tmpdir(), 'bluebook-search-keep-'));
    try {
      const first = buildSearchIndex(editions, keep);
      expect(first.indexed).toEqual(['2032', '2031', '2030']);
      const changed = [editions[0]!, editions[1]!, textShard('2032', { b1: '第三版：改过的文字。' })];
      const second = buildSearchIndex(changed, keep);
      expect(second.indexed).toEqual(['2032']);
      const again = buildSearchIndex(editions, keep);
      expect(again.indexed).toEqual([]);
      const fresh = buildSearchIndex(editions);
      const bytes = (f: (typeof again.files)[number]) =>
        Buffer.from('content' in f ? f.content : readFileSync(f.source)).toString('base64');
      expect(again.files.map((f) => [f.path, bytes(f)])).toEqual(fresh.files.map((f) => [f.path, bytes(f)]));
    } finally {
      rmSync(keep, { recursive: true, force: true });
    }
  });

  it('reads the pages only of an edition whose identity changed', () => {
    const keep = mkdtempSync(join(tmpdir(), 'bluebook-search-keep-'));
    const read: string[] = [];
    const stored = (s: (typeof editions)[number], identity: string): IndexShard => ({
      ...s,
      identity,
      pages: () => {
        read.push(s.shard);
        return s.pages;
      },
    });
    try {
      buildSearchIndex(
        editions.map((s) => stored(s, `v1 ${s.shard}`)),
        keep,
      );
      expect(read.sort()).toEqual(['2030', '2031', '2032']);
      read.length = 0;
      const edited = textShard('2032', { b1: '第三版：改过的文字。' });
      const second = buildSearchIndex(
        [stored(editions[0]!, 'v1 2030'), stored(editions[1]!, 'v1 2031'), stored(edited, 'v2')],
        keep,
      );
      expect(read).toEqual(['2032']);
      expect(second.indexed).toEqual(['2032']);
      expect(second.pages).toBe(editions[0]!.pages.length + editions[1]!.pages.length + 1);
      const fresh = buildSearchIndex([editions[0]!, editions[1]!, edited]);
      expect(second.files.map((f) => f.path)).toEqual(fresh.files.map((f) => f.path));
    } finally {
      rmSync(keep, { recursive: true, force: true });
    }
  });
});
