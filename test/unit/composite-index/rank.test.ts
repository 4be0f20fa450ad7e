import { describe, expect, it } from 'vitest';
import { competitionRanks, roundTo } from '../../../src/lib/composite-index/rank.ts';

const f = (...xs: number[]) => Float64Array.from(xs);

describe('competitionRanks(scores)', () => {
  it('competitionRanks([90, 80, 80, 70]) is 1, 2, 2, 4', () =>
    expect(Array.from(competitionRanks([90, 80, 80, 70]))).toEqual([1, 2, 2, 4]));
});

describe('roundTo and ranks on the published value', () => {
  it('roundTo(0.96652, 3) = 0.967; two scores 0.9516 and 0.9524 both publish as 0.952 and share rank 5 as the HDR prints them', () => {
    expect(roundTo(0.96652, 3)).toBe(0.967);
    const scores = f(0.9516446, 0.9523928, 0.9497414);
    expect(Array.from(competitionRanks(scores))).toEqual([2, 1, 3]);
    expect(Array.from(competitionRanks(scores.map((x) => roundTo(x, 3))))).toEqual([1, 1, 3]);
  });
});
