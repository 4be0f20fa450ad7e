import type { Row } from '../data/row.ts';
import type { Indicator } from './spec.ts';

export interface Prepared {
  ids: string[];
  labels: string[];
  /** One column of raw values per indicator (NaN where missing after imputation 'none'). */
  columns: Float64Array[];
  /** imputed[k][e]: the value of indicator k for entity e was imputed. */
  imputed: Uint8Array[];
  excluded: { id: string; label: string; coverage: number; reason: string }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Missing data: entities whose share of indicators with a value is below `minCoverage` are
 * left out (with the reason); the remaining gaps are imputed by the indicator's mean or median
 * over the entities kept, or left empty (`none`: the entity's other indicators are re-weighted).
 */
export function prepare(rows: readonly Row[], entity: { id: string; label: string }, indicators: readonly Indicator[], minCoverage: number, impute: 'mean' | 'median' | 'none'): Prepared {
  const K = indicators.length;
  const kept: Row[] = [];
  const excluded: Prepared['excluded'] = [];
  for (const r of rows) {
    let have = 0;
    for (const ind of indicators) if (typeof r[ind.column] === 'number') have++;
    const coverage = have / K;
    if (coverage + 1e-12 < minCoverage) {
      excluded.push({ id: String(r[entity.id]), label: String(r[entity.label]), coverage, reason: `${have} of ${K} indicators have a value (${Math.round(coverage * 100)}%), below the minimum coverage of ${Math.round(minCoverage * 100)}%` });
    } else kept.push(r);
  }
  const columns = indicators.map((ind) => Float64Array.from(kept, (r) => (typeof r[ind.column] === 'number' ? (r[ind.column] as number) : NaN)));
  const imputed = columns.map((col) => {
    const mask = new Uint8Array(col.length);
    if (impute === 'none') return mask;
    const known = Array.from(col).filter((v) => !Number.isNaN(v));
    if (!known.length) return mask;
    const fill = impute === 'mean' ? known.reduce((a, b) => a + b, 0) / known.length : median(known);
    for (let e = 0; e < col.length; e++) if (Number.isNaN(col[e]!)) { col[e] = fill; mask[e] = 1; }
    return mask;
  });
  return { ids: kept.map((r) => String(r[entity.id])), labels: kept.map((r) => String(r[entity.label])), columns, imputed, excluded };
}
