import type { Model } from './compute.ts';
import { pearson } from './correlation.ts';

export interface DimensionCoherence {
  dimension: string;
  /** Cronbach's alpha over its children (NaN with fewer than two). */
  alpha: number;
  /** Share of the children's variance on the first principal component (of their correlation matrix). */
  firstComponent: number;
  children: { id: string; kind: 'indicator' | 'dimension'; withDimension: number; withIndex: number }[];
}

/**
 * Statistical coherence of the index, as the JRC audits it: each child's correlation with its
 * dimension and with the index, Cronbach's alpha and the first principal component's share of
 * variance per dimension. Children that correlate negatively with their own dimension work
 * against it.
 */
export function coherence(
  model: Model,
  dims: readonly Float64Array[],
  columns: readonly Float64Array[],
): DimensionCoherence[] {
  const { plan, spec } = model;
  const index = dims.at(-1)!;
  return plan.dims.slice(0, -1).map((id, d) => {
    const kids = Array.from(plan.children[d]!);
    const cols = kids.map((k) => (k >= 0 ? columns[k]! : dims[-1 - k]!));
    return {
      dimension: id,
      alpha: cronbachAlpha(cols),
      firstComponent: firstComponentShare(cols),
      children: kids.map((k, c) => ({
        id: k >= 0 ? spec.indicators[k]!.id : plan.dims[-1 - k]!,
        kind: k >= 0 ? ('indicator' as const) : ('dimension' as const),
        withDimension: pearson(cols[c]!, dims[d]!),
        withIndex: pearson(cols[c]!, index),
      })),
    };
  });
}

/** Cronbach's alpha: k/(k − 1) × (1 − Σ var(xᵢ) / var(Σ xᵢ)), over the rows with every value. */
export function cronbachAlpha(cols: readonly Float64Array[]): number {
  const k = cols.length;
  if (k < 2) return NaN;
  const rows = completeRows(cols);
  if (rows.length < 2) return NaN;
  const variance = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const parts = cols.reduce((s, c) => s + variance(rows.map((e) => c[e]!)), 0);
  const total = variance(rows.map((e) => cols.reduce((s, c) => s + c[e]!, 0)));
  return total > 0 ? (k / (k - 1)) * (1 - parts / total) : NaN;
}

/** Largest eigenvalue of the correlation matrix over k (power iteration; 1 for a single child). */
export function firstComponentShare(cols: readonly Float64Array[]): number {
  const k = cols.length;
  if (k < 2) return 1;
  const rows = completeRows(cols);
  const sub = cols.map((c) => Float64Array.from(rows, (e) => c[e]!));
  const r = sub.map((a) => sub.map((b) => (a === b ? 1 : pearson(a, b) || 0)));
  let v = new Array<number>(k).fill(1 / Math.sqrt(k));
  let lambda = 0;
  for (let iter = 0; iter < 1000; iter++) {
    const w = r.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
    const norm = Math.hypot(...w);
    if (!(norm > 0)) return NaN;
    const next = w.map((x) => x / norm);
    const done = next.every((x, i) => Math.abs(x - v[i]!) < 1e-12);
    v = next;
    lambda = norm;
    if (done) break;
  }
  return lambda / k;
}

function completeRows(cols: readonly Float64Array[]): number[] {
  const n = cols[0]?.length ?? 0;
  const rows: number[] = [];
  for (let e = 0; e < n; e++) if (cols.every((c) => !Number.isNaN(c[e]!))) rows.push(e);
  return rows;
}
