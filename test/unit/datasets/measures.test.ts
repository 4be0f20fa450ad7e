import { describe, expect, it } from 'vitest';
import { computeMeasure } from '../../../src/lib/datasets/measures.ts';

// Test data, not real figures.
const rows = [
  { unit: '甲省', region: '东', count: 8 },
  { unit: '乙省', region: '东', count: 7 },
  { unit: '丙省', region: '西', count: 7 },
  { unit: '丁省', region: '西', count: null },
  { unit: '戊省', region: '南', count: 3 },
];

describe('computeMeasure(rows, spec)', () => {
  it('computeMeasure(rows, {measure: "count"}) counts rows, with a filter', () => {
    expect(computeMeasure(rows, { measure: 'count' }).value).toBe(5);
    expect(computeMeasure(rows, { measure: 'count', where: { region: '西' } }).value).toBe(2);
  });
  it('computeMeasure(rows, {measure: "sum"}) skips empty cells: 8+7+7+3 = 25', () => {
    expect(computeMeasure(rows, { measure: 'sum', column: 'count' }).value).toBe(25);
  });
  it('computeMeasure(rows, {measure: "share"}) is the filtered sum over the total, in percent: 8/25 = 32%', () => {
    expect(computeMeasure(rows, { measure: 'share', column: 'count', where: { unit: '甲省' } }).value).toBeCloseTo(
      32,
      10,
    );
    expect(
      computeMeasure(rows, { measure: 'share', column: 'count', where: { unit: '甲省' }, total: 127 }).value,
    ).toBeCloseTo((8 / 127) * 100, 10);
  });
  it('computeMeasure(rows, {measure: "max", label}) names every tied row', () => {
    expect(computeMeasure(rows, { measure: 'max', column: 'count', label: 'unit' })).toEqual({
      value: 8,
      labels: ['甲省'],
    });
    expect(computeMeasure(rows.slice(1), { measure: 'max', column: 'count', label: 'unit' }).labels).toEqual([
      '乙省',
      '丙省',
    ]);
  });
  it('computeMeasure(rows, {measure: "min"}) ignores empty cells', () => {
    expect(computeMeasure(rows, { measure: 'min', column: 'count', label: 'unit' })).toEqual({
      value: 3,
      labels: ['戊省'],
    });
  });
  it('computeMeasure(rows, {measure: "top", groupBy}) sums per group first: 东 15, 西 7, 南 3', () => {
    expect(computeMeasure(rows, { measure: 'top', n: 2, column: 'count', groupBy: 'region' }).labels).toEqual([
      '东',
      '西',
    ]);
  });
  it('computeMeasure(rows, {measure: "top"}) keeps rows tied with the last place', () => {
    expect(computeMeasure(rows, { measure: 'top', n: 2, column: 'count', label: 'unit' }).labels).toEqual([
      '甲省',
      '乙省',
      '丙省',
    ]);
  });
  it('computeMeasure(rows, {measure: "rank"}) uses competition ranking: 7 ranks =2', () => {
    expect(
      computeMeasure(rows, { measure: 'rank', column: 'count', where: { unit: '丙省' }, label: 'unit' }).value,
    ).toBe(2);
    expect(
      computeMeasure(rows, { measure: 'rank', column: 'count', where: { unit: '戊省' }, label: 'unit' }).value,
    ).toBe(4);
  });
  it('computeMeasure(rows, {measure: "value"}) needs exactly one matching row', () => {
    expect(computeMeasure(rows, { measure: 'value', column: 'count', where: { unit: '乙省' } }).value).toBe(7);
    expect(() => computeMeasure(rows, { measure: 'value', column: 'count', where: { region: '东' } })).toThrow(
      'exactly one row',
    );
    expect(() => computeMeasure(rows, { measure: 'value', column: 'count', where: { unit: '丁省' } })).toThrow(
      'no value',
    );
  });
});
