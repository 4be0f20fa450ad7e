import type { Row } from '../datasets/row.ts';
import type { Imputation, Indicator } from './spec.ts';

export interface Excluded {
  id: string;
  label: string;
  /** Indicators with a value, out of all. */
  have: number;
  of: number;
  coverage: number;
}

export interface Prepared {
  ids: string[];
  labels: string[];
  /** Index in the dataset's rows of each entity kept (its CSV line is row + 2). */
  rows: number[];
  /** One column of raw values per indicator, NaN where missing. */
  columns: Float64Array[];
  excluded: Excluded[];
  /** The coverage actually required (the spec's, or its default). */
  minCoverage: number;
}

/**
 * Missing data, first step: entities whose share of indicators with a value is below
 * `minCoverage` are left out (with their coverage, so a page can say why).
 */
export function prepare(
  rows: readonly Row[],
  entity: { id: string; label: string },
  indicators: readonly Indicator[],
  minCoverage: number,
): Prepared {
  const K = indicators.length;
  const kept: number[] = [];
  const excluded: Excluded[] = [];
  rows.forEach((r, i) => {
    let have = 0;
    for (const ind of indicators) if (typeof r[ind.column] === 'number' && Number.isFinite(r[ind.column])) have++;
    const coverage = have / K;
    if (coverage + 1e-12 < minCoverage)
      excluded.push({ id: String(r[entity.id]), label: String(r[entity.label]), have, of: K, coverage });
    else kept.push(i);
  });
  // Row by row, every column at once: one pass over the rows' objects.
  const keys = indicators.map((ind) => ind.column);
  const columns = keys.map(() => new Float64Array(kept.length));
  for (let e = 0; e < kept.length; e++) {
    const r = rows[kept[e]!]!;
    for (let k = 0; k < K; k++) {
      const v = r[keys[k]!];
      columns[k]![e] = typeof v === 'number' && Number.isFinite(v) ? v : NaN;
    }
  }
  return {
    ids: kept.map((i) => String(rows[i]![entity.id])),
    labels: kept.map((i) => String(rows[i]![entity.label])),
    rows: kept,
    columns,
    excluded,
    minCoverage,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Second step: the remaining gaps filled with the indicator's mean or median over the entities
 * kept, or left empty (`none`: the entity's other indicators are re-weighted). Returns new columns.
 */
export function impute(
  columns: readonly Float64Array[],
  method: Imputation,
): { columns: Float64Array[]; imputed: Uint8Array[] } {
  const out = columns.map((c) => c.slice());
  const imputed = out.map((col) => {
    const mask = new Uint8Array(col.length);
    if (method === 'none') return mask;
    let missing = 0;
    for (let e = 0; e < col.length; e++) if (Number.isNaN(col[e])) missing++;
    if (missing === 0 || missing === col.length) return mask;
    let fill: number;
    if (method === 'mean') {
      // A running mean: a plain sum of values near 1e308 overflows.
      let m = 0;
      let n = 0;
      for (let e = 0; e < col.length; e++) {
        const v = col[e]!;
        if (!Number.isNaN(v)) m += (v - m) / ++n;
      }
      fill = m;
    } else fill = median(Array.from(col).filter((v) => !Number.isNaN(v)));
    for (let e = 0; e < col.length; e++)
      if (Number.isNaN(col[e]!)) {
        col[e] = fill;
        mask[e] = 1;
      }
    return mask;
  });
  return { columns: out, imputed };
}
