import type { Row } from '../data/row.ts';
import { compile, evaluate, geometricShift, type Plan } from './evaluate.ts';
import type { Node } from './hierarchy.ts';
import { prepare, type Prepared } from './missing.ts';
import { normalise } from './normalise.ts';
import { competitionRanks, rankLabel } from './rank.ts';
import type { Normalisation, RankingSpec } from './spec.ts';
import { tierOf } from './tiers.ts';

export interface EntityScore {
  id: string;
  label: string;
  score: number;
  rank: number;
  /** "=2" for a shared rank. */
  rankLabel: string;
  tier?: string | undefined;
  /** Score of every dimension, by id. */
  dimensions: Record<string, number>;
  /** Normalised value of every indicator, by id. */
  indicators: Record<string, number>;
  /** Indicators whose value was imputed for this entity. */
  imputed: string[];
}

export interface RankingResult {
  spec: RankingSpec;
  /** Entities by rank (ties by label). */
  entities: EntityScore[];
  excluded: Prepared['excluded'];
  /** Behaviours a reader should know of, e.g. an indicator that is equal for everyone. */
  warnings: string[];
  /** Top-level dimension ids, in the spec's order. */
  topDimensions: string[];
}

/** The normalisation each indicator uses: its dimension's override, else the spec's default. */
export function indicatorMethods(spec: RankingSpec, override?: Normalisation): Normalisation[] {
  return spec.indicators.map((ind) => override ?? spec.dimensions.find((d) => d.id === ind.parent)?.normalisation ?? spec.normalisation);
}

/** Normalise every indicator column. */
export function normaliseAll(spec: RankingSpec, prepared: Prepared, methods: readonly Normalisation[]): { columns: Float64Array[]; flat: string[] } {
  const flat: string[] = [];
  const columns = spec.indicators.map((ind, k) => {
    const r = normalise(prepared.columns[k]!, methods[k]!, ind.direction, ind.target);
    if (r.flat) flat.push(ind.id);
    return r.out;
  });
  return { columns, flat };
}

export interface Compiled {
  prepared: Prepared;
  plan: Plan;
}

/** Prepare the rows (coverage, imputation) and compile the hierarchy once. */
export function compileRanking(spec: RankingSpec, root: Node, rows: readonly Row[]): Compiled {
  const prepared = prepare(rows, spec.entity, spec.indicators, spec.missing.minCoverage, spec.missing.impute);
  return { prepared, plan: compile(root, spec.indicators.map((i) => i.id)) };
}

/** Compute scores, ranks and tiers as declared. */
export function computeRanking(spec: RankingSpec, root: Node, rows: readonly Row[]): RankingResult {
  const { prepared, plan } = compileRanking(spec, root, rows);
  const { columns, flat } = normaliseAll(spec, prepared, indicatorMethods(spec));
  const shift = spec.aggregation === 'geometric' ? geometricShift(columns) : 0;
  const dims = evaluate(plan, columns, spec.aggregation, plan.weights, shift);
  const index = dims.at(-1)!;
  const ranks = competitionRanks(index);
  const entities: EntityScore[] = prepared.ids.map((id, e) => ({
    id,
    label: prepared.labels[e]!,
    score: index[e]!,
    rank: ranks[e]!,
    rankLabel: rankLabel(ranks[e]!, ranks),
    tier: tierOf(index[e]!, spec.tiers),
    dimensions: Object.fromEntries(plan.dims.slice(0, -1).map((d, i) => [d, dims[i]![e]!])),
    indicators: Object.fromEntries(spec.indicators.map((ind, k) => [ind.id, columns[k]![e]!])),
    imputed: spec.indicators.filter((_, k) => prepared.imputed[k]![e]).map((ind) => ind.id),
  }));
  entities.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'zh-CN'));
  const warnings = flat.map((id) => `Indicator "${id}" has the same value for every entity: it cannot separate them, and every entity scores ${spec.normalisation === 'zscore' ? 0 : 100} on it.`);
  if (shift) warnings.push(`Geometric aggregation: values were shifted by ${shift.toFixed(3)} so that all are at least 1, then shifted back.`);
  return { spec, entities, excluded: prepared.excluded, warnings, topDimensions: spec.dimensions.filter((d) => d.parent === undefined).map((d) => d.id) };
}
