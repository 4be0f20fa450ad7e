import { z } from 'zod';

/** Field types of a Table Schema that Bluebook checks and converts. */
export const fieldType = z.enum(['string', 'integer', 'number', 'date', 'boolean']);
export type FieldType = z.infer<typeof fieldType>;

/** One column of a CSV (Frictionless Table Schema field). */
export const fieldSchema = z.strictObject({
  name: z.string().min(1),
  type: fieldType,
  title: z.string().min(1).optional(),
  description: z.string().optional(),
  /** Unit shown after values: 个, %, 亿元 … */
  unit: z.string().optional(),
  constraints: z
    .strictObject({
      required: z.boolean().optional(),
      unique: z.boolean().optional(),
      enum: z.array(z.union([z.string(), z.number()])).min(1).optional(),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
      pattern: z.string().optional(),
    })
    .optional(),
});
export type Field = z.infer<typeof fieldSchema>;

/** Where a dataset's facts come from. */
export const datasetSourceSchema = z.strictObject({
  /** The citation as a reader would write it. */
  title: z.string().min(1),
  path: z.url().optional(),
  /** When the source was read (YYYY-MM or YYYY-MM-DD). */
  seen: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2026-11').optional(),
});

/** `published` as printed in the report or an official list; `derived` computed by us; `illustrative` made up to show a feature. */
export const datasetStatus = z.enum(['published', 'derived', 'illustrative']);
export type DatasetStatus = z.infer<typeof datasetStatus>;

/** One CSV and everything a reader needs to trust it. */
export const resourceSchema = z
  .strictObject({
    /** Stable id: used in URLs (/2018/data/<name>/) and by charts and numbers in prose. */
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as towns-2016-batch1'),
    /** CSV file relative to datapackage.json. */
    path: z.string().regex(/^[^/].*\.csv$/, 'a relative path to a .csv file'),
    title: z.strictObject({ zh: z.string().min(1), en: z.string().min(1).optional() }),
    description: z.string().min(1),
    schema: z.strictObject({
      fields: z.array(fieldSchema).min(1),
      primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    }),
    sources: z.array(datasetSourceSchema).min(1),
    licenses: z.array(z.strictObject({ name: z.string().min(1), title: z.string().optional(), path: z.url().optional() })).min(1),
    status: datasetStatus,
    /** For derived data: the resources it was computed from. */
    derivedFrom: z.array(z.string().min(1)).optional(),
    /** What the data does not cover, said on every page that shows it. */
    gaps: z.array(z.string().min(1)).default([]),
    /** Column holding each row's own source URL, when rows have different sources. */
    rowSource: z.string().optional(),
  })
  .refine((r) => r.status !== 'derived' || (r.derivedFrom?.length ?? 0) > 0, {
    message: 'a `derivedFrom` list naming the resources this derived dataset was computed from',
    path: ['derivedFrom'],
  });
export type Resource = z.infer<typeof resourceSchema>;

/** `data/<year>/datapackage.json`. */
export const dataPackageSchema = z.strictObject({
  name: z.string().min(1),
  title: z.string().optional(),
  resources: z.array(resourceSchema),
});
export type DataPackage = z.infer<typeof dataPackageSchema>;
