import { describe, expect, it } from 'vitest';
import { queryPhrases } from '../../../src/lib/search/ngram.ts';
import {
  allPhrases,
  exactRanges,
  excerpt,
  meanReciprocalRank,
  phraseMatches,
  rankMatches,
} from '../../../src/lib/search/rank-results.ts';

const phrase = (q: string) => queryPhrases(q)[0]!;

describe('phraseMatches(hits, phrase)', () => {
  it('keeps pages where the pairs stand side by side, raising those where the phrase stands often', () => {
    const m = phraseMatches(
      [
        { id: 'a', score: 2, words: [4, 5, 6] },
        { id: 'b', score: 9, words: [1, 5, 6] },
        { id: 'c', score: 2, words: [0, 1, 2, 10, 11, 12] },
      ],
      phrase('顶层设计'),
    );
    expect([...m.keys()]).toEqual(['a', 'c']);
    expect(m.get('a')).toEqual({ id: 'a', score: 2, starts: [4] });
    expect(m.get('c')!.starts).toEqual([0, 10]);
    expect(m.get('c')!.score).toBeCloseTo(2 * (1 + Math.log(2)));
  });
});

describe('allPhrases(perPhrase)', () => {
  it('keeps pages holding every phrase, adding their scores', () => {
    const a = new Map([
      ['x', { id: 'x', score: 1, starts: [0] }],
      ['y', { id: 'y', score: 1, starts: [3] }],
    ]);
    const b = new Map([['y', { id: 'y', score: 2, starts: [9] }]]);
    expect([...allPhrases([a, b]).values()]).toEqual([{ id: 'y', score: 3, starts: [3] }]);
  });
});

describe('rankMatches(matches, kindOf)', () => {
  const matches = new Map([
    ['t1', { id: 't1', score: 50, starts: [0] }],
    ['ch', { id: 'ch', score: 5, starts: [0, 9] }],
    ['ab', { id: 'ab', score: 8, starts: [2] }],
    ['d', { id: 'd', score: 99, starts: [1] }],
    ['t2', { id: 't2', score: 40, starts: [0] }],
  ]);
  const kinds: Record<string, string> = { t1: '小镇', t2: '小镇', ch: '章节', ab: '前言', d: '数据' };
  it('lists chapters, front matter and cases by score, and counts towns and datasets in groups', () => {
    const r = rankMatches(matches, (id) => kinds[id]);
    expect(r.main.map((m) => m.id)).toEqual(['ab', 'ch']);
    expect(r.groups).toEqual([
      { kind: '数据', ids: ['d'] },
      { kind: '小镇', ids: ['t1', 't2'] },
    ]);
  });
  it('lists every kind when grouping is off (a kind was chosen)', () =>
    expect(rankMatches(matches, (id) => kinds[id], false).main.map((m) => m.id)).toEqual([
      'd',
      't1',
      't2',
      'ab',
      'ch',
    ]));
});

describe('exactRanges(text, phrases) and excerpt(decoded, phrases)', () => {
  it('finds a phrase case-insensitively, any punctuation standing between its runs', () => {
    expect(exactRanges('见B.1与b．1', [phrase('B.1')])).toEqual([
      [1, 4],
      [5, 8],
    ]);
  });
  it('marks the phrase whole, not its characters, and escapes the page text', () => {
    const d = { text: '顶层很重要。<b>顶层设计</b>与设计顶层' };
    expect(excerpt(d, [phrase('顶层设计')])).toBe('顶层很重要。&lt;b&gt;<mark>顶层设计</mark>&lt;/b&gt;与设计顶层');
  });
  it('prefers a sentence of text to a title that holds the phrase, and cuts around it with …', () => {
    const body = '序言'.repeat(30) + '正文说到了基金小镇的发展，' + '后文'.repeat(40);
    const d = { text: `基金小镇\n${body}` };
    const e = excerpt(d, [phrase('基金小镇')], 0, 30)!;
    expect(e).toMatch(/^…(序言|言).*正文说到了<mark>基金小镇<\/mark>的发展，.*…$/);
  });
  it('is undefined when the phrase is not in the text (the pairs stood together by chance)', () => {
    expect(excerpt({ text: '小镇特色' }, [phrase('特色小镇')])).toBeUndefined();
  });
  it('excerpt(decoded, phrases) of several phrases shows where most of them stand together', () => {
    const text = `Of course, the report is long. ${'Filler text without the words. '.repeat(4)}It measures a decent standard of living and more.`;
    const e = excerpt({ text }, queryPhrases('decent standard of living'))!;
    expect([...e.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1])).toEqual(['decent', 'standard', 'of', 'living']);
  });
});

describe('meanReciprocalRank(runs)', () => {
  it('averages 1/rank of the first relevant result, 0 when none', () => {
    expect(
      meanReciprocalRank([
        { results: ['a', 'b'], relevant: (u) => u === 'a' },
        { results: ['x', 'y', 'b'], relevant: (u) => u === 'b' },
        { results: ['x'], relevant: () => false },
      ]),
    ).toBeCloseTo((1 + 1 / 3 + 0) / 3);
  });
});
