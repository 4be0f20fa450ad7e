import { randomLcg, randomUniform } from 'd3';
import type { Compiled } from './compute.ts';
import { indicatorMethods, normaliseAll } from './compute.ts';
import { complete, effectiveWeights, evaluate, geometricShift, linearIndex, logOf } from './evaluate.ts';
import { competitionRanksFast } from './rank.ts';
import type { Aggregation, Normalisation, RankingSpec } from './spec.ts';

export interface RankInterval {
  id: string;
  median: number;
  /** 5th and 95th percentile of the entity's rank over all runs. */
  low: number;
  high: number;
}

export interface Uncertainty {
  runs: number;
  seed: number;
  intervals: RankInterval[];
  /** Mean absolute rank shift from the nominal ranking when only that choice varies. */
  sensitivity: { factor: 'weights' | 'normalisation' | 'aggregation'; meanShift: number }[];
}

type Factor = Uncertainty['sensitivity'][number]['factor'];

/**
 * Monte Carlo over the choices a ranking rests on: every weight multiplied by U(1 − s, 1 + s),
 * the normalisation and the aggregation drawn from the declared alternatives. Seeded, so the
 * same spec and data give the same intervals in every build.
 */
export function simulate(spec: RankingSpec, compiled: Compiled, nominalRanks: Int32Array): Uncertainty | undefined {
  const u = spec.uncertainty;
  if (!u) return undefined;
  const norms: Normalisation[] = u.normalisation ?? [spec.normalisation];
  const aggs: Aggregation[] = u.aggregation ?? [spec.aggregation];
  const { plan, prepared } = compiled;
  const E = prepared.ids.length;
  // Normalise once per method; runs only pick a matrix.
  const matrices = new Map(norms.map((m) => [m, normaliseAll(spec, prepared, indicatorMethods(spec, m)).columns]));
  const shifts = new Map(norms.map((m) => [m, geometricShift(matrices.get(m)!)]));
  const logs = new Map(norms.map((m) => [m, logOf(matrices.get(m)!, shifts.get(m)!)]));
  const nominalColumns = normaliseAll(spec, prepared, indicatorMethods(spec)).columns;
  const nominalShift = geometricShift(nominalColumns);
  const nominalLogs = aggs.includes('geometric') ? logOf(nominalColumns, nominalShift) : undefined;

  const run = (vary: ReadonlySet<Factor>, runs: number, seed: number, keep?: Int32Array[]): number => {
    const rng = randomLcg(seed);
    const factor = randomUniform.source(rng)(1 - u.weights.spread, 1 + u.weights.spread);
    const pick = <T,>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(rng() * xs.length))]!;
    let shiftSum = 0;
    const sorted = new Float64Array(E);
    const buffer = new Float64Array(E);
    for (let r = 0; r < runs; r++) {
      const weights = vary.has('weights') ? plan.weights.map((ws) => ws.map((w) => w * factor())) : plan.weights;
      const norm = vary.has('normalisation') ? pick(norms) : undefined;
      const agg = vary.has('aggregation') ? pick(aggs) : spec.aggregation;
      const columns = norm ? matrices.get(norm)! : nominalColumns;
      const shift = agg === 'geometric' ? (norm ? shifts.get(norm)! : nominalShift) : 0;
      const input = agg === 'geometric' ? (norm ? logs.get(norm)! : nominalLogs!) : columns;
      const index = complete(input) ? linearIndex(input, effectiveWeights(plan, weights), agg === 'geometric', shift, buffer) : evaluate(plan, columns, agg, weights, shift, input === columns ? undefined : input, true).at(-1)!;
      const ranks = competitionRanksFast(index, sorted);
      if (keep) keep.push(ranks);
      for (let e = 0; e < E; e++) shiftSum += Math.abs(ranks[e]! - nominalRanks[e]!);
    }
    return shiftSum / (runs * Math.max(1, E));
  };

  const all: Int32Array[] = [];
  run(new Set<Factor>(['weights', 'normalisation', 'aggregation']), u.runs, u.seed, all);
  const column = new Int32Array(u.runs);
  const intervals = prepared.ids.map((id, e) => {
    for (let r = 0; r < u.runs; r++) column[r] = all[r]![e]!;
    column.sort();
    const q = (p: number) => column[Math.min(u.runs - 1, Math.max(0, Math.round(p * (u.runs - 1))))]!;
    return { id, median: q(0.5), low: q(0.05), high: q(0.95) };
  });
  const sensitivityRuns = Math.min(u.runs, 100);
  const sensitivity = (['weights', 'normalisation', 'aggregation'] as const).map((factor, i) => ({ factor, meanShift: run(new Set([factor]), sensitivityRuns, u.seed + 1 + i) }));
  return { runs: u.runs, seed: u.seed, intervals, sensitivity };
}
