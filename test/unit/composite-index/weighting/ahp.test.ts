import { describe, expect, it } from 'vitest';
import { ahpWeights, judgementValue, reciprocalProblem } from '../../../../src/lib/composite-index/weighting/ahp.ts';
import { roundTo } from '../../../../src/lib/composite-index/rank.ts';

const round = (xs: ArrayLike<number>, d = 6) => Array.from(xs, (x) => roundTo(x, d));

describe('ahpWeights(matrix)', () => {
  // Saaty (2008), "Decision making with the analytic hierarchy process", relative consumption of
  // drinks: published weights 0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327; CR 0.022.
  const drinks = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
  ];
  it("reproduces Saaty's drinks example: weights to 3 decimals and CR 0.022", () => {
    const r = ahpWeights(drinks);
    expect(round(r.weights, 3)).toEqual([0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327]);
    expect(roundTo(r.cr, 3)).toBe(0.022);
  });
  it('reproduces the Wikipedia leader example criteria (experience 0.548, education 0.127, charisma 0.27, age 0.056; CR 0.044)', () => {
    const r = ahpWeights([
      [1, 4, 3, 7],
      [1 / 4, 1, 1 / 3, 3],
      [1 / 3, 3, 1, 5],
      [1 / 7, 1 / 3, 1 / 5, 1],
    ]);
    expect(round(r.weights, 3)).toEqual([0.548, 0.127, 0.27, 0.056]);
    expect(roundTo(r.cr, 3)).toBe(0.044);
  });
  it('a consistent matrix has λmax = n and CR 0; a 2 × 2 matrix is always consistent', () => {
    const r = ahpWeights([
      [1, 2, 4],
      [1 / 2, 1, 2],
      [1 / 4, 1 / 2, 1],
    ]);
    expect(r.lambdaMax).toBeCloseTo(3, 9);
    expect(r.cr).toBeCloseTo(0, 9);
    expect(round(r.weights)).toEqual([0.571429, 0.285714, 0.142857]);
    expect(
      ahpWeights([
        [1, 3],
        [1 / 3, 1],
      ]).cr,
    ).toBe(0);
  });
  it('reads fractions written as text and finds a broken reciprocal', () => {
    expect(judgementValue('1/3')).toBeCloseTo(1 / 3, 12);
    expect(
      reciprocalProblem([
        [1, 3],
        [3, 1],
      ]),
    ).toMatchObject({ i: 1, j: 0, found: '3' });
    expect(
      reciprocalProblem([
        [1, 3],
        [1 / 3, 1],
      ]),
    ).toBeUndefined();
  });
});
