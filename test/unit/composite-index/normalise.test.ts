import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/composite-index/normalise.ts';
import { roundTo } from '../../../src/lib/composite-index/rank.ts';
import { transformValue } from '../../../src/lib/composite-index/transform.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const arr = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);
const round = (xs: ArrayLike<number>, d = 6) => Array.from(xs, (x) => roundTo(x, d));

describe('normalise(values, method, direction)', () => {
  it('normalise([10, 20, 40], "minmax", "higher") is [0, 33.33, 100]: (20−10)/(40−10) = 1/3', () => {
    expect(arr(normalise(f(10, 20, 40), 'minmax', 'higher').out)).toEqual([0, 33.333333, 100]);
  });
  it('normalise([10, 20, 40], "minmax", "lower") puts the smallest at 100: (40−20)/30 = 2/3', () => {
    expect(arr(normalise(f(10, 20, 40), 'minmax', 'lower').out)).toEqual([100, 66.666667, 0]);
  });
  it('normalise([5, 5, 5], "minmax") gives 100 to all and reports the indicator as flat', () => {
    expect(normalise(f(5, 5, 5), 'minmax', 'higher')).toEqual({ out: f(100, 100, 100), flat: true });
  });
  it('normalise([2, 4, 6], "zscore"): mean 4, sd √(8/3) = 1.63299, so ±1.224745', () => {
    expect(arr(normalise(f(2, 4, 6), 'zscore', 'higher').out)).toEqual([-1.224745, 0, 1.224745]);
  });
  it('normalise([3, 1, 3, 2], "rank"): ranks 1..4 → 0, 33.3, 83.3 for the tied pair (average of 66.7 and 100)', () => {
    expect(arr(normalise(f(3, 1, 3, 2), 'rank', 'higher').out)).toEqual([83.333333, 0, 83.333333, 33.333333]);
  });
  it('normalise([50, 75, 120], "target", "higher", 100): 100 × (75−50)/(100−50) = 50, capped at 100', () => {
    expect(arr(normalise(f(50, 75, 120), 'target', 'higher', { target: 100 }).out)).toEqual([0, 50, 100]);
  });
  it('keeps a missing value (NaN) missing', () => {
    expect(Number.isNaN(normalise(f(1, NaN, 3), 'minmax', 'higher').out[1]!)).toBe(true);
  });
});

describe('normalise(values, "goalposts", direction, { goalposts, scale })', () => {
  it('goalposts 20–100 on 0–1: 10 → 0 (below, capped), 50 → 30/80 = 0.375, 90 → 0.875, 120 → 1 (above, capped)', () => {
    expect(
      round(normalise(f(10, 50, 90, 120), 'goalposts', 'higher', { goalposts: { min: 20, max: 100 }, scale: 1 }).out),
    ).toEqual([0, 0.375, 0.875, 1]);
  });
  it('lower is better: 50 → (100 − 50)/80 = 0.625 of 100 = 62.5', () => {
    expect(normalise(f(50), 'goalposts', 'lower', { goalposts: { min: 20, max: 100 } }).out[0]).toBe(62.5);
  });
  it('with a log transform (the HDI income index): ln 1000 − ln 100 over ln 75000 − ln 100 = 0.347819', () => {
    const r = normalise(f(transformValue(1000, 'log')), 'goalposts', 'higher', {
      goalposts: { min: Math.log(100), max: Math.log(75000) },
      scale: 1,
    });
    expect(r.out[0]).toBeCloseTo(0.347819, 6);
  });
  it('minmax on a 0–1 scale: [10, 20, 40] → 0, 1/3, 1', () => {
    expect(round(normalise(f(10, 20, 40), 'minmax', 'higher', { scale: 1 }).out)).toEqual([0, 0.333333, 1]);
  });
  it('values near ±1e308 do not overflow: minmax of [−1e308, 0, 1e308] is 0, 50, 100; z-scores ±1.224745', () => {
    expect(round(normalise(f(-1e308, 0, 1e308), 'minmax', 'higher').out)).toEqual([0, 50, 100]);
    expect(round(normalise(f(-1e308, 0, 1e308), 'zscore', 'higher').out)).toEqual([-1.224745, 0, 1.224745]);
  });
});
