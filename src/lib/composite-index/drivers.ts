import { median as d3median } from 'd3';
import type { Model } from './compute.ts';
import { evaluate } from './evaluate.ts';

export interface Driver {
  id: string;
  kind: 'dimension' | 'indicator';
  value: number;
  median: number;
  /** The entity's score minus its score had this part been at the median: > 0 lifts it, < 0 holds it back. */
  effect: number;
}

const median = (xs: Iterable<number>) => d3median(xs) ?? NaN;

/**
 * What drives an entity's score: for each top-level dimension and each indicator, how much
 * higher (or lower) the score is than it would be with that part at the median of all entities,
 * everything else unchanged. Holds for any aggregation; for a weighted arithmetic mean it is the
 * part's weight × its distance from the median.
 */
export function drivers(
  model: Model,
  dims: readonly Float64Array[],
  columns: readonly Float64Array[],
  entity: number,
): Driver[] {
  const { plan, spec } = model;
  const D = plan.dims.length;
  const root = D - 1;
  const score = dims[root]![entity]!;
  // Re-evaluate only the entity: one-row columns, actual and with one part at the median.
  const row = (cols: readonly Float64Array[]) => cols.map((c) => Float64Array.of(c[entity]!));
  const indexWith = (cols: Float64Array[]) => evaluate(plan, cols, { shift: model.matrix().shift }).at(-1)![0]!;
  const out: Driver[] = [];
  const rootKids = Array.from(plan.children[root]!);
  const rootPlan = {
    ...plan,
    dims: ['index'],
    children: [Int32Array.from(rootKids, (_, c) => c)],
    weights: [plan.weights[root]!],
    methods: [plan.methods[root]!],
  };
  const top = rootKids.map((k) => (k >= 0 ? columns[k]! : dims[-1 - k]!));
  rootKids.forEach((k, c) => {
    const m = median(top[c]!);
    const cols = row(top);
    cols[c] = Float64Array.of(m);
    const without = evaluate(rootPlan, cols, { shift: model.matrix().shift })[0]![0]!;
    out.push({
      id: k >= 0 ? spec.indicators[k]!.id : plan.dims[-1 - k]!,
      kind: k >= 0 ? 'indicator' : 'dimension',
      value: top[c]![entity]!,
      median: m,
      effect: score - without,
    });
  });
  spec.indicators.forEach((ind, k) => {
    if (rootKids.includes(k)) return;
    const m = median(columns[k]!);
    const cols = row(columns);
    cols[k] = Float64Array.of(m);
    out.push({
      id: ind.id,
      kind: 'indicator',
      value: columns[k]![entity]!,
      median: m,
      effect: score - indexWith(cols),
    });
  });
  return out;
}
