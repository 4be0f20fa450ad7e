import { describe, expect, it } from 'vitest';
import { criticWeights } from '../../../../src/lib/composite-index/weighting/critic.ts';
import { entropyWeights } from '../../../../src/lib/composite-index/weighting/entropy.ts';
import { roundTo } from '../../../../src/lib/composite-index/rank.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const round = (xs: ArrayLike<number>, d = 6) => Array.from(xs, (x) => roundTo(x, d));

describe('entropyWeights(columns) and criticWeights(columns)', () => {
  it('entropy of [1,2,3] and [3,3,1]: rescaled [0, .5, 1] and [1, 1, 0]; 1 − e = 0.420620 and 0.369070 → 0.532639, 0.467361', () => {
    expect(round(entropyWeights([f(1, 2, 3), f(3, 3, 1)]))).toEqual([0.532639, 0.467361]);
  });
  it('a flat column carries no information (weight 0)', () => {
    expect(entropyWeights([f(1, 2, 3), f(5, 5, 5)])).toEqual([1, 0]);
  });
  it('CRITIC of [1,2,3,4], [2,1,4,3], [4,3,2,1]: r = 0.6, −1, −0.6; σ equal; Σ(1 − r) = 2.4, 2.0, 3.6 → 0.3, 0.25, 0.45', () => {
    expect(round(criticWeights([f(1, 2, 3, 4), f(2, 1, 4, 3), f(4, 3, 2, 1)]))).toEqual([0.3, 0.25, 0.45]);
  });
});
