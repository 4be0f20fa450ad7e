import { z } from 'zod';
import { bilingual } from '../content/schema.ts';

// A name in the report's language, as text or { zh, en }: the same as content (a report in English writes it alone).
const label = bilingual;
export const normalisations = ['minmax', 'zscore', 'rank', 'target', 'goalposts'] as const;
export const aggregations = ['arithmetic', 'geometric', 'harmonic', 'minimum'] as const;
export const transforms = ['none', 'log', 'log1p', 'sqrt'] as const;
export const weightMethods = ['stated', 'equal', 'entropy', 'critic'] as const;
export const imputations = ['mean', 'median', 'none'] as const;
export type Normalisation = (typeof normalisations)[number];
export type Aggregation = (typeof aggregations)[number];
export type Transform = (typeof transforms)[number];
export type WeightMethod = (typeof weightMethods)[number];
export type Imputation = (typeof imputations)[number];

/** A matrix entry of an AHP judgement: a number or a fraction written as text ("1/3"). */
const judgement = z.union([
  z.number().positive(),
  z.string().regex(/^\s*\d+(\.\d+)?\s*(\/\s*\d+(\.\d+)?\s*)?$/, 'a positive number or a fraction such as 1/3'),
]);

/** AHP (层次分析法): a pairwise comparison matrix over the children named in `order`. */
export const ahpSchema = z.strictObject({
  method: z.literal('ahp'),
  /** The children compared, in the order of the matrix's rows and columns. */
  order: z.array(z.string().min(1)).min(2),
  /** matrix[i][j]: how much more important order[i] is than order[j] (Saaty's 1–9 scale). */
  matrix: z.array(z.array(judgement).min(2)).min(2),
});
export type AhpSpec = z.infer<typeof ahpSchema>;

/** How a level's weights are obtained: stated, equal, computed from the data, or by AHP. */
const weighting = z.union([z.enum(weightMethods), ahpSchema]);
export type Weighting = z.infer<typeof weighting>;

/** A dimension: a node of the hierarchy that aggregates its children (dimensions or indicators). */
export const dimensionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as infrastructure'),
  label,
  /** Id of the dimension this one belongs to; leave out for a top-level dimension. */
  parent: z.string().optional(),
  /** Relative to its siblings; with a computed `weighting` of its parent, not needed. */
  weight: z.number().positive().default(1),
  /** Normalisation of the indicators below it, when it differs from the spec's default. */
  normalisation: z.enum(normalisations).optional(),
  /** How its children are combined, when it differs from the spec's `aggregation`. */
  aggregation: z.enum(aggregations).optional(),
  /** How its children's weights are obtained, when it differs from the spec's `weighting`. */
  weighting: weighting.optional(),
});

const bound = z.number().refine(Number.isFinite, 'a finite number');

/** An indicator: a numeric column of the dataset, with its direction and weight. */
export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as broadband'),
  label,
  column: z.string().min(1),
  /** The dimension it belongs to (exactly one). */
  parent: z.string().min(1),
  direction: z.enum(['higher', 'lower']),
  weight: z.number().positive().default(1),
  unit: z.string().optional(),
  /** Raw values above `cap` count as `cap`, below `floor` as `floor` (before any transform). */
  cap: bound.optional(),
  floor: bound.optional(),
  /** Outlier treatment before normalisation. */
  outliers: z
    .union([
      z.strictObject({
        method: z.literal('winsorise'),
        quantiles: z.tuple([z.number().min(0).max(0.5), z.number().min(0.5).max(1)]),
      }),
      z.strictObject({
        method: z.literal('skew-kurtosis'),
        skew: z.number().positive().default(2),
        kurtosis: z.number().default(3.5),
        maxPoints: z.number().int().min(1).default(5),
      }),
    ])
    .optional(),
  /** A transform applied to the raw values (after cap/floor and outlier treatment). */
  transform: z.enum(transforms).default('none'),
  /** Normalisation of this indicator, when it differs from its dimension's or the spec's. */
  normalisation: z.enum(normalisations).optional(),
  /** For `goalposts`: the values that score 0 and the full scale, in the indicator's own units. */
  goalposts: z.strictObject({ min: bound, max: bound }).optional(),
  /** For `target` normalisation: the value that scores the full scale. */
  target: z.number().optional(),
});

