import { describe, expect, it } from 'vitest';
import { cardSvg, socialCard } from '../../../src/lib/cards/social-card.ts';
import { citeApa, citeBibtex, citeGbt7714, type CitationInput } from '../../../src/lib/figures/cite.ts';

const c: CitationInput = {
  number: '图1-1', title: '第一批中国特色小镇的省份分布', authors: ['特色小镇蓝皮书数字版'], bookTitle: '特色小镇智慧运营报告（2018）', editors: ['陈劲'],
  publisher: '社会科学文献出版社', place: '北京', year: 2018, url: 'https://example.org/2018/figures/x/', accessed: '2026-11-24',
};

describe('citations', () => {
  it('citeGbt7714(c) follows 作者. 题名[EB/OL]//主编. 书名. 出版地: 出版者, 年[引用日期]. URL.', () => {
    expect(citeGbt7714(c)).toBe('特色小镇蓝皮书数字版. 图1-1 第一批中国特色小镇的省份分布[EB/OL]//陈劲. 特色小镇智慧运营报告（2018）. 北京: 社会科学文献出版社, 2018[2026-11-24]. https://example.org/2018/figures/x/.');
  });
  it('citeApa(c) names the year, the figure, the editor and the URL', () => {
    expect(citeApa(c)).toBe('特色小镇蓝皮书数字版 (2018). 图1-1 第一批中国特色小镇的省份分布 [Figure]. In 陈劲 (Ed.), 特色小镇智慧运营报告（2018）. 社会科学文献出版社. https://example.org/2018/figures/x/');
  });
  it('citeBibtex(c, key) is an @incollection entry with the given key', () => {
    const b = citeBibtex(c, 'bluebook2018-x');
    expect(b.split('\n')[0]).toBe('@incollection{bluebook2018-x,');
    expect(b).toContain('  editor = {陈劲},');
    expect(b.trim().endsWith('}')).toBe(true);
  });
});

describe('socialCard(text)', () => {
  it('renders a 1200×630 PNG, also for a long Chinese title', async () => {
    const png = await socialCard({ kicker: '特色小镇蓝皮书', title: '中美人工智能产业聚集区域与人工智能小镇发展状况'.repeat(2), subtitle: 'B.7' });
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }, 30_000);

  it('draws the kicker, the title and the subtitle inside the card (cardSvg)', async () => {
    const cases = [
      ['中国特色小镇发展状况', 'B.2 · 谢俊'],
      ['中美人工智能产业聚集区域与人工智能小镇发展状况'.repeat(2), 'B.7 · 作者甲 作者乙'],
      ['图1-2 第一批中国特色小镇的地区分布', '华东最多，39个；西南次之，21个；东北最少，10个；另有七项说明。'.repeat(2)],
    ];
    for (const [title, subtitle] of cases) {
      const svg = await cardSvg({ kicker: '特色小镇蓝皮书 · 2018年版', title: title!, subtitle: subtitle! });
      // One path per text block; every point of every glyph within 1200 × 630.
      const paths = [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((m) => m[1]!);
      expect(paths).toHaveLength(3);
      const ys = paths.flatMap((d) => [...d.matchAll(/-?[\d.]+ (-?[\d.]+)/g)].map((m) => Number(m[1])));
      const xs = paths.flatMap((d) => [...d.matchAll(/(-?[\d.]+) -?[\d.]+/g)].map((m) => Number(m[1])));
      expect(Math.max(...ys)).toBeLessThanOrEqual(630);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(1200);
    }
  });
});
