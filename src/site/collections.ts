// Astro glue: read the content collections once and hand plain objects to pages.
import { urlSegment } from '../lib/links/index.ts';
import { latestYear } from '../lib/links/index.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentsByPart, neighbours, type ChapterRef } from '../lib/content/index.ts';
import type { Edition } from '../lib/content/index.ts';
import type { EditionPages } from '../lib/links/index.ts';
import { editionDatasets } from './datasets.ts';
import { editionFigures } from './figures.ts';
import { rendersEdition } from './build-shard.ts';

export interface EditionBundle {
  year: number;
  edition: Edition;
  chapters: (ChapterRef & { entry: CollectionEntry<'chapters'> })[];
  front: CollectionEntry<'front'>[];
  cases: CollectionEntry<'cases'>[];
}

const slugOf = (id: string) => id.split('/').slice(1).join('/');

/**
 * Once per build: every page's layout asks for these, and recomputing them per page made a
 * build's time per page grow with the number of editions. The dev server recomputes, since
 * files change under it.
 */
function oncePerBuild<T>(compute: () => Promise<T>): () => Promise<T> {
  let memo: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (memo ??= compute()));
}

/** Every edition with its chapters and front matter, oldest first. */
export const loadEditions = oncePerBuild(readEditions);

async function readEditions(): Promise<EditionBundle[]> {
  const [editions, chapters, front, cases] = await Promise.all([
    getCollection('editions'),
    getCollection('chapters'),
    getCollection('front'),
    getCollection('cases'),
  ]);
  return editions
    .map((e) => {
      const year = e.data.year;
      return {
        year,
        edition: e.data,
        chapters: chapters
          .filter((c) => c.id.startsWith(`${year}/`))
          .map((entry) => ({ slug: slugOf(entry.id), data: entry.data, entry })),
        front: front.filter((f) => f.id.startsWith(`${year}/`)).sort((a, b) => a.data.order - b.data.order),
        cases: cases
          .filter((c) => c.id.startsWith(`${year}/`))
          .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'zh-CN')),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/** The editions whose pages this run renders (all but in a shard build): what routes list. Every
 * edition stays known through `loadEditions`. */
export async function renderedEditions(): Promise<EditionBundle[]> {
  return (await loadEditions()).filter((b) => rendersEdition(b.year));
}

/** The newest edition: the one `/` and "latest" point to. */
export async function latestEdition(): Promise<EditionBundle> {
  const all = await loadEditions();
  if (!all.length) throw new Error('No edition found under content/: add content/<year>/edition.yaml');
  const year = latestYear(all.map((b) => ({ year: b.year, pages: new Set<string>(), draft: b.edition.draft })));
  return all.find((b) => b.year === year)!;
}

export { contentsByPart, neighbours, slugOf };

/** Every edition's page keys, for the edition switcher ('' is the edition's home). */
export const editionPages = oncePerBuild(listEditionPages);

async function listEditionPages(): Promise<EditionPages[]> {
  return (await loadEditions()).map((b) => ({
    year: b.year,
    draft: b.edition.draft,
    pages: new Set([
      '',
      'imprint',
      ...b.chapters.map((c) => c.slug),
      ...b.front.map((f) => slugOf(f.id)),
      ...(b.cases.length ? ['cases', ...b.cases.map((c) => `cases/${slugOf(c.id)}`)] : []),
      ...datasetKeys(b.year),
      ...figureKeys(b.year),
    ]),
  }));
}

function datasetKeys(year: number): string[] {
  const datasets = editionDatasets(year);
  return datasets.length ? ['data', ...datasets.map((d) => `data/${urlSegment(d.resource.name)}`)] : [];
}

function figureKeys(year: number): string[] {
  const figures = editionFigures(year);
  return figures.length ? ['figures', ...figures.map((f) => `figures/${f.spec.id}`)] : [];
}