/** What every ranking file declares, computed or published as a list. */
const rankingBase = {
  /** Stable across editions: the same id next year is compared with this one. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as smart-city-index'),
  title: label,
  description: z.string().optional(),
  dataset: z.string().min(1),
  entity: z.strictObject({ id: z.string().min(1), label: z.string().min(1) }),
  /** Carried to every page that shows the ranking; illustrative rankings say so everywhere. */
  status: z.enum(['published', 'derived', 'illustrative']),
};

const missingSchema = z
  .strictObject({ minCoverage: z.number().min(0).max(1).optional(), impute: z.enum(imputations).default('none') })
  .default({ impute: 'none' })
  // Imputing is pointless if every entity must have every value: with `impute` and no stated
  // coverage, an entity needs three quarters of its indicators (the JRC's usual threshold).
  .transform((m) => ({
    impute: m.impute,
    minCoverage: m.minCoverage ?? (m.impute === 'none' ? 1 : 0.75),
    coverageStated: m.minCoverage !== undefined,
  }));

/** `data/<year>/rankings/<id>.yaml`: a composite index, declared, not programmed. */
export const rankingSpecSchema = z.strictObject({
  ...rankingBase,
  normalisation: z.enum(normalisations).default('minmax'),
  /** Normalised indicators (and so the index) run from 0 to `scale`: 100 or 1. */
  scale: z.union([z.literal(100), z.literal(1)]).default(100),
  /** Default for every level; a dimension may override it. */
  aggregation: z.enum(aggregations).default('arithmetic'),
  /**
   * Added to every value before a geometric or harmonic mean and taken off after; `auto` makes the smallest value 1.
   */
  shift: z.union([z.number().min(0), z.literal('auto')]).default(0),
  /** Default for every level (a method name); an AHP matrix here weighs the top-level dimensions. */
  weighting: weighting.default('stated'),
  /** The published score has this many decimals. */
  decimals: z.number().int().min(0).max(10).default(1),
  /** `published`: ranks follow the rounded score (entities equal to `decimals` share a rank). */
  rankOn: z.enum(['score', 'published']).default('score'),
  missing: missingSchema,
  tiers: z.array(z.strictObject({ label: z.string().min(1), minScore: z.number() })).default([]),
  uncertainty: z
    .strictObject({
      runs: z.number().int().min(10).max(100_000).default(1000),
      seed: z.number().int().default(1),
      weights: z.strictObject({ spread: z.number().min(0).max(0.9).default(0.25) }).default({ spread: 0.25 }),
      normalisation: z.array(z.enum(normalisations)).min(1).optional(),
      aggregation: z.array(z.enum(aggregations)).min(1).optional(),
      imputation: z.array(z.enum(imputations)).min(1).optional(),
      /** Whether runs also drop the declared transforms (on/off at random). */
      transforms: z.boolean().default(false),
      /** Base sample size of the variance-based (Sobol) sensitivity analysis. */
      sobol: z.number().int().min(0).max(10_000).default(256),
    })
    .optional(),
  /**
   * The previous year's data as this edition revised it (`revised`: a dataset of this edition with the same columns).
   * With it, each rank change since the previous edition is split into method, revision and real change.
   */
  previous: z.strictObject({ revised: z.string().min(1) }).optional(),
  /**
   * What readers may do on the ranking page: set each weight from `weights[0]` to `weights[1]` times its published
   * value (the admissible weights, over which the page also gives each entity's best and worst rank).
   */
  explore: z
    .strictObject({
      weights: z
        .tuple([z.number().positive(), z.number().positive()])
        .refine(([lo, hi]) => lo <= 1 && hi >= 1, 'a range around 1, such as [0.5, 2]')
        .default([0.5, 2]),
    })
    .default({ weights: [0.5, 2] }),
  dimensions: z.array(dimensionSchema).min(1),
  indicators: z.array(indicatorSchema).min(1),
});
export type RankingSpec = z.infer<typeof rankingSpecSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;

/** A ranking published as a list (names in rank order, no scores), shown as printed. */
export const listedRankingSchema = z.strictObject({
  ...rankingBase,
  /** The column holding the published rank. */
  rank: z.string().min(1),
});
export type ListedRanking = z.infer<typeof listedRankingSchema>;
