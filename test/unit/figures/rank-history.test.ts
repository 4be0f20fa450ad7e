import { describe, expect, it } from 'vitest';
import { renderRankHistory } from '../../../src/lib/figures/rank-history.ts';

const points = [
  { edition: '2021', rank: 131, display: '131 · 0.639', interval: { low: 120, high: 140 } },
  { edition: '2022', rank: 102, display: '=102 · 0.731', methodChanged: true },
];
const chart = renderRankHistory(points, {
  id: 'h',
  title: 'Through the editions',
  summary: 'Marshall Islands, rank by edition: 2021 131; 2022 =102.',
  of: 193,
  methodLabel: 'method changed',
});
const y = (rank: number) =>
  Number(new RegExp(`data-value="${rank}"[^>]*><circle[^>]* cy="([\\d.]+)"`).exec(chart.svg)![1]);

describe('renderRankHistory(points, options)', () => {
  it('draws one mark an edition, a better rank higher up, each with what a screen reader says', () => {
    expect(chart.marks.map((m) => [m.label, m.value])).toEqual([
      ['2021', 131],
      ['2022', 102],
    ]);
    expect(y(102)).toBeLessThan(y(131));
    expect(chart.svg).toContain('aria-label="2022：=102 · 0.731"');
    expect(chart.svg).toContain('<desc id="h-desc">Marshall Islands, rank by edition');
  });
  it("marks an edition whose method changed, and draws an edition's rank interval", () => {
    expect(chart.svg.match(/class="method-change"/g)).toHaveLength(1);
    expect(chart.svg).toContain('method changed');
    expect(chart.svg.match(/stroke-linecap="round"/g)).toHaveLength(1);
  });
});
