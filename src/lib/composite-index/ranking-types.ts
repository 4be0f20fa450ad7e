import type { Plan } from './evaluate.ts';
import type { Excluded, Prepared } from './missing.ts';
import type { Aggregation, Imputation, Normalisation, RankingSpec } from './spec.ts';
import type { AhpResult } from './weighting/index.ts';

export interface EntityScore {
  id: string;
  /** The id as a URL path segment (unique within the ranking: the loader refuses clashes). */
  slug: string;
  label: string;
  /** Full precision. */
  score: number;
  /** Rounded to the spec's `decimals`: the value a page prints and the press quotes. */
  published: number;
  rank: number;
  /** Whether another entity shares the rank. */
  tied: boolean;
  /** "=2" for a shared rank. */
  rankLabel: string;
  tier?: string | undefined;
  /** Score of every dimension, by id. */
  dimensions: Record<string, number>;
  /** Indicators whose value was imputed for this entity. */
  imputed: string[];
}

/** Something a reader should know about the computation; worded by the page in its language. */
export interface RankingNote {
  key: 'flat' | 'shift' | 'winsorised' | 'stillOutlying';
  indicator?: string;
  value?: number;
  count?: number;
  entities?: string[];
}

/** A problem with the spec or the data that stops the ranking (placed in a file by the loader). */
export interface RankingIssue {
  /** Where in the spec the choice that fails is declared. */
  path: PropertyKey[];
  expected: string;
  found: string;
  /** When a data cell is the cause: its row in the dataset and its column. */
  row?: number | undefined;
  column?: string;
}

/** How one level's weights were obtained. */
export interface LevelWeights {
  dimension: string;
  method: string;
  /** Each child's weight, as a share of the level (summing to 1). */
  children: { id: string; weight: number }[];
  ahp?: AhpResult | undefined;
}

export interface RankingResult {
  spec: RankingSpec;
  /** Entities by rank (ties by label). */
  entities: EntityScore[];
  excluded: Excluded[];
  notes: RankingNote[];
  /** Top-level dimension ids, in the spec's order. */
  topDimensions: string[];
  weights: LevelWeights[];
  /** Shift used before geometric and harmonic means. */
  shift: number;
  issues: RankingIssue[];
}

/** One way of computing the ranking: the declared one, or a Monte Carlo / Sobol alternative. */
export interface Variant {
  normalisation?: Normalisation | undefined;
  aggregation?: Aggregation | undefined;
  impute?: Imputation | undefined;
  /** false: the declared transforms (and outlier treatment) are skipped. */
  transforms?: boolean | undefined;
}

/** Normalised indicator columns for one variant, with what happened on the way. */
export interface Matrix {
  columns: Float64Array[];
  imputed: Uint8Array[];
  notes: RankingNote[];
  issues: RankingIssue[];
  /** The shift its geometric or harmonic means use. */
  shift: number;
}

/** Everything a ranking's computations share: the entities kept, the compiled tree, the matrices. */
export interface Model {
  spec: RankingSpec;
  plan: Plan;
  prepared: Prepared;
  matrix(variant?: Variant): Matrix;
}
