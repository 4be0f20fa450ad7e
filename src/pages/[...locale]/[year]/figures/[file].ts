// Figure downloads: <id>.svg, <id>.png (rendered at build with resvg), <id>.csv (the data shown) and
// <id>.zip (that data with its Data Package, README and citation).
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { csvText, datasetZip } from '@/lib/datasets/index.ts';
import { figureWork } from '@/lib/citations/index.ts';
import { figureDataset } from '@/lib/figures/index.ts';
import { href } from '@/lib/links/index.ts';
import { zipContext } from '@/site/zips.ts';
import { svgToPng } from '@/lib/figures/index.ts';
import { withCaption } from '@/lib/figures/index.ts';
import { sourceLine } from '@/lib/figures/index.ts';
import { renderedEditions } from '@/site/collections.ts';
import { editionFigures } from '@/site/figures.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap((bundle) =>
    editionFigures(bundle.year).flatMap((f) => {
      const { year } = bundle;
      // Bodies are made when the file is written, not held for every figure at once.
      const csv = () => csvText(f.rendered.table.columns, f.rendered.table.rows);
      const files: {
        params: { year: string; file: string };
        props: { type: string; body: (site: URL | undefined) => string | Promise<Buffer | Uint8Array> };
      }[] = [
        {
          params: { year: String(year), file: `${f.spec.id}.csv` },
          props: { type: 'text/csv; charset=utf-8', body: csv },
        },
        {
          params: { year: String(year), file: `${f.spec.id}.zip` },
          props: {
            type: 'application/zip',
            body: (site) => {
              const url = new URL(href(import.meta.env.BASE_URL, year, 'figures', f.spec.id), site).href;
              const work = figureWork(
                bundle.edition,
                { id: f.spec.id, number: f.number, title: f.spec.title },
                url,
                false,
              );
              return datasetZip(figureDataset(f), zipContext(bundle, url, work));
            },
          },
        },
      ];
      const chart = f.rendered.chart;
      if (chart) {
        const svg = () => {
          const r = f.dataset.resource;
          return withCaption(chart, `${f.number} ${f.spec.title}`, sourceLine(r));
        };
        files.push({
          params: { year: String(year), file: `${f.spec.id}.svg` },
          props: { type: 'image/svg+xml', body: svg },
        });
        files.push({
          params: { year: String(year), file: `${f.spec.id}.png` },
          props: { type: 'image/png', body: () => svgToPng(svg(), chart.width * 2) },
        });
      }
      return files;
    }),
  );
}

export const GET: APIRoute = async ({ props, site }) =>
  new Response((await (props.body as (site: URL | undefined) => string | Promise<Buffer>)(site)) as BodyInit, {
    headers: { 'Content-Type': props.type as string },
  });
