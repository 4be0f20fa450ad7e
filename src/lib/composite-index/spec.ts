import { z } from 'zod';

const label = z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() });
export const normalisations = ['minmax', 'zscore', 'rank', 'target'] as const;
export const aggregations = ['arithmetic', 'geometric'] as const;
export type Normalisation = (typeof normalisations)[number];
export type Aggregation = (typeof aggregations)[number];

/** A dimension: a node of the hierarchy that aggregates its children (dimensions or indicators). */
export const dimensionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as infrastructure'),
  label,
  /** Id of the dimension this one belongs to; leave out for a top-level dimension. */
  parent: z.string().optional(),
  weight: z.number().positive(),
  /** Normalisation applied at this level, when it differs from the spec's default. */
  normalisation: z.enum(normalisations).optional(),
});

/** An indicator: a numeric column of the dataset, with its direction and weight. */
export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as broadband'),
  label,
  column: z.string().min(1),
  /** The dimension it belongs to (exactly one). */
  parent: z.string().min(1),
  direction: z.enum(['higher', 'lower']),
  weight: z.number().positive(),
  unit: z.string().optional(),
  /** For `target` normalisation: the value that scores 100. */
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

/** `data/<year>/rankings/<id>.yaml`: a composite index, declared, not programmed. */
export const rankingSpecSchema = z.strictObject({
  ...rankingBase,
  normalisation: z.enum(normalisations).default('minmax'),
  aggregation: z.enum(aggregations).default('arithmetic'),
  missing: z.strictObject({ minCoverage: z.number().min(0).max(1).default(1), impute: z.enum(['mean', 'median', 'none']).default('none') }).default({ minCoverage: 1, impute: 'none' }),
  tiers: z.array(z.strictObject({ label: z.string().min(1), minScore: z.number() })).default([]),
  uncertainty: z
    .strictObject({
      runs: z.number().int().min(10).max(100_000).default(1000),
      seed: z.number().int().default(1),
      weights: z.strictObject({ spread: z.number().min(0).max(0.9).default(0.25) }).default({ spread: 0.25 }),
      normalisation: z.array(z.enum(normalisations)).min(1).optional(),
      aggregation: z.array(z.enum(aggregations)).min(1).optional(),
    })
    .optional(),
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
