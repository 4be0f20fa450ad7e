import { describe, expect, it } from 'vitest';
import {
  decodeContent,
  encodeText,
  pairsOf,
  phraseStarts,
  queryPhrases,
  queryWords,
  spell,
  unspell,
} from '../../../src/lib/search/ngram.ts';

describe('pairsOf(run)', () => {
  it('pairsOf("顶层设计") gives 顶层 层设 设计', () => expect(pairsOf('顶层设计')).toEqual(['顶层', '层设', '设计']));
  it('pairsOf("镇") keeps a single character', () => expect(pairsOf('镇')).toEqual(['镇']));
  it('pairsOf("𠮷野家") counts characters, not UTF-16 units', () =>
    expect(pairsOf('𠮷野家')).toEqual(['𠮷野', '野家']));
});

describe('spell(text) and unspell(letters)', () => {
  it('spell("顶层") is eight letters a–p, and unspell gives it back', () => {
    expect(spell('顶层')).toMatch(/^[a-p]{8}$/);
    expect(unspell(spell('顶层'))).toBe('顶层');
  });
  it('round-trips astral characters and punctuation', () => expect(unspell(spell('𠮷，B.1'))).toBe('𠮷，B.1'));
});

describe('encodeText(text) and decodeContent(content)', () => {
  const text = '特色小镇，顶层设计 SWOT分析 2016年住建部';
  it('encodes runs as pairs and the text between them as z-words', () => {
    const words = encodeText(text).split(' ');
    expect(
      words
        .map((w) =>
          w.startsWith('z')
            ? `[${unspell(w.slice(1))}]`
            : unspell(w.replace(/[rst]$/, (m) => (w.length % 4 === 1 ? '' : m))),
        )
        .join(' '),
    ).toBe('特色 色小 小镇 [，] 顶层 层设 设计 [ ] sw wo ot t分 分析 [ ] 20 01 16 6年 年住 住建 建部');
  });
  it("decodes back to the text, capitals and full-width punctuation kept, with each position's offset", () => {
    const d = decodeContent(encodeText(text));
    expect(d.text).toBe(text);
    // position 4 is 顶层 (after 特色 色小 小镇 ，): it starts at character 5
    expect(d.offsets[4]).toBe(5);
    expect(d.text.slice(d.offsets[4]!, d.offsets[4]! + 4)).toBe('顶层设计');
  });
  it('normalises runs as queries are (traditional → simplified, full-width → half-width)', () => {
    expect(decodeContent(encodeText('頂層設計ＡＢ')).text).toBe('顶层设计AB');
  });
  it('reads Pagefind\'s element ends ("." glued to the last word) as line breaks', () => {
    const content = `${encodeText('标题')}. ${encodeText('正文，继续')}.`;
    expect(decodeContent(content).text).toBe('标题\n正文，继续\n');
  });
});

describe('queryPhrases(query) and queryWords(phrase)', () => {
  it('queryPhrases("顶层设计") is one phrase of three pairs at positions 0, 1, 2', () =>
    expect(queryPhrases('顶层设计')).toEqual([
      { text: '顶层设计', runs: ['顶层设计'], pairs: ['顶层', '层设', '设计'], at: [0, 1, 2] },
    ]));
  it('queryPhrases("B.1") is one phrase whose runs stand either side of one word', () =>
    expect(queryPhrases('B.1')).toEqual([{ text: 'b 1', runs: ['b', '1'], pairs: ['b', '1'], at: [0, 2] }]));
  it('queryPhrases("智慧城市　特色小鎮") is two phrases (a full-width space separates, traditional normalised)', () =>
    expect(queryPhrases('智慧城市　特色小鎮').map((p) => p.text)).toEqual(['智慧城市', '特色小镇']));
  it('queryPhrases("，。") is empty', () => expect(queryPhrases('，。')).toEqual([]));
  it("queryWords spells a phrase's pairs as the index does (lower case)", () =>
    expect(queryWords(queryPhrases('SWOT')[0]!)).toBe(['sw', 'wo', 'ot'].map(spell).join(' ')));
});

describe('phraseStarts(positions, at)', () => {
  it('phraseStarts([3, 4, 5, 9, 10], [0, 1, 2]) finds the run at 3 only', () =>
    expect(phraseStarts([3, 4, 5, 9, 10], [0, 1, 2])).toEqual([3]));
  it('phraseStarts([0, 2, 7, 9], [0, 2]) finds both places where B and 1 stand either side of a word', () =>
    expect(phraseStarts([0, 2, 7, 9], [0, 2])).toEqual([0, 7]));
  it('phraseStarts([1, 5, 6], [0, 1, 2, 3]) finds nothing (量子 … 计算 算机: the pairs are on the page, the phrase is not)', () =>
    expect(phraseStarts([1, 5, 6], [0, 1, 2, 3])).toEqual([]));
});
