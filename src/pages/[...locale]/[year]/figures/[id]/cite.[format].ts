// A figure's citation for reference managers: /2018/figures/<id>/cite.bib, cite.ris, cite.json.
import { atRoot } from '../../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { renderedEditions, type EditionBundle } from '@/site/collections.ts';
import { editionFigures, type SiteFigure } from '@/site/figures.ts';
import { citeFile, citeFormats, type CiteFormat } from '@/site/cite-files.ts';
import { figureWork } from '@/lib/citations/index.ts';
import { href } from '@/lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    editionFigures(bundle.year).flatMap((figure) =>
      citeFormats.map((format) => ({
        params: { year: String(bundle.year), id: figure.spec.id, format },
        props: { bundle, figure },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props, params, site }) => {
  const { bundle, figure } = props as { bundle: EditionBundle; figure: SiteFigure };
  const url = new URL(href(import.meta.env.BASE_URL, bundle.year, 'figures', figure.spec.id), site).href;
  return citeFile(
    figureWork(bundle.edition, { id: figure.spec.id, number: figure.number, title: figure.spec.title }, url, false),
    params.format as CiteFormat,
  );
};
