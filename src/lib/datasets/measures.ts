import type { Cell, Row } from './row.ts';

/** What a number in prose computes from a dataset. */
export type MeasureKind = 'count' | 'sum' | 'value' | 'share' | 'rank' | 'max' | 'min' | 'top';
export const measureKinds: readonly MeasureKind[] = ['count', 'sum', 'value', 'share', 'rank', 'max', 'min', 'top'];

export interface MeasureSpec {
  measure: MeasureKind;
  /** Numeric column the measure reads (not needed for count). */
  column?: string;
  /** Keep only rows where each `column=value` holds (`a=1;b=2`). */
  where?: Record<string, string>;
  /** Sum `column` per value of this column first (e.g. region), then measure the groups. */
  groupBy?: string;
  /** Column naming a row (for max, min, top, rank). */
  label?: string;
  /** How many for top. */
  n?: number;
  /** Denominator of a share, when it is not the sum of `column` over all rows. */
  total?: number;
}

export interface MeasureResult {
  /** The number, or the labels for top / the label for max and min. */
  value: number;
  labels: string[];
}

const num = (c: Cell): number | null => (typeof c === 'number' && Number.isFinite(c) ? c : null);

function filter(rows: readonly Row[], where: Record<string, string> | undefined): Row[] {
  if (!where) return [...rows];
  const entries = Object.entries(where);
  return rows.filter((r) => entries.every(([k, v]) => String(r[k] ?? '') === v));
}

/** Sum `column` per value of `groupBy`: one row per group, labelled by the group. */
function grouped(rows: readonly Row[], groupBy: string, column: string): Row[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = String(r[groupBy] ?? '');
    sums.set(key, (sums.get(key) ?? 0) + (num(r[column] ?? null) ?? 0));
  }
  return [...sums].map(([k, v]) => ({ [groupBy]: k, [column]: v }));
}

/** Compute a measure over typed rows. Ties in max/min/top keep every tied label. */
export function computeMeasure(rows: readonly Row[], spec: MeasureSpec): MeasureResult {
  const column = spec.column ?? '';
  let subset = filter(rows, spec.where);
  let label = spec.label;
  if (spec.groupBy) {
    subset = grouped(subset, spec.groupBy, column);
    label = spec.groupBy;
  }
  const values = subset.map((r) => num(r[column] ?? null));
  const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const labelOf = (r: Row) => String(r[label ?? ''] ?? '');
  switch (spec.measure) {
    case 'count':
      return { value: subset.length, labels: [] };
    case 'sum':
      return { value: sum, labels: [] };
    case 'value': {
      if (subset.length !== 1) throw new Error(`expected exactly one row to match; ${subset.length} do`);
      const v = values[0];
      if (v === null || v === undefined) throw new Error(`the matching row has no value in "${column}"`);
      return { value: v, labels: [] };
    }
    case 'share': {
      const whole = spec.total ?? filter(rows, undefined).reduce((a, r) => a + (num(r[column] ?? null) ?? 0), 0);
      if (!whole) throw new Error('the total is 0');
      return { value: (sum / whole) * 100, labels: [] };
    }
    case 'max':
    case 'min': {
      const known = subset.filter((_, i) => values[i] !== null);
      if (!known.length) throw new Error(`no row has a value in "${column}"`);
      const pick = spec.measure === 'max' ? Math.max : Math.min;
      const best = pick(...known.map((r) => num(r[column] ?? null)!));
      return { value: best, labels: known.filter((r) => num(r[column] ?? null) === best).map(labelOf) };
    }
    case 'top': {
      const n = spec.n ?? 3;
      const sorted = subset
        .filter((r) => num(r[column] ?? null) !== null)
        .sort((a, b) => num(b[column] ?? null)! - num(a[column] ?? null)!);
      const cut = num(sorted[n - 1]?.[column] ?? null);
      const top = sorted.filter((r, i) => i < n || num(r[column] ?? null) === cut);
      return { value: top.length, labels: top.map(labelOf) };
    }
    case 'rank': {
      // Standard competition ranking of the row matching `where` among all rows: 1, 2, 2, 4.
      const all = spec.groupBy ? grouped(rows, spec.groupBy, column) : rows;
      const target = subset[0];
      if (subset.length !== 1 || !target) throw new Error(`expected exactly one row to match; ${subset.length} do`);
      const v = num(target[column] ?? null);
      if (v === null) throw new Error(`the matching row has no value in "${column}"`);
      return {
        value: 1 + all.filter((r) => (num(r[column] ?? null) ?? -Infinity) > v).length,
        labels: [labelOf(target)],
      };
    }
  }
}
