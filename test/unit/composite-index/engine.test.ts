import { randomLcg } from 'd3';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/composite-index/normalise.ts';
import {
  compile,
  effectiveWeights,
  evaluate,
  geometricShift,
  linearIndex,
  logOf,
} from '../../../src/lib/composite-index/evaluate.ts';
import { competitionRanks, competitionRanksFast } from '../../../src/lib/composite-index/rank.ts';
import { tierOf } from '../../../src/lib/composite-index/tiers.ts';
import { impute, prepare } from '../../../src/lib/composite-index/missing.ts';
import { changeLabel, compareRankings } from '../../../src/lib/composite-index/change.ts';

const f = (...xs: number[]) => Float64Array.from(xs);
const arr = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

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

describe('competitionRanks(scores)', () => {
  it('competitionRanks([90, 80, 80, 70]) is 1, 2, 2, 4', () =>
    expect(Array.from(competitionRanks([90, 80, 80, 70]))).toEqual([1, 2, 2, 4]));
});

describe('tierOf(score, tiers)', () => {
  const tiers = [
    { label: '一般', minScore: 0 },
    { label: '领先', minScore: 70 },
    { label: '较好', minScore: 45 },
  ];
  it('picks the highest threshold reached', () =>
    expect([tierOf(70, tiers), tierOf(69.9, tiers), tierOf(3, tiers)]).toEqual(['领先', '较好', '一般']));
});

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

describe('compareRankings(previous, current)', () => {
  const spec = {
    normalisation: 'minmax',
    aggregation: 'arithmetic',
    indicators: [{ id: 'i', column: 'c', direction: 'higher', weight: 1, parent: 'd' }],
    dimensions: [{ id: 'd', weight: 1 }],
  } as never;
  const result = (entities: [string, number, number][], s = spec) =>
    ({
      spec: s,
      entities: entities.map(([id, rank, score]) => ({ id, rank, score })),
      excluded: [],
      notes: [],
      topDimensions: [],
    }) as never;
  it('gives ↑ for a better rank, ↓ for a worse one and 新 for a new entity', () => {
    const { changes, methodChanged } = compareRankings(
      result([
        ['a', 1, 90],
        ['b', 2, 80],
      ]),
      result([
        ['b', 1, 85],
        ['a', 2, 84],
        ['c', 3, 70],
      ]),
    );
    expect(['a', 'b', 'c'].map((id) => changeLabel(changes.get(id)))).toEqual(['↓1', '↑1', '新']);
    expect(changes.get('b')!.scoreChange).toBe(5);
    expect(methodChanged).toEqual([]);
  });
  it('says what changed in the method', () => {
    const other = { ...(spec as object), aggregation: 'geometric' } as never;
    expect(compareRankings(result([['a', 1, 1]]), result([['a', 1, 1]], other)).methodChanged).toEqual([
      { kind: 'setting', id: 'aggregation', change: 'changed', from: '"arithmetic"', to: '"geometric"' },
    ]);
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
