import { z } from 'zod';
import { citationStyleIds } from './citation-styles.ts';

/**
 * A text in the report's own language (`zh`: Chinese for a Chinese report, the English itself
 * for a report written in English — `language: en`), with the English the book prints where it
 * has one. A report in one language may write the text alone: `title: Annual Report (2025)`.
 */
export const bilingual = z.union([
  z
    .string()
    .min(1)
    .transform((zh) => ({ zh, en: undefined as string | undefined })),
  z.strictObject({
    zh: z.string().min(1),
    en: z.string().min(1).optional(),
  }),
]);
/** The languages a report can be written in (its content; the interface follows). */
export const contentLanguages = ['zh-CN', 'en'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];

/** How much of a chapter's text this digital edition holds. */
export const textStatus = z.enum(['full', 'partial', 'abstract-only', 'title-only']);
export type TextStatus = z.infer<typeof textStatus>;

const person = z.string().min(1);

/** One part of the printed contents (总报告, 主题报告 …), in the book's order. */
export const partSchema = z.strictObject({
  /** Stable id used by chapters' `part` field and in URLs. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id such as "general"'),
  /** The numeral printed before the part (I, II …). */
  numeral: z.string().min(1),
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});

/** `content/<year>/edition.yaml`: one annual edition of a blue book series. */
export const editionSchema = z.strictObject({
  year: z.number().int().min(1900).max(2200),
  /**
   * A draft builds for preview but is not the latest edition, not in search or the sitemap, and says so on every page.
   */
  draft: z.boolean().default(false),
  /** The language the report is written in: its pages say so (lang), and the interface defaults to it. */
  language: z.enum(contentLanguages).default('zh-CN'),
  series: z.strictObject({
    zh: z.string().min(1),
    en: z.string().min(1).optional(),
    number: z.number().int().positive(),
  }),
  title: bilingual,
  subtitle: bilingual.optional(),
  /** Institutions that compiled the book (编写单位). */
  compilers: z.array(z.string().min(1)).default([]),
  editors: z.strictObject({ chief: z.array(person).min(1), deputy: z.array(person).default([]) }),
  publisher: z.strictObject({
    zh: z.string().min(1),
    en: z.string().min(1).optional(),
    division: z.string().optional(),
    place: z.string().optional(),
  }),
  /** ISBN-13 with hyphens; leave out until the book has one. */
  isbn: z
    .string()
    .regex(/^97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d$/, 'an ISBN-13 with hyphens, e.g. 978-7-5201-2179-8')
    .optional(),
  /** Publication month or day, as printed (YYYY-MM or YYYY-MM-DD); leave out until published. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2018-01')
    .optional(),
  cip: z
    .strictObject({ record: z.string(), classification: z.string().optional(), number: z.string().optional() })
    .optional(),
  /** Copyright-page lines (出版人, 责任编辑 …), label and value as printed. */
  imprint: z.array(z.strictObject({ label: z.string().min(1), value: z.string().min(1) })).default([]),
  parts: z.array(partSchema).min(1),
  /** How this digital edition's text was prepared, said in every ' +
    'page's footer (e.g. from a scan of the printed book). */
  sourceNote: bilingual.optional(),
  /** The CSL style chapters' `[@key]` citations and 参考文献 lists are formatted in. */
  citationStyle: z.enum(citationStyleIds).default('china-national-standard-gb-t-7714-2015-numeric'),
  /** The towns directory: which datasets list towns (columns province, prefecture, county, town, code). */
  townDirectory: z
    .strictObject({
      batches: z
        .array(
          z.strictObject({
            dataset: z.string().min(1),
            label: z.string().min(1),
            expected: z.number().int().positive().optional(),
          }),
        )
        .min(1),
      /** Per-province counts of batches whose names are not available. */
      countsOnly: z.array(z.strictObject({ dataset: z.string().min(1), label: z.string().min(1) })).default([]),
      /** Dataset mapping province → region (columns province, region). */
      regions: z.string().min(1).optional(),
    })
    .optional(),
});
export type Edition = z.infer<typeof editionSchema>;
export type Part = z.infer<typeof partSchema>;

