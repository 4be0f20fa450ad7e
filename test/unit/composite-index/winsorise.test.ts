import { describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/lib/composite-index/rank.ts';
import { winsoriseQuantiles, winsoriseSkewKurtosis } from '../../../src/lib/composite-index/winsorise.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const round = (xs: ArrayLike<number>, d = 6) => Array.from(xs, (x) => roundTo(x, d));

describe('winsoriseQuantiles(values, low, high)', () => {
  it('1…10 at 0.1/0.9 (type 7): q10 = 1 + 0.9 × 1 = 1.9, q90 = 9 + 0.1 × 1 = 9.1; only the two ends change', () => {
    const x = f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(winsoriseQuantiles(x, 0.1, 0.9)).toEqual([0, 9]);
    expect(round(x)).toEqual([1.9, 2, 3, 4, 5, 6, 7, 8, 9, 9.1]);
  });
});

describe('winsoriseSkewKurtosis(values, 2, 3.5, 5)', () => {
  it('1…9, 100 (skew 3.12, kurtosis 9.80) fails the rule; 100 takes the next value, 9, and the rule passes (skew −0.15)', () => {
    const x = f(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
    expect(winsoriseSkewKurtosis(x, 2, 3.5, 5)).toEqual({ changed: [9], stillOutlying: false });
    expect(x[9]).toBe(9);
  });
  it('leaves an indicator that passes untouched, and stops at maxPoints, saying it still fails', () => {
    expect(winsoriseSkewKurtosis(f(1, 2, 3, 4, 10), 2, 3.5, 5).changed).toEqual([]);
    const heavy = f(...Array.from({ length: 20 }, (_, i) => i), 1e3, 1e4, 1e5);
    expect(winsoriseSkewKurtosis(heavy, 2, 3.5, 1).stillOutlying).toBe(true);
  });
});
