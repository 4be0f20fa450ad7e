import type { Node } from './hierarchy.ts';
import type { Aggregation } from './spec.ts';

/** The hierarchy compiled to flat arrays, evaluated bottom-up for every entity. */
export interface Plan {
  /** Dimension ids in post-order (children before parents); the index is last. */
  dims: string[];
  /** For each dimension: its children as indexes, ≥ 0 an indicator column, < 0 a dimension (−1 − d). */
  children: Int32Array[];
  /** Declared weights of each dimension's children. */
  weights: Float64Array[];
  /** Indicator ids in column order. */
  indicators: string[];
}

/** Compile the tree; indicator columns are numbered in the order of `indicatorIds`. */
export function compile(root: Node, indicatorIds: readonly string[]): Plan {
  const dims: string[] = [];
  const children: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const visit = (node: Node): number => {
    const kids = node.children.map((c) => (c.indicator ? indicatorIds.indexOf(c.indicator.id) : -1 - visit(c)));
    dims.push(node.id);
    children.push(Int32Array.from(kids));
    weights.push(Float64Array.from(node.children, (c) => c.weight));
    return dims.length - 1;
  };
  visit(root);
  return { dims, children, weights, indicators: [...indicatorIds] };
}

/**
 * Score every entity at every level. `columns` are normalised indicator columns; `weights`
 * may replace the plan's (Monte Carlo). Returns dimension scores, one array per dimension.
 * Works a whole column at a time (contiguous arrays). A weighted geometric mean is a weighted
 * arithmetic mean of logs, and the log of a geometric mean is that mean, so the geometric case
 * runs in the log domain throughout (pass `logColumns` = ln(x + shift) to reuse them) and
 * converts back once at the end: exp(·) − shift.
 */
export function evaluate(
  plan: Plan,
  columns: readonly Float64Array[],
  method: Aggregation,
  weights: readonly Float64Array[] = plan.weights,
  shift = 0,
  logColumns?: readonly Float64Array[],
  indexOnly = false,
): Float64Array[] {
  const E = columns[0]?.length ?? 0;
  const D = plan.dims.length;
  const geo = method === 'geometric';
  const input = geo ? (logColumns ?? logOf(columns, shift)) : columns;
  const out: Float64Array[] = new Array(D);
  // With no missing value anywhere (the usual case after imputation) every entity has the same
  // weight sum, and the inner loop needs no NaN test: about twice as fast.
  const complete = isComplete(input);
  const wsum = new Float64Array(E);
  for (let d = 0; d < D; d++) {
    const kids = plan.children[d]!;
    const w = weights[d]!;
    const acc = new Float64Array(E);
    if (complete) {
      let total = 0;
      for (let c = 0; c < kids.length; c++) {
        const k = kids[c]!;
        const col = k >= 0 ? input[k]! : out[-1 - k]!;
        const wc = w[c]!;
        total += wc;
        for (let e = 0; e < E; e++) acc[e] = acc[e]! + wc * col[e]!;
      }
      for (let e = 0; e < E; e++) acc[e] = acc[e]! / total;
      out[d] = acc;
      continue;
    }
    wsum.fill(0);
    for (let c = 0; c < kids.length; c++) {
      const k = kids[c]!;
      const col = k >= 0 ? input[k]! : out[-1 - k]!;
      const wc = w[c]!;
      for (let e = 0; e < E; e++) {
        const v = col[e]!;
        if (v !== v) continue; // NaN: missing, re-weight the rest
        wsum[e] = wsum[e]! + wc;
        acc[e] = acc[e]! + wc * v;
      }
    }
    for (let e = 0; e < E; e++) acc[e] = wsum[e] === 0 ? NaN : acc[e]! / wsum[e]!;
    out[d] = acc;
  }
  if (geo) for (let d = indexOnly ? D - 1 : 0; d < D; d++) for (let e = 0, o = out[d]!; e < E; e++) o[e] = Math.exp(o[e]!) - shift;
  return out;
}

/** ln(x + shift) of every value (NaN stays NaN). */
export function logOf(columns: readonly Float64Array[], shift: number): Float64Array[] {
  return columns.map((c) => c.map((v) => Math.log(v + shift)));
}

/** The shift that makes every value ≥ 1 for a geometric mean (0 when none is below 1). */
export function geometricShift(columns: readonly Float64Array[]): number {
  let min = Infinity;
  for (const col of columns) for (let i = 0; i < col.length; i++) if (col[i]! < min) min = col[i]!;
  return min < 1 ? 1 - min : 0;
}

const completeness = new WeakMap<readonly Float64Array[], boolean>();

/** Whether no column has a missing value; remembered per set of columns. */
function isComplete(columns: readonly Float64Array[]): boolean {
  let known = completeness.get(columns);
  if (known === undefined) {
    known = true;
    outer: for (const col of columns) for (let i = 0; i < col.length; i++) if (col[i] !== col[i]) { known = false; break outer; }
    completeness.set(columns, known);
  }
  return known;
}

/**
 * Each indicator's share of the index: the product, down its path, of its weight over the
 * sum of its siblings' weights. With no missing values the index is linear in these (in the
 * log domain for a geometric mean), so one pass over the columns computes it.
 */
export function effectiveWeights(plan: Plan, weights: readonly Float64Array[] = plan.weights): Float64Array {
  const out = new Float64Array(plan.indicators.length);
  const visit = (d: number, share: number) => {
    const kids = plan.children[d]!;
    const w = weights[d]!;
    let total = 0;
    for (let c = 0; c < kids.length; c++) total += w[c]!;
    for (let c = 0; c < kids.length; c++) {
      const k = kids[c]!;
      const s = (share * w[c]!) / total;
      if (k >= 0) out[k]! += s;
      else visit(-1 - k, s);
    }
  };
  visit(plan.dims.length - 1, 1);
  return out;
}

/**
 * The index alone, for inputs with no missing value: Σ share × column (then exp(·) − shift
 * for a geometric mean, with `input` = ln(x + shift)). Writes into `out`.
 */
export function linearIndex(input: readonly Float64Array[], shares: Float64Array, geometric: boolean, shift: number, out: Float64Array): Float64Array {
  out.fill(0);
  const E = out.length;
  const used = [...input.keys()].filter((k) => shares[k] !== 0);
  let i = 0;
  // Four columns per pass: a quarter of the reads and writes of `out`.
  for (; i + 3 < used.length; i += 4) {
    const [a, b, c, d] = [used[i]!, used[i + 1]!, used[i + 2]!, used[i + 3]!];
    const ca = input[a]!, cb = input[b]!, cc = input[c]!, cd = input[d]!;
    const sa = shares[a]!, sb = shares[b]!, sc = shares[c]!, sd = shares[d]!;
    for (let e = 0; e < E; e++) out[e] = out[e]! + sa * ca[e]! + sb * cb[e]! + sc * cc[e]! + sd * cd[e]!;
  }
  for (; i < used.length; i++) {
    const col = input[used[i]!]!;
    const s = shares[used[i]!]!;
    for (let e = 0; e < E; e++) out[e] = out[e]! + s * col[e]!;
  }
  if (geometric) for (let e = 0; e < E; e++) out[e] = Math.exp(out[e]!) - shift;
  return out;
}

/** Whether a set of columns has no missing value (remembered per set). */
export function complete(columns: readonly Float64Array[]): boolean {
  return isComplete(columns);
}
