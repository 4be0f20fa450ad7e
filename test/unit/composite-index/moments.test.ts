import { describe, expect, it } from 'vitest';
import { moments } from '../../../src/lib/composite-index/moments.ts';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('moments(values)', () => {
  it('[1, 2, 3, 4, 10]: mean 4, Σd² 50, Σd³ 180, Σd⁴ 1394 → skew 5/12 × 180/12.5^1.5 = 1.697056, kurtosis 1.25 × 1394/156.25 − 8 = 3.152', () => {
    const m = moments(f(1, 2, 3, 4, 10));
    expect(m.mean).toBe(4);
    expect(m.skew).toBeCloseTo(1.697056, 6);
    expect(m.kurtosis).toBeCloseTo(3.152, 9);
  });
  it('ignores missing values and is NaN with no spread', () => {
    expect(moments(f(1, NaN, 2, 3, 4, 10)).skew).toBeCloseTo(1.697056, 6);
    expect(Number.isNaN(moments(f(5, 5, 5, 5)).skew)).toBe(true);
  });
});