/** A section heading as listed in the printed contents. */
export const sectionSchema = z.strictObject({
  numeral: z.string().min(1),
  title: z.string().min(1),
  page: z.number().int().positive().optional(),
});

/** Frontmatter of `content/<year>/chapters/*.mdx`. */
export const chapterSchema = z.strictObject({
  /** The chapter's code as printed, B.1, B.2 … */
  code: z.string().regex(/^B\.\d+$/, 'a chapter code such as B.1'),
  /** Id of one of the edition's parts (see edition.yaml `parts`). */
  part: z.string().min(1),
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  authors: z.array(person).min(1),
  /** First page in the printed book. */
  page: z.number().int().positive(),
  status: textStatus,
  abstract: z.string().min(1).optional(),
  keywords: z.array(z.string().min(1)).default([]),
  /** Sections as printed in the contents, whether or not their text is here. */
  sections: z.array(sectionSchema).default([]),
  /** What part of the text this digital edition holds, when not all of it. */
  textNote: z.string().min(1).optional(),
});
export type Chapter = z.infer<typeof chapterSchema>;

const named = z.strictObject({ name: person, affiliation: z.string().min(1) });

/** Frontmatter of `content/<year>/front/*.mdx`: the front-matter pages before chapter B.1. */
export const frontSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('committee'),
    title: z.string().min(1),
    order: z.number().int(),
    advisers: z.array(named).default([]),
    members: z.array(named).default([]),
    membersNote: z.string().optional(),
  }),
  z.strictObject({
    kind: z.literal('contributors'),
    title: z.string().min(1),
    order: z.number().int(),
    contributors: z.array(z.strictObject({ name: person, bio: z.string().min(1) })).min(1),
  }),
  z.strictObject({
    kind: z.literal('abstract'),
    title: z.string().min(1),
    order: z.number().int(),
    keywords: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    kind: z.literal('preface'),
    title: z.string().min(1),
    order: z.number().int(),
    signer: z.strictObject({
      name: z.string().min(1).nullable(),
      titles: z.array(z.string().min(1)).default([]),
      note: z.string().optional(),
    }),
  }),
]);
export type Front = z.infer<typeof frontSchema>;

/** A cited source: what it is, where it can be read, when it was seen. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  seen: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2026-11')
    .optional(),
});

/** One key figure of a case, always with its date and source. */
export const caseFigureSchema = z.strictObject({
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  /** When the figure was true (YYYY-MM or YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date such as 2017-12'),
  /** `more-than` when the source gives a lower bound ("超过…"). */
  bound: z.enum(['exact', 'more-than']).default('exact'),
  source: sourceSchema,
  note: z.string().optional(),
});

/** Frontmatter of `content/<year>/cases/*.mdx`: a case study with a facts panel. */
export const caseSchema = z.strictObject({
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  /** Province (short or full name); leave out when no source gives it. */
  province: z.string().min(1).optional(),
  prefecture: z.string().min(1).optional(),
  county: z.string().min(1).optional(),
  /** Where the location comes from, when it is not in the book. */
  locationSource: sourceSchema.optional(),
  /** One of the six town types of the 2016 notice, where a source classifies the town. */
  townType: z.enum(['历史文化型', '工业发展型', '旅游发展型', '农业服务型', '民族聚居型', '商贸流通型']).optional(),
  industry: z.string().min(1).optional(),
  established: z
    .string()
    .regex(/^\d{4}(-\d{2})?$/, 'a year or month such as 2015 or 2015-05')
    .optional(),
  figures: z.array(caseFigureSchema).default([]),
  /** Slugs of chapters of the same edition that discuss this case (b8 …). */
  chapters: z.array(z.string().min(1)).default([]),
  /** What of the book's treatment of the case this digital edition holds. */
  textNote: z.string().min(1).optional(),
  order: z.number().int().default(0),
});
export type Case = z.infer<typeof caseSchema>;
