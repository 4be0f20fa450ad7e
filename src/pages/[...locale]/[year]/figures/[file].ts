// Figure downloads: <id>.svg, <id>.png (rendered at build with resvg) and <id>.csv (the data shown).
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { csvText } from '@/lib/datasets/index.ts';
import { svgToPng } from '@/lib/figures/index.ts';
import { withCaption } from '@/lib/figures/index.ts';
import { sourceLine } from '@/lib/figures/index.ts';
import { renderedEditions } from '@/site/collections.ts';
import { editionFigures } from '@/site/figures.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  return (await renderedEditions()).flatMap(({ year }) =>
    editionFigures(year).flatMap((f) => {
      // Bodies are made when the file is written, not held for every figure at once.
      const csv = () => csvText(f.rendered.table.columns, f.rendered.table.rows);
      const files: {
        params: { year: string; file: string };
        props: { type: string; body: () => string | Promise<Buffer> };
      }[] = [
        {
          params: { year: String(year), file: `${f.spec.id}.csv` },
          props: { type: 'text/csv; charset=utf-8', body: csv },
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

export const GET: APIRoute = async ({ props }) =>
  new Response((await (props.body as () => string | Promise<Buffer>)()) as BodyInit, {
    headers: { 'Content-Type': props.type as string },
  });
