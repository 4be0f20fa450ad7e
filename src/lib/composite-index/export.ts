import { csvText } from '../datasets/export.ts';
import type { RankingResult } from './compute.ts';
import type { Uncertainty } from './uncertainty.ts';

const number = (x: number) => (Number.isNaN(x) ? null : x);

/** The computed table: rank (a number) and whether it is shared, entity, published and full score, tier, top-level
 * dimensions, rank interval. */
export function rankingTable(
  result: RankingResult,
  uncertainty?: Uncertainty,
): { columns: string[]; rows: (string | number | boolean | null)[][] } {
  const dims = result.topDimensions;
  const interval = new Map(uncertainty?.intervals.map((i) => [i.id, i]) ?? []);
  return {
    columns: [
      'rank',
      'tied',
      'id',
      'label',
      'score',
      'score_full',
      'tier',
      ...dims,
      ...(uncertainty ? ['rank_median', 'rank_p5', 'rank_p95'] : []),
    ],
    rows: result.entities.map((e) => [
      e.rank,
      e.tied,
      e.id,
      e.label,
      number(e.published),
      number(e.score),
      e.tier ?? null,
      ...dims.map((d) => number(e.dimensions[d]!)),
      ...(uncertainty ? [interval.get(e.id)!.median, interval.get(e.id)!.low, interval.get(e.id)!.high] : []),
    ]),
  };
}

/** The computed table as a CSV download (see `csvText`). */
export function rankingCsv(result: RankingResult, uncertainty?: Uncertainty): string {
  const t = rankingTable(result, uncertainty);
  return csvText(t.columns, t.rows);
}

/** The computed table as JSON, with the method and status a reader needs to judge it. */
export function rankingJson(result: RankingResult, uncertainty?: Uncertainty): string {
  const t = rankingTable(result, uncertainty);
  const { spec } = result;
  return (
    JSON.stringify(
      {
        id: spec.id,
        title: spec.title,
        status: spec.status,
        dataset: spec.dataset,
        method: {
          normalisation: spec.normalisation,
          scale: spec.scale,
          aggregation: spec.aggregation,
          shift: result.shift,
          weighting: result.weights,
          decimals: spec.decimals,
          rankOn: spec.rankOn,
          missing: spec.missing,
        },
        excluded: result.excluded,
        notes: result.notes,
        rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]]))),
      },
      null,
      2,
    ) + '\n'
  );
}
