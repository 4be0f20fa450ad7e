// The edition's citation for reference managers: /2018/cite.bib, cite.ris, cite.json.
import { atRoot } from '../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { renderedEditions, type EditionBundle } from '@/site/collections.ts';
import { citeFile, citeFormats, type CiteFormat } from '@/site/cite-files.ts';
import { editionWork } from '@/lib/citations/index.ts';
import { href } from '@/lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    citeFormats.map((format) => ({ params: { year: String(bundle.year), format }, props: { bundle } })),
  );
}

export const GET: APIRoute = ({ props, params, site }) => {
  const { bundle } = props as { bundle: EditionBundle };
  return citeFile(
    editionWork(bundle.edition, new URL(href(import.meta.env.BASE_URL, bundle.year), site).href, false),
    params.format as CiteFormat,
  );
};
