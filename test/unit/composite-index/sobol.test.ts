import { describe, expect, it } from 'vitest';
import { sobolIndices } from '../../../src/lib/composite-index/sobol.ts';
import { randomLcg } from 'd3';

describe('sobolIndices(ranks, E, N, factors, nominal)', () => {
  it('on y = x1 + 2·x2 (x uniform) the first-order indices are 1/5 and 4/5 and the total equals the first (no interaction)', () => {
    // One "entity" whose rank is the model output × 1000, laid out as A, B, A_B¹, A_B².
    const rng = randomLcg(42);
    const N = 4000;
    const A = Array.from({ length: N }, () => [rng(), rng()]);
    const B = Array.from({ length: N }, () => [rng(), rng()]);
    const y = (x: number[]) => Math.round(1000 * (x[0]! + 2 * x[1]!));
    const out = [
      ...A.map(y),
      ...B.map(y),
      ...A.map((a, j) => y([B[j]![0]!, a[1]!])),
      ...A.map((a, j) => y([a[0]!, B[j]![1]!])),
    ];
    const { entities } = sobolIndices(Int32Array.from(out), 1, N, ['x1', 'x2'], Int32Array.of(0));
    expect(entities[0]!.first).toBeCloseTo(0.2, 1);
    expect(entities[1]!.first).toBeCloseTo(0.8, 1);
    expect(entities[0]!.total).toBeCloseTo(0.2, 1);
    expect(entities[1]!.total).toBeCloseTo(0.8, 1);
  });
});
