// oEmbed for a figure: /2018/figures/<id>/oembed.json, found through the figure page's discovery link.
import { atRoot } from '../../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { renderedEditions, type EditionBundle } from '@/site/collections.ts';
import { editionFigures, type SiteFigure } from '@/site/figures.ts';
import { embedHeight, figureOembed } from '@/lib/embeds/index.ts';
import { href } from '@/lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    editionFigures(bundle.year).map((figure) => ({
      params: { year: String(bundle.year), id: figure.spec.id },
      props: { bundle, figure },
    })),
  );
}

export const GET: APIRoute = ({ props, site }) => {
  const { bundle, figure } = props as { bundle: EditionBundle; figure: SiteFigure };
  const base = import.meta.env.BASE_URL;
  const abs = (...segments: (string | number)[]) => new URL(href(base, ...segments), site).href;
  const chart = figure.rendered.chart;
  const body = figureOembed({
    title: `${figure.number} ${figure.spec.title}`,
    embedUrl: abs(bundle.year, 'figures', figure.spec.id, 'embed'),
    width: 720,
    height: embedHeight(chart?.height),
    authorName: `${bundle.edition.series.zh}数字版`,
    providerName: bundle.edition.series.zh,
    providerUrl: abs(),
    ...(chart
      ? {
          thumbnailUrl: abs(bundle.year, 'figures', `${figure.spec.id}.png`),
          thumbnailWidth: chart.width * 2,
          thumbnailHeight: chart.height * 2,
        }
      : {}),
  });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
