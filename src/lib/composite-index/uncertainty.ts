import { randomLcg } from 'd3';
import type { Model } from './compute.ts';
import type { Normalisation } from './spec.ts';
import type { Choices, Draw, Job, VariantMatrix } from './run-variant.ts';
import { matrixKey } from './run-variant.ts';
import { rankQuantiles } from './rank-quantiles.ts';
import { sobolIndices, type SobolIndex } from './sobol.ts';

export interface RankInterval {
  id: string;
  median: number;
  /** 5th and 95th percentile of the entity's rank over all runs. */
  low: number;
  high: number;
}

export type Factor = 'weights' | 'normalisation' | 'aggregation' | 'imputation' | 'transforms';

export interface Uncertainty {
  runs: number;
  seed: number;
  /** The uncertain inputs that vary. */
  factors: Factor[];
  intervals: RankInterval[];
  /** Mean absolute rank shift from the declared ranking over all runs. */
  meanShift: number;
  /**
   * Variance-based sensitivity of the mean rank shift to each input (first-order and total
   * effect), and the average of each entity's own indices; undefined when nothing varies or
   * `sobol: 0`.
   */
  sobol?: { baseRuns: number; meanShift: SobolIndex[]; entities: SobolIndex[] } | undefined;
}

/** What to run: the job (plain data for the runner), the Monte Carlo draws, and the Sobol design. */
export interface Analysis {
  job: Job;
  factors: Factor[];
  draws: Draw[];
  sobol: { N: number; draws: Draw[] } | undefined;
  nominal: Int32Array;
  ids: string[];
  runs: number;
  seed: number;
}

/**
 * Monte Carlo over the choices a ranking rests on: every weight multiplied by U(1 − s, 1 + s),
 * the normalisation, aggregation and imputation drawn from the declared alternatives, the
 * transforms on or off. Seeded, and every draw is made here, so the same spec and data give
 * the same result whether runs are split over threads or not.
 */
export function planAnalysis(model: Model, nominal: Int32Array): Analysis | undefined {
  const { spec, plan, prepared } = model;
  const u = spec.uncertainty;
  if (!u) return undefined;
  const hasTreatment = spec.indicators.some((i) => i.transform !== 'none' || i.outliers);
  const choices: Choices = {
    norms: u.normalisation ?? [''],
    aggs: u.aggregation ?? [undefined],
    imps: u.imputation ?? [spec.missing.impute],
    transforms: u.transforms && hasTreatment ? [true, false] : [true],
    spread: u.weights.spread,
  };
  const factors: Factor[] = [];
  if (choices.spread > 0) factors.push('weights');
  if (choices.norms.length > 1) factors.push('normalisation');
  if (choices.aggs.length > 1) factors.push('aggregation');
  if (choices.imps.length > 1) factors.push('imputation');
  if (choices.transforms.length > 1) factors.push('transforms');
  const nWeights = plan.weights.reduce((n, w) => n + w.length, 0);
  const matrices: Record<string, VariantMatrix> = {};
  const job: Job = { plan, choices, matrices, rankOn: spec.rankOn, decimals: spec.decimals };
  // One uniform number per weight and one per discrete choice: a draw is a point in [0, 1)^(W + 4).
  const dims = nWeights + 4;
  const toDraw = (x: Float64Array): Draw => {
    const pick = (v: number, n: number) => Math.min(n - 1, Math.floor(v * n));
    const d: Draw = {
      factors: x.subarray(0, nWeights).map((v) => 1 - choices.spread + 2 * choices.spread * v),
      norm: pick(x[nWeights]!, choices.norms.length),
      agg: pick(x[nWeights + 1]!, choices.aggs.length),
      imp: pick(x[nWeights + 2]!, choices.imps.length),
      transforms: pick(x[nWeights + 3]!, choices.transforms.length),
    };
    const key = matrixKey(job, d);
    if (!matrices[key]) {
      const m = model.matrix({
        normalisation: (choices.norms[d.norm] || undefined) as Normalisation | undefined,
        aggregation: choices.aggs[d.agg],
        impute: choices.imps[d.imp] as never,
        transforms: choices.transforms[d.transforms],
      });
      // Shared memory: worker threads read the matrices without a copy each.
      matrices[key] = { columns: m.columns.map(shared), shift: m.shift };
    }
    return d;
  };
  const rng = randomLcg(u.seed);
  const point = () => Float64Array.from({ length: dims }, () => rng());
  const draws = Array.from({ length: u.runs }, () => toDraw(point()));
  // Saltelli's design: base matrices A and B, and for each input i, A with the columns of i from B.
  let sobol: Analysis['sobol'];
  if (u.sobol > 0 && factors.length) {
    const N = u.sobol;
    const A = Array.from({ length: N }, point);
    const B = Array.from({ length: N }, point);
    const columnsOf = (f: Factor): number[] => {
      switch (f) {
        case 'weights':
          return [...Array(nWeights).keys()];
        case 'normalisation':
          return [nWeights];
        case 'aggregation':
          return [nWeights + 1];
        case 'imputation':
          return [nWeights + 2];
        default:
          return [nWeights + 3];
      }
    };
    const mixed = factors.flatMap((f) =>
      A.map((a, j) => {
        const x = a.slice();
        for (const c of columnsOf(f)) x[c] = B[j]![c]!;
        return x;
      }),
    );
    sobol = { N, draws: [...A, ...B, ...mixed].map(toDraw) };
  }
  return { job, factors, draws, sobol, nominal, ids: prepared.ids, runs: u.runs, seed: u.seed };
}

function shared(c: Float64Array): Float64Array {
  const s = new Float64Array(new SharedArrayBuffer(c.byteLength));
  s.set(c);
  return s;
}

/** Intervals, mean shift and Sobol indices from the ranks of every draw (as `runDraws` returns them); `quantiles` when
 * already computed. */
export function finishAnalysis(
  a: Analysis,
  ranks: Int32Array,
  sobolRanks?: Int32Array,
  computed?: { quantiles: Int32Array; shifts: Float64Array },
): Uncertainty {
  const E = a.ids.length;
  const R = a.draws.length;
  let done = computed;
  if (!done) {
    done = { quantiles: new Int32Array(3 * E), shifts: new Float64Array(E) };
    rankQuantiles(ranks, E, a.nominal, 0, E, done.quantiles, done.shifts);
  }
  const { quantiles, shifts } = done;
  const intervals = a.ids.map((id, e) => ({
    id,
    median: quantiles[3 * e + 1]!,
    low: quantiles[3 * e]!,
    high: quantiles[3 * e + 2]!,
  }));
  const shift = shifts.reduce((x, y) => x + y, 0);
  let sobol: Uncertainty['sobol'];
  if (a.sobol && sobolRanks)
    sobol = { baseRuns: a.sobol.N, ...sobolIndices(sobolRanks, E, a.sobol.N, a.factors, a.nominal) };
  return { runs: a.runs, seed: a.seed, factors: a.factors, intervals, meanShift: shift / (R * Math.max(1, E)), sobol };
}
