// A chapter's citation for reference managers: /2018/b1/cite.bib, cite.ris, cite.json.
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { renderedEditions, type EditionBundle } from '@/site/collections.ts';
import { citeFile, citeFormats, type CiteFormat } from '@/site/cite-files.ts';
import { chapterWork } from '@/lib/citations/index.ts';
import { pageUrl } from '@/lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    bundle.chapters.flatMap((c) =>
      citeFormats.map((format) => ({
        params: { year: String(bundle.year), slug: c.slug, format },
        props: { bundle, slug: c.slug },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props, params, site }) => {
  const { bundle, slug } = props as { bundle: EditionBundle; slug: string };
  const chapter = bundle.chapters.find((c) => c.slug === slug)!;
  const url = new URL(pageUrl(import.meta.env.BASE_URL, bundle.year, slug), site).href;
  return citeFile(chapterWork(bundle.edition, { slug, ...chapter.data }, url, false), params.format as CiteFormat);
};
