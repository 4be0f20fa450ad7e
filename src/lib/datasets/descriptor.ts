import { z } from 'zod';
import { urlSegment } from '../links/urls.ts';

// `datapackage.json` as the Frictionless Data Package standard (v1 and v2) writes it, plus
// Bluebook's own keys (status, gaps, titles, derivedFrom, rowSource, unit, seen), which the
// standard allows as extensions. Objects are loose because the standard allows any further
// key; near-misses of known keys are warned about separately (see unknown-keys.ts).

/** Field types of Table Schema v1 and v2. */
export const fieldType = z.enum([
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
]);
export type FieldType = z.infer<typeof fieldType>;

const text = z.string().min(1);
const bound = z.union([z.number(), z.string()]);
// A source or licence link a page shows as a live link: http(s) or mail only (a `javascript:`
// URL would run in the reader's browser).
const webUrl = z
  .string()
  .refine((s) => /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(s) && URL.canParse(s), 'an http(s) or mailto: address');

const constraintsSchema = z.looseObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  enum: z
    .array(z.union([z.string(), z.number(), z.boolean()]))
    .min(1)
    .optional(),
  minimum: bound.optional(),
  maximum: bound.optional(),
  exclusiveMinimum: bound.optional(),
  exclusiveMaximum: bound.optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  pattern: z.string().optional(),
  jsonSchema: z.record(z.string(), z.unknown()).optional(),
});

/** One column of a table (Table Schema field). */
export const fieldSchema = z.looseObject({
  name: text,
  /** Table Schema: a field without a type is a string. */
  type: fieldType.default('string'),
  format: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  example: z.unknown().optional(),
  rdfType: z.string().optional(),
  /** Unit shown after values: 个, %, 亿元 … (Bluebook) */
  unit: z.string().optional(),
  /** The decimals values are stated to: a revision smaller than that is not one (Bluebook). */
  decimals: z.number().int().min(0).max(15).optional(),
  constraints: constraintsSchema.optional(),
  /** v2: this field's own missing-value markers. */
  missingValues: z.array(z.string()).optional(),
  bareNumber: z.boolean().optional(),
  groupChar: z.string().optional(),
  decimalChar: z.string().optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  /** v2 `list`: item separator and type. */
  delimiter: z.string().optional(),
  itemType: z.string().optional(),
  categories: z.unknown().optional(),
  categoriesOrdered: z.boolean().optional(),
});
export type Field = z.infer<typeof fieldSchema>;

const keyList = z.union([text, z.array(text).min(1)]);
const foreignKeySchema = z.looseObject({
  fields: keyList,
  /** v1 names `resource` "" for the same resource; v2 leaves it out. */
  reference: z.looseObject({ resource: z.string().optional(), fields: keyList }),
});

