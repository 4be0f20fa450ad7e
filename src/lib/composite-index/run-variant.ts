// One Monte Carlo or Sobol run: plain data in, ranks out, so the same code runs in a worker thread.
import { complete, effectiveWeights, evaluate, linearIndex, logOf, type Plan } from './evaluate.ts';
import { competitionRanksFast, roundTo } from './rank.ts';
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
  `${job.choices.norms[d.norm]}|${job.choices.aggs[d.agg] ?? ''}|${job.choices.imps[d.imp]}|${job.choices.transforms[d.transforms]}`;

/** A runner over one job: reuses buffers and log columns between runs. */
export function runner(job: Job): (draw: Draw, out?: Int32Array<ArrayBuffer>) => Int32Array {
  const { plan } = job;
  const E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0;
  const logs = new Map<string, Float64Array[]>();
  const sorted = new Float64Array(E);
  const buffer = new Float64Array(E);
  const weights = plan.weights.map((w) => new Float64Array(w.length));
  return (draw, out = new Int32Array(E)) => {
    let f = 0;
    for (let d = 0; d < weights.length; d++) for (let c = 0; c < weights[d]!.length; c++) weights[d]![c] = plan.weights[d]![c]! * draw.factors[f++]!;
    const key = matrixKey(job, draw);
    const m = job.matrices[key]!;
    const agg = job.choices.aggs[draw.agg];
    const method = agg ?? (plan.methods.every((x) => x === plan.methods[0]) ? plan.methods[0] : undefined);
    let index: Float64Array;
    if ((method === 'arithmetic' || method === 'geometric') && complete(m.columns)) {
      let input = m.columns;
      if (method === 'geometric') {
        input = logs.get(key) ?? logOf(m.columns, m.shift);
        logs.set(key, input);
      }
      index = linearIndex(input, effectiveWeights(plan, weights), method === 'geometric', m.shift, buffer);
    } else {
      index = evaluate(plan, m.columns, { weights, method: agg, shift: m.shift, indexOnly: true })[0]!;
    }
    if (job.rankOn === 'published') for (let e = 0; e < E; e++) index[e] = roundTo(index[e]!, job.decimals);
    return competitionRanksFast(index, sorted, out);
  };
}
