import Papa from 'papaparse';
import { neutraliseCell } from '../datasets/export.ts';
import type { RankingResult } from './compute.ts';
import type { Uncertainty } from './uncertainty.ts';

const round = (x: number) => (Number.isNaN(x) ? null : Math.round(x * 100) / 100);

/** The computed table: rank, entity, score, tier, top-level dimension scores, rank interval. */
export function rankingTable(result: RankingResult, uncertainty?: Uncertainty): { columns: string[]; rows: (string | number | null)[][] } {
  const dims = result.topDimensions;
  const interval = new Map(uncertainty?.intervals.map((i) => [i.id, i]) ?? []);
  return {
    columns: ['rank', 'rank_label', 'id', 'label', 'score', 'tier', ...dims, ...(uncertainty ? ['rank_median', 'rank_p5', 'rank_p95'] : [])],
    rows: result.entities.map((e) => [
      e.rank, e.rankLabel, e.id, e.label, round(e.score), e.tier ?? null, ...dims.map((d) => round(e.dimensions[d]!)),
      ...(uncertainty ? [interval.get(e.id)!.median, interval.get(e.id)!.low, interval.get(e.id)!.high] : []),
    ]),
  };
}

/** The computed table as CSV (formula-looking text neutralised). */
export function rankingCsv(result: RankingResult, uncertainty?: Uncertainty): string {
  const t = rankingTable(result, uncertainty);
  return Papa.unparse({ fields: t.columns, data: t.rows.map((r) => r.map(neutraliseCell)) }, { newline: '\n' }) + '\n';
}

/** The computed table as JSON, with the method and status a reader needs to judge it. */
export function rankingJson(result: RankingResult, uncertainty?: Uncertainty): string {
  const t = rankingTable(result, uncertainty);
  return JSON.stringify({ id: result.spec.id, title: result.spec.title, status: result.spec.status, dataset: result.spec.dataset, method: { normalisation: result.spec.normalisation, aggregation: result.spec.aggregation, missing: result.spec.missing }, excluded: result.excluded, warnings: result.warnings, rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]]))) }, null, 2) + '\n';
}