export const tableSchemaSchema = z.looseObject({
  fields: z.array(fieldSchema).min(1),
  primaryKey: keyList.optional(),
  foreignKeys: z.array(foreignKeySchema).optional(),
  uniqueKeys: z.array(keyList).optional(),
  /** Table Schema: cells holding one of these are empty. Default [""]. */
  missingValues: z.array(z.string()).optional(),
  /** v2: how the header must match the fields. */
  fieldsMatch: z.enum(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
  $schema: z.string().optional(),
  profile: z.string().optional(),
});
export type TableSchema = z.infer<typeof tableSchemaSchema>;

/** CSV Dialect (v1) / Table Dialect (v2). */
export const dialectSchema = z.looseObject({
  delimiter: z.string().min(1).optional(),
  lineTerminator: z.string().optional(),
  quoteChar: z.string().length(1).optional(),
  doubleQuote: z.boolean().optional(),
  escapeChar: z.string().length(1).optional(),
  nullSequence: z.string().optional(),
  skipInitialSpace: z.boolean().optional(),
  header: z.boolean().optional(),
  /** v2: the header's row numbers (one row is supported). */
  headerRows: z
    .array(z.number().int().positive())
    .max(1, 'one header row (several are joined by headerJoin; Bluebook reads one)')
    .optional(),
  commentChar: z.string().optional(),
  commentRows: z.array(z.number().int().positive()).optional(),
  caseSensitiveHeader: z.boolean().optional(),
  csvddfVersion: z.union([z.number(), z.string()]).optional(),
  $schema: z.string().optional(),
});
export type Dialect = z.infer<typeof dialectSchema>;

/** Where a dataset's facts come from. `name`/`web` are the keys before v1. */
export const sourceSchema = z
  .looseObject({
    title: text.optional(),
    name: text.optional(),
    path: webUrl.optional(),
    web: webUrl.optional(),
    email: z.string().optional(),
    version: z.string().optional(),
    /** When the source was read (YYYY-MM or YYYY-MM-DD). (Bluebook) */
    seen: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2026-11')
      .optional(),
  })
  .refine((s) => s.title ?? s.name, { message: 'a `title`: the citation as a reader would write it', path: ['title'] });

export const licenseSchema = z
  .looseObject({
    name: text.optional(),
    path: webUrl.optional(),
    title: z.string().optional(),
  })
  .refine((l) => l.name ?? l.path, { message: 'a licence `name` (e.g. CC-BY-4.0) or `path`', path: ['name'] });

/** `published` as printed in the report or an official list; `derived` computed by us; `illustrative` made up to show a
 * feature. */
export const datasetStatus = z.enum(['published', 'derived', 'illustrative']);
export type DatasetStatus = z.infer<typeof datasetStatus>;

const titleText = z
  .string({
    error:
      'a text (in a Data Package `title` is a string; write translations under `titles`, e.g. "titles": {"en": "…"})',
  })
  .min(1);
const titlesSchema = z.looseObject({ zh: text.optional(), en: text.optional() });

/** The keys a resource and its package share: a resource without its own inherits the package's. */
const inherited = {
  sources: z.array(sourceSchema).min(1).optional(),
  licenses: z.array(licenseSchema).min(1).optional(),
  /** Before v1: one licence id. */
  license: z.union([text, licenseSchema]).optional(),
  status: datasetStatus.optional(),
};

/** One entry of `resources`, as written. */
export const resourceInputSchema = z.looseObject({
  /** Stable id: used by charts and numbers in prose, and in URLs as `urlSegment(name)`
   * (/2018/data/<segment>/). Data Package v2 allows any name: Chinese, capitals, spaces. */
  name: z
    .string()
    .refine((n) => urlSegment(n) !== '', 'a name with a letter or digit, such as towns-2016-batch1 or 特色小镇名单'),
  /** A file relative to datapackage.json, or several parts of one table (v1 multipart). */
  path: z.union([text, z.array(text).min(1)]).optional(),
  /** Inline rows (arrays with a header row first, or objects). */
  data: z.array(z.unknown()).optional(),
  profile: z.string().optional(),
  type: z.string().optional(),
  $schema: z.string().optional(),
  title: titleText.optional(),
  titles: titlesSchema.optional(),
  description: z.string().optional(),
  homepage: z.string().optional(),
  format: z.string().optional(),
  mediatype: z.string().optional(),
  encoding: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  hash: z.string().optional(),
  /** A Table Schema, or the path of a JSON file holding one. */
  schema: z.union([tableSchemaSchema, text]).optional(),
  /** A dialect, or the path of a JSON file holding one. */
  dialect: z.union([dialectSchema, text]).optional(),
  ...inherited,
  /** For derived data: the resources it was computed from. (Bluebook) */
  derivedFrom: z.array(text).optional(),
  /** What the data does not cover, said on every page that shows it. (Bluebook) */
  gaps: z.array(text).default([]),
  /** Column holding each row's own source URL, when rows have different sources. (Bluebook) */
  rowSource: z.string().optional(),
  /** The name(s) this dataset had in earlier editions: the same data, renamed; revisions are
   * compared with it. (Bluebook) */
  formerly: z.union([text, z.array(text).min(1)]).optional(),
});
export type ResourceInput = z.infer<typeof resourceInputSchema>;

/** `data/<year>/datapackage.json`, as written. */
export const dataPackageSchema = z.looseObject({
  name: z.string().min(1).optional(),
  id: z.string().optional(),
  title: titleText.optional(),
  titles: titlesSchema.optional(),
  description: z.string().optional(),
  homepage: z.string().optional(),
  version: z.string().optional(),
  created: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  contributors: z.array(z.unknown()).optional(),
  image: z.string().optional(),
  profile: z.string().optional(),
  $schema: z.string().optional(),
  ...inherited,
  resources: z.array(resourceInputSchema),
});
export type DataPackageInput = z.infer<typeof dataPackageSchema>;

export interface Source {
  title: string;
  path?: string;
  email?: string;
  version?: string;
  seen?: string;
}
export interface License {
  name?: string;
  path?: string;
  title?: string;
}

/** A tabular resource with everything resolved: inherited keys filled in, schema and dialect read. */
export interface Resource {
  name: string;
  /** The files of the table, relative to datapackage.json (empty for inline data). */
  paths: string[];
  title: { zh: string; en?: string };
  description?: string;
  schema: TableSchema;
  dialect: Dialect;
  encoding: string;
  bytes?: number;
  hash?: string;
  sources: Source[];
  licenses: License[];
  status: DatasetStatus;
  derivedFrom?: string[];
  gaps: string[];
  rowSource?: string;
  formerly?: string[];
}
/** The package's own keys, without its resources. */
export const packageMetaSchema = dataPackageSchema.omit({ resources: true });
export type PackageMeta = z.infer<typeof packageMetaSchema>;
export type DataPackage = PackageMeta & { resources: Resource[] };
