import { describe, expect, it } from 'vitest';
import { TITLE_WORDS } from '../../../src/lib/search/ngram.ts';
import { pageTokens } from '../../../src/lib/search/page-tokens.ts';
import { ANYWHERE } from '../../../src/lib/search/series-format.ts';

// Test text.
const record = {
  url: '/2030/b1/',
  meta: { title: 'B.1 特色小镇' },
  filters: { kind: ['章节'] },
  blocks: [
    { tag: 'h1' as const, text: '特色小镇' },
    { tag: 'p' as const, text: '特色小镇，頂層設計 SWOT分析' },
    { tag: 'h2' as const, id: 's1', text: '一 B.1' },
  ],
};

describe('pageTokens(record)', () => {
  const t = pageTokens(record);
  it('puts the title first, and the text from TITLE_WORDS on', () => {
    expect(t.keys.get('特色')).toEqual([0, TITLE_WORDS]);
    expect(t.keys.get('小镇')).toEqual([2, TITLE_WORDS + 2]);
  });
  it('gives the text between runs one position, and normalises runs as queries are', () => {
    // 特色 色小 小镇 (64–66), ， (67), 顶层 层设 设计 (68–70), space (71), sw wo ot t分 分析 (72–76)
    expect(t.keys.get('顶层')).toEqual([TITLE_WORDS + 4]);
    expect(t.keys.get('sw')).toEqual([TITLE_WORDS + 8]);
    expect(t.keys.get('t分')).toEqual([TITLE_WORDS + 11]);
  });
  it('keeps a lone character of a run (b and 1 in B.1) at its position, a block end taking one more', () => {
    // 分析 at 76, block end 77 → h2 starts at 78: 一 (78), space (79), b (80), . (81), 1 (82)
    expect(t.keys.get('b')).toEqual([TITLE_WORDS + 16]);
    expect(t.keys.get('1')).toEqual([TITLE_WORDS + 18]);
  });
  it('counts each character wherever it stands, with where it first does', () => {
    expect(t.keys.get(`${ANYWHERE}镇`)).toEqual([2, 2]);
    // 层 is first counted at the pair it starts (层设), as every character but a run's last.
    expect(t.keys.get(`${ANYWHERE}层`)).toEqual([1, TITLE_WORDS + 5]);
  });
  it('keeps the text as the excerpt shows it, and the sections with their anchors', () => {
    expect(t.lines.map((l) => l[0])).toEqual(['特色小镇', '特色小镇，顶层设计 SWOT分析', '一 B.1']);
    expect(t.sections).toEqual([['/2030/b1/#s1', '一 B.1', TITLE_WORDS + 14]]);
    expect(t.heading).toBe('特色小镇');
  });
});
