import { describe, expect, it } from 'vitest';
import { pairsOf, phraseStarts, queryPhrases } from '../../../src/lib/search/ngram.ts';

describe('pairsOf(run)', () => {
  it('pairsOf("顶层设计") gives 顶层 层设 设计', () => expect(pairsOf('顶层设计')).toEqual(['顶层', '层设', '设计']));
  it('pairsOf("镇") keeps a single character', () => expect(pairsOf('镇')).toEqual(['镇']));
  it('pairsOf("𠮷野家") counts characters, not UTF-16 units', () =>
    expect(pairsOf('𠮷野家')).toEqual(['𠮷野', '野家']));
});

describe('queryPhrases(query)', () => {
  it('queryPhrases("顶层设计") is one phrase of three pairs at positions 0, 1, 2', () =>
    expect(queryPhrases('顶层设计')).toEqual([
      { text: '顶层设计', runs: ['顶层设计'], pairs: ['顶层', '层设', '设计'], at: [0, 1, 2] },
    ]));
  it('queryPhrases("B.1") is one phrase whose runs stand either side of one word', () =>
    expect(queryPhrases('B.1')).toEqual([{ text: 'b 1', runs: ['b', '1'], pairs: ['b', '1'], at: [0, 2] }]));
  it('queryPhrases("智慧城市　特色小鎮") is two phrases (a full-width space separates, traditional normalised)', () =>
    expect(queryPhrases('智慧城市　特色小鎮').map((p) => p.text)).toEqual(['智慧城市', '特色小镇']));
  it('queryPhrases("，。") is empty', () => expect(queryPhrases('，。')).toEqual([]));
});

describe('phraseStarts(positions, at)', () => {
  it('phraseStarts([3, 4, 5, 9, 10], [0, 1, 2]) finds the run at 3 only', () =>
    expect(phraseStarts([3, 4, 5, 9, 10], [0, 1, 2])).toEqual([3]));
  it('phraseStarts([0, 2, 7, 9], [0, 2]) finds both places where B and 1 stand either side of a word', () =>
    expect(phraseStarts([0, 2, 7, 9], [0, 2])).toEqual([0, 7]));
  it('phraseStarts([1, 5, 6], [0, 1, 2, 3]) finds nothing (量子 … 计算 算机: the pairs are on the page, the phrase is not)', () =>
    expect(phraseStarts([1, 5, 6], [0, 1, 2, 3])).toEqual([]));
});
