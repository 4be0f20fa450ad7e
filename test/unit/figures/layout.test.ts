import { describe, expect, it } from 'vitest';
import { barMarks } from '../../../src/lib/figures/bar.ts';
import { lineMarks } from '../../../src/lib/figures/line.ts';
import { textOn } from '../../../src/lib/figures/palette.ts';
import { findProvince, provinces } from '../../../src/lib/figures/provinces.ts';
import { summarise } from '../../../src/lib/figures/summary.ts';
import { tileMarks } from '../../../src/lib/figures/tile-map.ts';
import { spreadLabels } from '../../../src/lib/figures/slope.ts';

describe('provinces', () => {
  it('has the 34 province-level units and 兵团, each on its own tile', () => {
    expect(provinces).toHaveLength(35);
    expect(new Set(provinces.map((p) => `${p.col},${p.row}`)).size).toBe(35);
  });
  it('findProvince accepts short, full and English names', () => {
    expect(findProvince('内蒙古')!.full).toBe('内蒙古自治区');
    expect(findProvince('内蒙古自治区')!.short).toBe('内蒙古');
    expect(findProvince(' 广西壮族自治区 ')!.short).toBe('广西');
    expect(findProvince('zhejiang')!.short).toBe('浙江');
  });
  it('findProvince returns null for a name it does not know', () => {
    expect(findProvince('浙江省省')).toBeNull();
    expect(findProvince('江南')).toBeNull();
  });
});

// Test data, not real figures.
const rows = [
  { name: '甲', region: '东', n: 3 },
  { name: '乙', region: '西', n: 5 },
  { name: '丙', region: '东', n: 4 },
  { name: '丁', region: '南', n: null },
];

describe('barMarks(rows, options)', () => {
  it('sorts bars by value, largest first, with empty values last as 无数据', () => {
    expect(barMarks(rows, { label: 'name', value: 'n', unit: '个' }).map((m) => [m.label, m.value, m.display])).toEqual(
      [
        ['乙', 5, '5个'],
        ['丙', 4, '4个'],
        ['甲', 3, '3个'],
        ['丁', null, '无数据'],
      ],
    );
  });
  it('sums per group: 东 = 3 + 4 = 7', () => {
    expect(barMarks(rows, { label: 'name', value: 'n', groupBy: 'region' }).map((m) => [m.label, m.value])).toEqual([
      ['东', 7],
      ['西', 5],
      ['南', null],
    ]);
  });
  it('keeps the data order with sort "none"', () => {
    expect(barMarks(rows, { label: 'name', value: 'n', sort: 'none' }).map((m) => m.label)).toEqual([
      '甲',
      '乙',
      '丙',
      '丁',
    ]);
  });
});

describe('tileMarks(rows, options)', () => {
  const tiles = tileMarks(
    [
      { p: '浙江省', v: 8 },
      { p: '陕西省+宁夏回族自治区', v: 7 },
      { p: '陕西省', v: null },
    ],
    { province: 'p', value: 'v', unit: '个' },
  );
  it('draws 31 provinces, and Taiwan, Hong Kong, Macao and 兵团 only when the data has them', () => {
    expect(tiles).toHaveLength(31);
    expect(tiles.map((t) => t.label)).not.toContain('香港');
  });
  it('gives each tile its value, "no data", or the total of the unit it is reported with', () => {
    expect(tiles.find((t) => t.label === '浙江')).toMatchObject({ value: 8, display: '8个' });
    expect(tiles.find((t) => t.label === '宁夏')).toMatchObject({
      value: null,
      combined: '陕西+宁夏',
      display: '陕西+宁夏合计7个',
    });
    expect(tiles.find((t) => t.label === '江苏')).toMatchObject({ value: null, display: '无数据' });
  });
});

describe('lineMarks(rows, options)', () => {
  it('orders points by date and marks lower bounds', () => {
    const marks = lineMarks(
      [
        { t: '2017-07', v: 10, b: 'exact' },
        { t: '2015-05', v: 2, b: 'more-than' },
        { t: '2016-01', v: null, b: '' },
      ],
      { x: 't', y: 'v', bound: 'b', unit: '亿元' },
    );
    expect(marks.map((m) => [m.label, m.display, m.lowerBound])).toEqual([
      ['2015-05', '超过2亿元', true],
      ['2017-07', '10亿元', false],
    ]);
  });
});

describe('summarise(kind, marks, lang)', () => {
  it('names the largest with its value and counts the items without data', () => {
    const marks = barMarks(rows, { label: 'name', value: 'n', unit: '个' });
    expect(summarise('bar', marks)).toBe('乙最多，5个；1项无数据。');
    expect(summarise('bar', marks, 'en')).toBe('乙 has the most (5个); no data for 1 items.');
  });
  it('describes a line by its first and last points', () => {
    const marks = lineMarks(
      [
        { t: '2015', v: 2 },
        { t: '2018', v: 9 },
      ],
      { x: 't', y: 'v', unit: '亿元' },
    );
    expect(summarise('line', marks)).toBe('2015为2亿元，2018为9亿元。');
  });
});

describe('textOn(fill)', () => {
  it('puts white text on dark blue and black text on pale blue', () => {
    expect(textOn('#08306b')).toBe('#ffffff');
    expect(textOn('#d6e6f5')).toBe('#000000');
    expect(textOn('rgb(8, 48, 107)')).toBe('#ffffff');
  });
});

describe('spreadLabels(positions, gap, min, max)', () => {
  it('moves tied labels apart by the gap, keeping their order: [50, 50, 50] → [50, 66, 82]', () => {
    expect(spreadLabels([50, 50, 50], 16, 0, 200)).toEqual([50, 66, 82]);
  });
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 100, 40], 16, 0, 200)).toEqual([10, 100, 40]);
  });
  it('pushes a stack that runs past the bottom back up: [95, 95, 95] in [0, 100] → [68, 84, 100]', () => {
    expect(spreadLabels([95, 95, 95], 16, 0, 100)).toEqual([68, 84, 100]);
  });
});
