// Each method of the spec on numbers small enough to compute by hand (the working is in each test's name).
import { describe, expect, it } from 'vitest';
import { ahpWeights, judgementValue, reciprocalProblem } from '../../../src/lib/composite-index/weighting/ahp.ts';
import { coherence, cronbachAlpha, firstComponentShare } from '../../../src/lib/composite-index/coherence.ts';
import { criticWeights } from '../../../src/lib/composite-index/weighting/critic.ts';
import { entropyWeights } from '../../../src/lib/composite-index/weighting/entropy.ts';
import { compile, evaluate } from '../../../src/lib/composite-index/evaluate.ts';
import { moments } from '../../../src/lib/composite-index/moments.ts';
import { normalise } from '../../../src/lib/composite-index/normalise.ts';
import { competitionRanks, roundTo } from '../../../src/lib/composite-index/rank.ts';
import { sobolIndices } from '../../../src/lib/composite-index/sobol.ts';
import { transformValue } from '../../../src/lib/composite-index/transform.ts';
import { winsoriseQuantiles, winsoriseSkewKurtosis } from '../../../src/lib/composite-index/winsorise.ts';
import { randomLcg } from 'd3';

const f = (...xs: number[]) => Float64Array.from(xs);
const round = (xs: ArrayLike<number>, d = 6) => Array.from(xs, (x) => roundTo(x, d));

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

// index ← { A ← {i1 (w 1), i2 (w 3)} }
const tree = (method: 'harmonic' | 'minimum' | 'geometric' | 'arithmetic') => ({
  plan: compile(
    {
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
      ],
    },
    ['i1', 'i2'],
    (n) => (n.id === 'A' ? method : 'arithmetic'),
  ),
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

describe('roundTo and ranks on the published value', () => {
  it('roundTo(0.96652, 3) = 0.967; two scores 0.9516 and 0.9524 both publish as 0.952 and share rank 5 as the HDR prints them', () => {
    expect(roundTo(0.96652, 3)).toBe(0.967);
    const scores = f(0.9516446, 0.9523928, 0.9497414);
    expect(Array.from(competitionRanks(scores))).toEqual([2, 1, 3]);
    expect(Array.from(competitionRanks(scores.map((x) => roundTo(x, 3))))).toEqual([1, 1, 3]);
  });
});

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

describe('coherence statistics', () => {
  it('cronbachAlpha of two identical columns is 1; of [1,2,3] and [3,2,1] the sum has no variance → NaN', () => {
    expect(cronbachAlpha([f(1, 2, 3), f(1, 2, 3)])).toBeCloseTo(1, 12);
    expect(Number.isNaN(cronbachAlpha([f(1, 2, 3), f(3, 2, 1)]))).toBe(true);
  });
  it('cronbachAlpha of [1,2,3,4] and [1,3,2,4]: var 5/3 each, var of the sum 6 → 2 × (1 − (10/3)/6) = 0.888889', () => {
    expect(roundTo(cronbachAlpha([f(1, 2, 3, 4), f(1, 3, 2, 4)]), 6)).toBe(0.888889);
  });
  it('firstComponentShare: perfectly correlated columns share all variance (1); uncorrelated ones half (0.5)', () => {
    expect(firstComponentShare([f(1, 2, 3, 4), f(2, 4, 6, 8)])).toBeCloseTo(1, 9);
    expect(firstComponentShare([f(1, -1, 1, -1), f(1, 1, -1, -1)])).toBeCloseTo(0.5, 9);
  });
  it('coherence(model) flags nothing by itself: it reports each correlation for the page to word', () => {
    const plan = tree('arithmetic').plan;
    const cols = [f(1, 2, 3, 4), f(4, 3, 2, 1)];
    const dims = evaluate(plan, cols);
    const [a] = coherence({ plan, spec: { indicators: [{ id: 'i1' }, { id: 'i2' }] } } as never, dims, cols);
    expect(a!.children.map((c) => Math.sign(c.withDimension))).toEqual([-1, 1]);
  });
});

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

describe('analyse(analysis) over worker threads', () => {
  it('gives exactly the one-thread result (intervals, mean shift, Sobol indices) for the same seed', async () => {
    const { buildHierarchy } = await import('../../../src/lib/composite-index/hierarchy.ts');
    const { computeRanking } = await import('../../../src/lib/composite-index/compute.ts');
    const { rankingSpecSchema } = await import('../../../src/lib/composite-index/spec.ts');
    const { planAnalysis } = await import('../../../src/lib/composite-index/uncertainty.ts');
    const { analyse, analyseHere } = await import('../../../src/lib/composite-index/run-draws.ts');
    const { parseYamlSource } = await import('../../../src/lib/problems/yaml-source.ts');
    const rng = randomLcg(3);
    const indicators = Array.from({ length: 8 }, (_, k) => ({
      id: `i${k}`,
      label: { zh: `指标${k}` },
      column: `c${k}`,
      parent: `d${k % 2}`,
      direction: 'higher',
    }));
    const spec = rankingSpecSchema.parse({
      id: 'p',
      title: { zh: '并行' },
      dataset: 'p',
      entity: { id: 'id', label: 'id' },
      status: 'illustrative',
      missing: { impute: 'median', minCoverage: 0.5 },
      uncertainty: {
        runs: 300,
        seed: 9,
        normalisation: ['minmax', 'rank'],
        aggregation: ['arithmetic', 'geometric', 'harmonic'],
        imputation: ['mean', 'median'],
        sobol: 64,
      },
      dimensions: [
        { id: 'd0', label: { zh: '一' } },
        { id: 'd1', label: { zh: '二' }, aggregation: 'minimum' },
      ],
      indicators,
    });
    const rows = Array.from({ length: 700 }, (_, e) => ({
      id: `e${e}`,
      ...Object.fromEntries(indicators.map((i) => [i.column, rng() < 0.05 ? null : Math.round(rng() * 1000) / 10])),
    }));
    const { root } = buildHierarchy(
      spec,
      new Map([['id', 'string'], ...indicators.map((i) => [i.column, 'number'] as [string, string])]),
      parseYamlSource('{}', 'p.yaml'),
    );
    const result = computeRanking(spec, root, rows);
    const rankOf = new Map(result.entities.map((e) => [e.id, e.rank]));
    const analysis = planAnalysis(
      result.model,
      Int32Array.from(result.model.prepared.ids, (id) => rankOf.get(id)!),
    )!;
    let workers = -1;
    const parallel = await analyse(analysis, { threads: 2, minWork: 0, onDone: (n) => (workers = n) });
    expect(workers).toBe(1);
    expect(parallel).toEqual(analyseHere(analysis));
    expect(parallel.sobol!.meanShift.map((s) => s.factor)).toEqual([
      'weights',
      'normalisation',
      'aggregation',
      'imputation',
    ]);
  });
});
