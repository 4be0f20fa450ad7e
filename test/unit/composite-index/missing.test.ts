import { describe, expect, it } from 'vitest';
import { impute, prepare } from '../../../src/lib/composite-index/missing.ts';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('prepare(rows, entity, indicators, minCoverage, impute)', () => {
  const inds = [{ column: 'a' }, { column: 'b' }, { column: 'c' }, { column: 'd' }] as never[];
  const rows = [
    { id: 'x', name: 'X', a: 1, b: 2, c: 3, d: 4 },
    { id: 'y', name: 'Y', a: 3, b: null, c: 5, d: 6 },
    { id: 'z', name: 'Z', a: 5, b: null, c: null, d: null },
  ];
  it('leaves out an entity below the coverage threshold, with what it has (1 of 4 = 25% < 75%)', () => {
    const p = prepare(rows, { id: 'id', label: 'name' }, inds, 0.75);
    expect(p.ids).toEqual(['x', 'y']);
    expect(p.rows).toEqual([0, 1]);
    expect(p.excluded).toEqual([{ id: 'z', label: 'Z', have: 1, of: 4, coverage: 0.25 }]);
  });
  it('impute(columns, "mean") fills with the mean of the entities kept (b: only x has 2 → 2) and flags the cell', () => {
    const p = prepare(rows, { id: 'id', label: 'name' }, inds, 0.75);
    const { columns, imputed } = impute(p.columns, 'mean');
    expect(Array.from(columns[1]!)).toEqual([2, 2]);
    expect(Array.from(imputed[1]!)).toEqual([0, 1]);
    expect(Number.isNaN(p.columns[1]![1]!)).toBe(true);
  });
  it('impute(columns, "median"): a over x, y, z = median(1, 3, 5) = 3', () => {
    const p = prepare(
      [...rows, { id: 'w', name: 'W', a: null, b: 1, c: 1, d: 1 }],
      { id: 'id', label: 'name' },
      inds,
      0,
    );
    expect(impute(p.columns, 'median').columns[0]![3]).toBe(3);
  });
  it('impute(columns, "mean") of values near 1e308 does not overflow: mean(1e308, 1.5e308) = 1.25e308', () => {
    expect(impute([f(1e308, 1.5e308, NaN)], 'mean').columns[0]![2]).toBeCloseTo(1.25e308, -300);
  });
});
