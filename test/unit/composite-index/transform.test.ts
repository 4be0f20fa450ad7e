import { describe, expect, it } from 'vitest';
import { transformValue } from '../../../src/lib/composite-index/transform.ts';

describe('transformValue(v, transform)', () => {
  it('log(e) = 1, log1p(0) = 0, sqrt(16) = 4, none(−3) = −3', () => {
    expect([
      transformValue(Math.E, 'log'),
      transformValue(0, 'log1p'),
      transformValue(16, 'sqrt'),
      transformValue(-3, 'none'),
    ]).toEqual([1, 0, 4, -3]);
  });
  it('is NaN where undefined: log(0), log(−1), log1p(−1), sqrt(−4)', () => {
    expect(
      [
        transformValue(0, 'log'),
        transformValue(-1, 'log'),
        transformValue(-1, 'log1p'),
        transformValue(-4, 'sqrt'),
      ].every(Number.isNaN),
    ).toBe(true);
  });
});
