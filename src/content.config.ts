import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { urlSegment } from './lib/links/urls.ts';
import { caseSchema, chapterSchema, editionSchema, frontSchema } from './lib/content/schema.ts';

// One folder per edition: content/<year>/edition.yaml, chapters/*.mdx, front/*.mdx.
// Ids are "<year>" for editions and "<year>/<file name>" for pages.
// The name part goes through the same URL rule as `npm run check` ("b 10.mdx" → "2018/b-10").
const byYearAndName = ({ entry }: { entry: string }) => {
  const [year, , name] = entry.split('/');
  return `${year}/${urlSegment(name!.replace(/\.(mdx?|ya?ml)$/, ''))}`;
};

export const collections = {
  editions: defineCollection({
    loader: glob({ pattern: '*/edition.yaml', base: './content', generateId: ({ entry }) => entry.split('/')[0]! }),
    schema: editionSchema,
  }),
  chapters: defineCollection({
    loader: glob({ pattern: '*/chapters/*.{md,mdx}', base: './content', generateId: byYearAndName }),
    schema: chapterSchema,
  }),
  cases: defineCollection({
    loader: glob({ pattern: '*/cases/*.{md,mdx}', base: './content', generateId: byYearAndName }),
    schema: caseSchema,
  }),
  front: defineCollection({
    loader: glob({ pattern: '*/front/*.{md,mdx}', base: './content', generateId: byYearAndName }),
    schema: frontSchema,
  }),
};
