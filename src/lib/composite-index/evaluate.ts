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
  /** How each dimension combines its children. */
  methods: Aggregation[];
  /** Indicator ids in column order. */
  indicators: string[];
}

/** Compile the tree; indicator columns are numbered in the order of `indicatorIds`. */
export function compile(
  root: Node,
  indicatorIds: readonly string[],
  methodOf: (node: Node) => Aggregation = () => 'arithmetic',
): Plan {
  const dims: string[] = [];
  const children: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const methods: Aggregation[] = [];
  const visit = (node: Node): number => {
    const kids = node.children.map((c) => (c.indicator ? indicatorIds.indexOf(c.indicator.id) : -1 - visit(c)));
    dims.push(node.id);
    children.push(Int32Array.from(kids));
    weights.push(Float64Array.from(node.children, (c) => c.weight));
    methods.push(methodOf(node));
    return dims.length - 1;
  };
  visit(root);
  return { dims, children, weights, methods, indicators: [...indicatorIds] };
}

export interface EvaluateOptions {
  /** Replaces the plan's weights (Monte Carlo, computed weights). */
  weights?: readonly Float64Array[];
  /** One method for every level instead of the plan's (Monte Carlo). */
  method?: Aggregation | undefined;
  /** Added before a geometric or harmonic mean and taken off after. */
  shift?: number;
  /** Compute only what the index needs and keep only the index. */
  indexOnly?: boolean;
  /** Called once per dimension whose geometric or harmonic mean meets a value ≤ 0 after the shift. */
  onInvalid?: (dim: number, child: number, entity: number, value: number) => void;
  /** Called with each dimension's children's columns before it is combined, to choose its weights. */
  weigh?: (dim: number, columns: Float64Array[]) => Float64Array | undefined;
}

/**
 * Score every entity at every level. `columns` are normalised indicator columns. Returns
 * dimension scores, one array per dimension (post-order, the index last). A missing value
 * (NaN) is left out and its siblings re-weighted; a dimension with no value is NaN.
 */
export function evaluate(plan: Plan, columns: readonly Float64Array[], options: EvaluateOptions = {}): Float64Array[] {
  const E = columns[0]?.length ?? 0;
  const D = plan.dims.length;
  const shift = options.shift ?? 0;
  const out: Float64Array[] = new Array(D);
  const wsum = new Float64Array(E);
  const weights = options.weights ? [...options.weights] : [...plan.weights];
  for (let d = 0; d < D; d++) {
    const kids = plan.children[d]!;
    const cols = Array.from(kids, (k) => (k >= 0 ? columns[k]! : out[-1 - k]!));
    const chosen = options.weigh?.(d, cols);
    if (chosen) weights[d] = chosen;
    const w = weights[d]!;
    const method = options.method ?? plan.methods[d]!;
    const acc = new Float64Array(E);
    wsum.fill(0);
    let reported = false;
    const invalid = (c: number, e: number, v: number) => {
      if (!reported) options.onInvalid?.(d, c, e, v);
      reported = true;
    };
    if (method === 'minimum') {
      acc.fill(NaN);
      for (let c = 0; c < cols.length; c++) {
        if (!(w[c]! > 0)) continue;
        const col = cols[c]!;
        for (let e = 0; e < E; e++) {
          const v = col[e]!;
          if (!Number.isNaN(v) && !(acc[e]! <= v)) acc[e] = v;
        }
      }
    } else {
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c]!;
        const wc = w[c]!;
        for (let e = 0; e < E; e++) {
          const v = col[e]!;
          if (Number.isNaN(v)) continue; // missing: re-weight the rest
          let term: number;
          if (method === 'arithmetic') term = v;
          else if (v + shift > 0) term = method === 'geometric' ? Math.log(v + shift) : 1 / (v + shift);
          else {
            invalid(c, e, v);
            term = NaN;
          }
          wsum[e] = wsum[e]! + wc;
          acc[e] = acc[e]! + wc * term;
        }
      }
      for (let e = 0; e < E; e++) {
        const m = wsum[e] === 0 ? NaN : acc[e]! / wsum[e]!;
        acc[e] = method === 'arithmetic' ? m : method === 'geometric' ? Math.exp(m) - shift : 1 / m - shift;
      }
    }
    out[d] = acc;
    if (options.indexOnly) for (const k of kids) if (k < 0) out[-1 - k] = undefined!;
  }
  return options.indexOnly ? [out[D - 1]!] : out;
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
export function complete(columns: readonly Float64Array[]): boolean {
  let known = completeness.get(columns);
  if (known === undefined) {
    known = true;
    outer: for (const col of columns)
      for (let i = 0; i < col.length; i++)
        if (Number.isNaN(col[i])) {
          known = false;
          break outer;
        }
    completeness.set(columns, known);
  }
  return known;
}

/**
 * Each indicator's share of the index: the product, down its path, of its weight over the
 * sum of its siblings' weights. With no missing values and one arithmetic (or one geometric)
 * mean at every level, the index is linear in these (in the log domain for a geometric mean),
 * so one pass over the columns computes it.
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
export function linearIndex(
  input: readonly Float64Array[],
  shares: Float64Array,
  geometric: boolean,
  shift: number,
  out: Float64Array,
): Float64Array {
  accumulate(input, shares, out, 0, out.length);
  if (geometric) for (let e = 0; e < out.length; e++) out[e] = Math.exp(out[e]!) - shift;
  return out;
}

/**
 * Σ share × column over entities [from, to), four columns per pass (a quarter of the reads and
 * writes of `out`). Monte Carlo runs call it a block of entities at a time; the sums are the same.
 */
export function accumulate(
  input: readonly Float64Array[],
  shares: Float64Array,
  out: Float64Array,
  from: number,
  to: number,
): void {
  out.fill(0, from, to);
  let i = 0;
  const K = input.length;
  const used: number[] = [];
  for (let k = 0; k < K; k++) if (shares[k] !== 0) used.push(k);
  for (; i + 3 < used.length; i += 4) {
    const [a, b, c, d] = [used[i]!, used[i + 1]!, used[i + 2]!, used[i + 3]!];
    const ca = input[a]!,
      cb = input[b]!,
      cc = input[c]!,
      cd = input[d]!;
    const sa = shares[a]!,
      sb = shares[b]!,
      sc = shares[c]!,
      sd = shares[d]!;
    for (let e = from; e < to; e++) out[e] = out[e]! + sa * ca[e]! + sb * cb[e]! + sc * cc[e]! + sd * cd[e]!;
  }
  for (; i < used.length; i++) {
    const col = input[used[i]!]!;
    const s = shares[used[i]!]!;
    for (let e = from; e < to; e++) out[e] = out[e]! + s * col[e]!;
  }
}
