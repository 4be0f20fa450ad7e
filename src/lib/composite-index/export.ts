import { csvText } from '../datasets/export.ts';
import type { RankingResult } from './compute.ts';
import type { EditionChange } from './edition-change.ts';
import type { Uncertainty } from './uncertainty.ts';

const number = (x: number) => (Number.isNaN(x) ? null : x);

/**
 * The computed table: rank (a number) and whether it is shared, entity, published and full score, tier, top-level
 * dimensions, rank interval; with a previous edition, the previous rank, the change and its parts (method, revision,
 * real; a merged part is one column, `revision_and_real`), and whether the change is within the uncertainty.
 */
export function rankingTable(
  result: RankingResult,
  uncertainty?: Uncertainty,
  change?: EditionChange,
): { columns: string[]; rows: (string | number | boolean | null)[][] } {
  const dims = result.topDimensions;
  const interval = new Map(uncertainty?.intervals.map((i) => [i.id, i]) ?? []);
  const split = new Map(change?.split.entities.map((e) => [e.id, e]));
  const partColumns = change?.split.partNames.map((n) => n.replaceAll('+', '_and_')) ?? [];
  const changeCells = (id: string) => {
    const e = split.get(id);
    if (!change) return [];
    return [
      e?.ranks[0] ?? null,
      e?.change ?? null,
      ...change.split.partNames.map((_, k) => e?.parts[k]?.rank ?? null),
      e?.change === undefined ? null : change.withinUncertainty.has(id),
    ];
  };
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
      ...(change ? ['previous_rank', 'change', ...partColumns, 'within_uncertainty'] : []),
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
      ...changeCells(e.id),
    ]),
  };
}

/** The computed table as a CSV download (see `csvText`). */
export function rankingCsv(result: RankingResult, uncertainty?: Uncertainty, change?: EditionChange): string {
  const t = rankingTable(result, uncertainty, change);
  return csvText(t.columns, t.rows);
}

/** The computed table as JSON, with the method and status a reader needs to judge it. */
export function rankingJson(result: RankingResult, uncertainty?: Uncertainty, change?: EditionChange): string {
  const t = rankingTable(result, uncertainty, change);
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
        ...(change
          ? {
              change: {
                parts: change.split.partNames,
                revisedData: change.revised,
                methodUnavailable: change.methodUnavailable ?? null,
                oppositeSign: change.split.reversals,
              },
            }
          : {}),
        rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]]))),
      },
      null,
      2,
    ) + '\n'
  );
}
