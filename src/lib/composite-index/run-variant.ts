// One Monte Carlo or Sobol run: plain data in, ranks out, so the same code runs in a worker thread.
import { accumulate, complete, effectiveWeights, evaluate, logOf, type Plan } from './evaluate.ts';
import { competitionRanksFast, rankBuffers, roundTo, type RankBuffers } from './rank.ts';
import type { Aggregation } from './spec.ts';

/** The alternatives a run picks from, and the weight spread. */
export interface Choices {
  norms: string[];
  aggs: (Aggregation | undefined)[];
  imps: string[];
  transforms: boolean[];
  spread: number;
}

/** One run's choices, drawn up front: indexes into `Choices` and one factor per weight. */
export interface Draw {
  norm: number;
  agg: number;
  imp: number;
  transforms: number;
  factors: Float64Array;
}

/** Normalised columns of one variant (normalisation × imputation × transforms × aggregation's shift). */
export interface VariantMatrix {
  columns: Float64Array[];
  shift: number;
}

/** Everything a run needs, as structured-cloneable data. */
export interface Job {
  plan: Plan;
  choices: Choices;
  /** By `matrixKey`. */
  matrices: Record<string, VariantMatrix>;
  rankOn: 'score' | 'published';
  decimals: number;
}

export const matrixKey = (job: Pick<Job, 'choices'>, d: Pick<Draw, 'norm' | 'agg' | 'imp' | 'transforms'>) =>
  [
    job.choices.norms[d.norm],
    job.choices.aggs[d.agg] ?? '',
    job.choices.imps[d.imp],
    job.choices.transforms[d.transforms],
  ].join('|');

/**
 * Run every draw and write its ranks to `out` (draw r at [r × E, (r + 1) × E)). Runs whose index is
 * linear in the columns (one arithmetic or one geometric mean at every level, no missing value)
 * are computed together, a block of entities at a time, so that block's columns stay in cache
 * across runs: the same sums in the same order as one run at a time, so the same ranks.
 */
export function runBatch(job: Job, draws: readonly Draw[], out: Int32Array): void {
  const { plan } = job;
  const E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0;
  const { logs, sorted, buffers } = scratchOf(job, E);
  const weights = plan.weights.map((w) => new Float64Array(w.length));
  const uniform = plan.methods.every((x) => x === plan.methods[0]) ? plan.methods[0] : undefined;
  const linear = new Map<
    string,
    { input: Float64Array[]; geometric: boolean; shift: number; runs: number[]; shares: Float64Array[] }
  >();
  draws.forEach((draw, r) => {
    let f = 0;
    for (let d = 0; d < weights.length; d++)
      for (let c = 0; c < weights[d]!.length; c++) weights[d]![c] = plan.weights[d]![c]! * draw.factors[f++]!;
    const key = matrixKey(job, draw);
    const m = job.matrices[key]!;
    const agg = job.choices.aggs[draw.agg];
    const method = agg ?? uniform;
    if ((method === 'arithmetic' || method === 'geometric') && complete(m.columns)) {
      const group = `${key}#${method}`;
      let g = linear.get(group);
      if (!g) {
        let input = m.columns;
        if (method === 'geometric') {
          input = logs.get(key) ?? logOf(m.columns, m.shift);
          logs.set(key, input);
        }
        linear.set(group, (g = { input, geometric: method === 'geometric', shift: m.shift, runs: [], shares: [] }));
      }
      g.runs.push(r);
      g.shares.push(effectiveWeights(plan, weights));
      return;
    }
    const index = evaluate(plan, m.columns, { weights, method: agg, shift: m.shift, indexOnly: true })[0]!;
    rank(job, index, sorted, out.subarray(r * E, (r + 1) * E));
  });
  const chunk = buffers.length;
  const block = 512;
  for (const g of linear.values()) {
    for (let start = 0; start < g.runs.length; start += chunk) {
      const n = Math.min(chunk, g.runs.length - start);
      for (let b = 0; b < E; b += block) {
        const end = Math.min(E, b + block);
        for (let i = 0; i < n; i++) accumulate(g.input, g.shares[start + i]!, buffers[i]!, b, end);
      }
      for (let i = 0; i < n; i++) {
        const index = buffers[i]!;
        if (g.geometric) for (let e = 0; e < E; e++) index[e] = Math.exp(index[e]!) - g.shift;
        const r = g.runs[start + i]!;
        rank(job, index, sorted, out.subarray(r * E, (r + 1) * E));
      }
    }
  }
}

interface Scratch {
  /** ln(x + shift) columns, by matrix key. */
  logs: Map<string, Float64Array[]>;
  sorted: RankBuffers;
  /** Index buffers for runs computed together. */
  buffers: Float64Array[];
}

const scratch = new WeakMap<Job, Scratch>();

/** Buffers and log columns kept for a job across calls (a thread takes many chunks of one job). */
function scratchOf(job: Job, E: number): Scratch {
  let s = scratch.get(job);
  if (!s)
    scratch.set(
      job,
      (s = { logs: new Map(), sorted: rankBuffers(E), buffers: Array.from({ length: 32 }, () => new Float64Array(E)) }),
    );
  return s;
}

function rank(job: Job, index: Float64Array, sorted: RankBuffers, out: Int32Array<ArrayBufferLike>): void {
  if (job.rankOn === 'published') for (let e = 0; e < index.length; e++) index[e] = roundTo(index[e]!, job.decimals);
  competitionRanksFast(index, sorted, out);
}
