import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { tree } from '../../helpers/small-tree.ts';
import { effectiveWeights, geometricShift, linearIndex, logOf } from '../../../src/lib/composite-index/evaluate.ts';
import { competitionRanksFast } from '../../../src/lib/composite-index/rank.ts';
import { compile, evaluate } from '../../../src/lib/composite-index/evaluate.ts';
import { competitionRanks } from '../../../src/lib/composite-index/rank.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const arr = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

// index ← { A (w 1) ← {i1 w 1, i2 w 3}, B (w 2) ← {i3} }
const root = {
  id: 'index',
  weight: 1,
  children: [
    {
      id: 'A',
      weight: 1,
      children: [
        { id: 'i1', weight: 1, indicator: { id: 'i1' } as never, children: [] },
        { id: 'i2', weight: 3, indicator: { id: 'i2' } as never, children: [] },
      ],
    },
    { id: 'B', weight: 2, children: [{ id: 'i3', weight: 1, indicator: { id: 'i3' } as never, children: [] }] },
  ],
};
describe('evaluate(plan, columns, method)', () => {
  const plan = compile(root, ['i1', 'i2', 'i3']);
  it('compiles dimensions children first, the index last', () => expect(plan.dims).toEqual(['A', 'B', 'index']));
  it('weighted arithmetic: A = (1×40 + 3×80)/4 = 70, index = (1×70 + 2×10)/3 = 30', () => {
    const [a, b, index] = evaluate(plan, [f(40), f(80), f(10)], { method: 'arithmetic' });
    expect([a![0], b![0], index![0]]).toEqual([70, 10, 30]);
  });
  it('re-weights around a missing indicator: A = 80 when i1 is missing', () => {
    expect(evaluate(plan, [f(NaN), f(80), f(10)], { method: 'arithmetic' })[0]![0]).toBe(80);
  });
  it('weighted geometric: A = (40¹ × 80³)^(1/4) = 67.2717', () => {
    expect(evaluate(plan, [f(40), f(80), f(10)], { method: 'geometric' })[0]![0]).toBeCloseTo(
      (40 * 80 ** 3) ** (1 / 4),
      9,
    );
    expect((40 * 80 ** 3) ** (1 / 4)).toBeCloseTo(67.2717, 4);
  });
  it('geometricShift makes the smallest value 1: min −2 → shift 3', () => {
    expect(geometricShift([f(-2, 5), f(0)])).toBe(3);
    expect(geometricShift([f(1, 5)])).toBe(0);
  });
});

describe('linearIndex(input, effectiveWeights(plan), geometric, shift, out)', () => {
  const plan = compile(root, ['i1', 'i2', 'i3']);
  const cols = [f(40, 10, 90), f(80, 20, 5), f(10, 70, 30)];
  it('effectiveWeights: i1 = 1/3 × 1/4, i2 = 1/3 × 3/4, i3 = 2/3', () => {
    expect(arr(effectiveWeights(plan))).toEqual([0.083333, 0.25, 0.666667]);
  });
  it('gives the same index as the level-by-level evaluation, arithmetic and geometric', () => {
    const a = evaluate(plan, cols, { method: 'arithmetic' }).at(-1)!;
    expect(arr(linearIndex(cols, effectiveWeights(plan), false, 0, new Float64Array(3)))).toEqual(arr(a));
    const g = evaluate(plan, cols, { method: 'geometric', shift: 1 }).at(-1)!;
    expect(arr(linearIndex(logOf(cols, 1), effectiveWeights(plan), true, 1, new Float64Array(3)))).toEqual(arr(g));
  });
  it('competitionRanksFast agrees with competitionRanks on 5,000 scores: negatives, exact ties and ties within 1e-9', () => {
    const rng = randomLcg(7);
    const scores = Float64Array.from(
      { length: 5000 },
      () => Math.round((rng() - 0.3) * 200) / 4 + (rng() < 0.2 ? 1e-12 : 0),
    );
    expect(Array.from(competitionRanksFast(scores))).toEqual(Array.from(competitionRanks(scores)));
  });
  it('competitionRanksFast agrees with competitionRanks, ties included', () => {
    const scores = f(5, 9, 9, 1, 7, 9);
    expect(Array.from(competitionRanksFast(scores))).toEqual(Array.from(competitionRanks(scores)));
  });
});

describe('evaluate(plan, columns) with a method per level', () => {
  it('harmonic: (1 + 3) / (1/40 + 3/80) = 4 / 0.0625 = 64', () => {
    expect(evaluate(tree('harmonic').plan, [f(40), f(80)])[0]![0]).toBeCloseTo(64, 12);
  });
  it('minimum ("weakest link"): min(40, 80) = 40, whatever the weights', () => {
    expect(evaluate(tree('minimum').plan, [f(40), f(80)])[0]![0]).toBe(40);
  });
  it('reports a value ≤ 0 under a geometric mean, once per level, and not once shifted (0 + 1)', () => {
    const seen: number[][] = [];
    evaluate(tree('geometric').plan, [f(0, -1), f(5, 5)], { onInvalid: (d, c, e, v) => seen.push([d, c, e, v]) });
    expect(seen).toEqual([[0, 0, 0, 0]]);
    const shifted = evaluate(tree('geometric').plan, [f(0), f(8)], { shift: 1, onInvalid: () => seen.push([]) });
    expect(shifted[0]![0]).toBeCloseTo(Math.exp((Math.log(1) + 3 * Math.log(9)) / 4) - 1, 12);
    expect(seen).toHaveLength(1);
  });
});
