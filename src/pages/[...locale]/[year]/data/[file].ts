// Downloads: /<year>/data/<urlSegment(name)>.csv (formula-looking cells neutralised) and <name>.json (with provenance).
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { csvText, revisionsTable, toCsv, toJson } from '../../../../lib/datasets/index.ts';
import { revisionsOf } from '../../../../site/revisions.ts';
import { renderedEditions } from '../../../../site/collections.ts';
import { editionDatasets } from '../../../../site/datasets.ts';
import { urlSegment } from '../../../../lib/links/index.ts';

export async function getStaticPaths() {
  return atRoot(await pagePaths());
}

async function pagePaths() {
  const revisions = [];
  for (const { year } of await renderedEditions())
    for (const dataset of editionDatasets(year)) {
      const r = await revisionsOf(dataset);
      if (!r) continue;
      const table = revisionsTable(r);
      revisions.push({
        params: { year: String(year), file: `${urlSegment(dataset.resource.name)}.revisions.csv` },
        props: { body: csvText(table.columns, table.rows), type: 'text/csv; charset=utf-8' },
      });
    }
  return [...revisions, ...(await datasetFiles())];
}

async function datasetFiles() {
  return (await renderedEditions()).flatMap(({ year }) =>
    editionDatasets(year).flatMap((dataset) => [
      {
        params: { year: String(year), file: `${urlSegment(dataset.resource.name)}.csv` },
        props: { body: toCsv(dataset), type: 'text/csv; charset=utf-8' },
      },
      {
        params: { year: String(year), file: `${urlSegment(dataset.resource.name)}.json` },
        props: { body: toJson(dataset), type: 'application/json' },
      },
    ]),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
