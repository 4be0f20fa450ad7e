// Ranking again under a reader's weights, in the browser, with the engine's own evaluation: the published
// normalised values and the hierarchy go to the page as one payload; nothing else is recomputed.
import { evaluate, type Plan } from './evaluate.ts';
import { competitionRanks, roundTo } from './rank.ts';
import type { Aggregation } from './spec.ts';

/** What a ranking page ships for its explorer (JSON: a missing value is null). */
export interface ExplorePayload {
  /** Entity ids in the order of `columns`. */
  ids: string[];
  dims: string[];
  /** Each dimension's children: ≥ 0 an indicator column, < 0 a dimension (−1 − d); post-order, the index last. */
  children: number[][];
  methods: Aggregation[];
  indicators: string[];
  /** The published weights of each dimension's children, as shares of the level. */
  weights: number[][];
  /** Normalised indicator values, one column per indicator. */
  columns: (number | null)[][];
  shift: number;
  decimals: number;
  rankOn: 'score' | 'published';
  /** A weight may be set from `bounds[0]` to `bounds[1]` times its published value. */
  bounds: [number, number];
}

/** The payload as the evaluation reads it: typed arrays, NaN for a missing value. */
export interface Explorer {
  payload: ExplorePayload;
  plan: Plan;
  columns: Float64Array[];
  published: Float64Array[];
}

export function explorer(payload: ExplorePayload): Explorer {
  const published = payload.weights.map((w) => Float64Array.from(w));
  return {
    payload,
    plan: {
      dims: payload.dims,
      children: payload.children.map((c) => Int32Array.from(c)),
      weights: published,
      methods: payload.methods,
      indicators: payload.indicators,
    },
    columns: payload.columns.map((c) => Float64Array.from(c, (v) => (v === null ? NaN : v))),
    published,
  };
}

/** Scores, published (rounded) scores and ranks of every entity, in payload order, under `weights`. */
export function reweigh(
  x: Explorer,
  weights: readonly Float64Array[] = x.published,
): { index: Float64Array; published: Float64Array; ranks: Int32Array } {
  const [index] = evaluate(x.plan, x.columns, { weights, shift: x.payload.shift, indexOnly: true });
  const published = index!.map((v) => roundTo(v, x.payload.decimals));
  const ranks = competitionRanks(x.payload.rankOn === 'published' ? published : index!);
  return { index: index!, published, ranks };
}

/** The id of each child of dimension `d` (an indicator's or a dimension's). */
export function childIds(x: Pick<Explorer, 'plan'>, d: number): string[] {
  return Array.from(x.plan.children[d]!, (k) => (k >= 0 ? x.plan.indicators[k]! : x.plan.dims[-1 - k]!));
}

/** `?w=health:2,le:1.5`: the weights that differ from the published ones, each as a multiple of it. */
export function writeWeights(x: Explorer, weights: readonly Float64Array[]): string {
  const parts: string[] = [];
  weights.forEach((w, d) =>
    childIds(x, d).forEach((id, c) => {
      const factor = w[c]! / x.published[d]![c]!;
      if (Math.abs(factor - 1) > 1e-9) parts.push(`${id}:${Number(factor.toFixed(3))}`);
    }),
  );
  return parts.join(',');
}

/** The weights a `?w=` value sets, each factor held to the bounds; unknown ids and bad numbers are left out. */
export function readWeights(x: Explorer, text: string): Float64Array[] {
  const factors = new Map<string, number>();
  for (const part of text.split(',')) {
    const [id, value] = part.split(':');
    const f = Number(value);
    if (id && value && Number.isFinite(f)) factors.set(id, f);
  }
  const [lo, hi] = x.payload.bounds;
  return x.published.map((w, d) => {
    const ids = childIds(x, d);
    return w.map((p, c) => p * Math.min(hi, Math.max(lo, factors.get(ids[c]!) ?? 1)));
  });
}
