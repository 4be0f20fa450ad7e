import { describe, expect, it } from 'vitest';
import { cardSvg, socialCard } from '../../../src/lib/cards/social-card.ts';

describe('socialCard(text)', () => {
  it('renders a 1200×630 PNG, also for a long Chinese title', async () => {
    const png = await socialCard({
      kicker: '特色小镇蓝皮书',
      title: '中美人工智能产业聚集区域与人工智能小镇发展状况'.repeat(2),
      subtitle: 'B.7',
    });
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }, 30_000);

  it('draws the kicker, the title and the subtitle inside the card (cardSvg)', async () => {
    const cases = [
      ['中国特色小镇发展状况', 'B.2 · 谢俊'],
      ['中美人工智能产业聚集区域与人工智能小镇发展状况'.repeat(2), 'B.7 · 作者甲 作者乙'],
      [
        '图1-2 第一批中国特色小镇的地区分布',
        '华东最多，39个；西南次之，21个；东北最少，10个；另有七项说明。'.repeat(2),
      ],
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
