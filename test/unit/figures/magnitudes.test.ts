// Charts over real magnitudes (GDP in dollars, shares in thousandths), long labels and many points:
// every label stays inside the chart, ticks read as different numbers, dots stay dots.
import { describe, expect, it } from 'vitest';
import { renderBar } from '../../../src/lib/figures/bar.ts';
import { renderDots } from '../../../src/lib/figures/dots.ts';
import { renderLine } from '../../../src/lib/figures/line.ts';
import { renderMultiBar } from '../../../src/lib/figures/stacked-bar.ts';
import { textWidth } from '../../../src/lib/figures/svg.ts';
import { wrapText } from '../../../src/lib/figures/wrap-text.ts';
import { formatValue } from '../../../src/lib/datasets/format.ts';
import { formatTicks } from '../../../src/lib/figures/axis.ts';

/** Each <text>'s horizontal extent, from its x, anchor, size and (estimated) width. */
function textBoxes(svg: string): { text: string; left: number; right: number }[] {
  const root = Number(/font-size="(\d+)"/.exec(svg)![1]);
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, raw]) => {
    const text = raw!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const x = Number(/\bx="([-\d.]+)"/.exec(attrs!)?.[1] ?? 0);
    const size = Number(/font-size="(\d+)"/.exec(attrs!)?.[1] ?? root);
    const w = textWidth(text, size);
    const anchor = /text-anchor="(\w+)"/.exec(attrs!)?.[1] ?? 'start';
    const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    return { text, left, right: left + w };
  });
}
const outside = (svg: string, width: number) =>
  textBoxes(svg)
    .filter((b) => b.left < -0.5 || b.right > width + 0.5)
    .map((b) => b.text);

// Generated extremes (not real figures): GDP-like totals in dollars, and tiny shares.
const gdp = [25.74e12, 17.96e12, 4.23e12, 3.5e12, 3.1e12, 2.1e9].map((v, i) => ({
  country: ['美利坚合众国', '中华人民共和国', '日本', '德意志联邦共和国', '印度', '图瓦卢'][i]!,
  gdp: v,
}));
const tiny = [0.001, 0.0035, 0.0021, 0.0042].map((v, i) => ({ k: `类别${i + 1}`, v }));

describe('formatValue(x) and formatTicks(ticks)', () => {
  it('formatValue(25.74e12) is 25.74万亿, formatValue(0.00123) is 0.00123, formatValue(1234.5) is 1,234.5', () => {
    expect([formatValue(25.74e12), formatValue(0.00123), formatValue(1234.5)]).toEqual([
      '25.74万亿',
      '0.00123',
      '1,234.5',
    ]);
  });
  it('ticks of 0 … 30万亿 in steps of 5万亿 read 0, 5万亿 … 30万亿; 0 … 0.005 in steps of 0.001 keep three decimals', () => {
    const big = [0, 5e12, 10e12, 15e12, 20e12, 25e12, 30e12];
    expect(big.map(formatTicks(big))).toEqual(['0', '5万亿', '10万亿', '15万亿', '20万亿', '25万亿', '30万亿']);
    const small = [0, 0.001, 0.002, 0.003, 0.004, 0.005];
    expect(small.map(formatTicks(small))).toEqual(['0', '0.001', '0.002', '0.003', '0.004', '0.005']);
  });
});

describe('charts over magnitudes from 0.001 to 10¹³', () => {
  for (const width of [640, 320]) {
    it(`renderBar of GDPs in dollars at ${width} px: value labels (25.74万亿美元) and ticks inside the chart, ticks distinct`, () => {
      const chart = renderBar(gdp, {
        id: 'g',
        title: 'GDP',
        summary: '',
        label: 'country',
        value: 'gdp',
        unit: '美元',
        width,
      });
      expect(outside(chart.svg, width)).toEqual([]);
      const ticks = textBoxes(chart.svg)
        .filter((b) => /万亿|^0$/.test(b.text) && !b.text.includes('美元'))
        .map((b) => b.text);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(chart.svg).toContain('25.74万亿美元');
    });
    it(`renderBar of shares around 0.001 at ${width} px: ticks keep their decimals`, () => {
      const chart = renderBar(tiny, { id: 't', title: '份额', summary: '', label: 'k', value: 'v', width });
      expect(outside(chart.svg, width)).toEqual([]);
      expect(chart.svg).toMatch(/>0\.00[1-5]</);
    });
    it(`renderMultiBar and renderDots of GDPs at ${width} px keep every label inside`, () => {
      const rows = gdp.map((r) => ({ ...r, gdp2: r.gdp / 2, lo: r.gdp * 0.9, hi: r.gdp * 1.1 }));
      expect(
        outside(
          renderMultiBar(rows, {
            id: 'm',
            title: 'GDP',
            summary: '',
            label: 'country',
            series: [
              { column: 'gdp', title: '2023年' },
              { column: 'gdp2', title: '2013年' },
            ],
            stacked: true,
            width,
          }).svg,
          width,
        ),
      ).toEqual([]);
      expect(
        outside(
          renderDots(rows, {
            id: 'd',
            title: 'GDP',
            summary: '',
            label: 'country',
            value: 'gdp',
            low: 'lo',
            high: 'hi',
            width,
          }).svg,
          width,
        ),
      ).toEqual([]);
    });
  }
  it('renderLine of 66 yearly points in 万亿: ticks fit the margin, and dots are small enough not to merge', () => {
    const rows = Array.from({ length: 66 }, (_, i) => ({ year: String(1958 + i), v: 1e10 * 1.1 ** i }));
    const chart = renderLine(rows, { id: 'l', title: 'CO2', summary: '', x: 'year', y: 'v', unit: '美元' });
    expect(outside(chart.svg, chart.width)).toEqual([]);
    const xs = [...chart.svg.matchAll(/<circle cx="([\d.]+)"[^>]*r="([\d.]+)"/g)].map((m) => ({
      cx: Number(m[1]),
      r: Number(m[2]),
    }));
    expect(xs).toHaveLength(66);
    expect(xs.slice(1).every((d, i) => d.cx - xs[i]!.cx >= d.r + xs[i]!.r)).toBe(true);
  });
});

describe('wrapText(text, px, size) — UAX #14 line breaks', () => {
  it('never breaks inside a Latin word ("Global" stays whole), breaks between CJK characters, and keeps every character', () => {
    const text = '资料来源：World Bank, World Development Indicators; Global Carbon Project（2023），经整理';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => textWidth(l, 12) <= 120)).toBe(true);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const word of ['World', 'Global', 'Carbon', 'Development', 'Indicators;'])
      expect(lines.some((l) => l.includes(word))).toBe(true);
  });
});
