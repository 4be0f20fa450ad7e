import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { urlSegment } from './lib/links/urls.ts';
import { caseSchema, chapterSchema, editionSchema, frontSchema } from './lib/content/schema.ts';
import { contentYears, readSeries } from './lib/shards/series.ts';

// One folder per edition: content/<year>/edition.yaml, chapters/*.mdx, front/*.mdx.
// Ids are "<year>" for editions and "<year>/<file name>" for pages.
// The name part goes through the same URL rule as `npm run check` ("b 10.mdx" → "2018/b-10").
const byYearAndName = ({ entry }: { entry: string }) => {
  const [year, , name] = entry.split('/');
  return `${year}/${urlSegment(name!.replace(/\.(mdx?|ya?ml)$/, ''))}`;
};

// A shard build (BLUEBOOK_SHARD, see src/site/build-shard.ts) reads only the chapters its pages
// need: bundling every edition's chapters would make each edition's build grow with the series.
const years = contentYears(readSeries('.'), process.env.BLUEBOOK_SHARD);
const folders = years.length === 1 ? String(years[0]) : years.length ? `{${years.join(',')}}` : 'none-in-this-part';

export const collections = {
  editions: defineCollection({
    loader: glob({ pattern: '*/edition.yaml', base: './content', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: editionSchema,
  }),
  chapters: defineCollection({
    loader: glob({ pattern: `${folders}/chapters/*.{md,mdx}`, base: './content', generateId: byYearAndName }),
    schema: chapterSchema,
  }),
  cases: defineCollection({
    loader: glob({ pattern: `${folders}/cases/*.{md,mdx}`, base: './content', generateId: byYearAndName }),
    schema: caseSchema,
  }),
  front: defineCollection({
    loader: glob({ pattern: `${folders}/front/*.{md,mdx}`, base: './content', generateId: byYearAndName }),
    schema: frontSchema,
  }),
};
