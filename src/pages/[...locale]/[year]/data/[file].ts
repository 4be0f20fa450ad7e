// Downloads: /<year>/data/<urlSegment(name)>.csv (formula-looking cells neutralised) and <name>.json (with provenance).
import { atRoot } from '../../../../site/routes.ts';
import type { APIRoute } from 'astro';
import { csvText, type Dataset, datasetZip, revisionsTable, toCsv, toJson } from '../../../../lib/datasets/index.ts';
import { datasetWork } from '../../../../lib/citations/index.ts';
import { zipContext } from '../../../../site/zips.ts';
import { datasetUrl } from '../../../../lib/links/index.ts';
import { revisionsOf } from '../../../../site/revisions.ts';
import { renderedEditions, type EditionBundle } from '../../../../site/collections.ts';
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
  return (await renderedEditions()).flatMap((bundle) =>
    editionDatasets(bundle.year).flatMap((dataset) => [
      // A zip that explains itself: data.csv, datapackage.json (this resource only) and a README.
      {
        params: { year: String(bundle.year), file: `${urlSegment(dataset.resource.name)}.zip` },
        props: { zip: { bundle, dataset }, type: 'application/zip' },
      },
      {
        params: { year: String(bundle.year), file: `${urlSegment(dataset.resource.name)}.csv` },
        props: { body: toCsv(dataset), type: 'text/csv; charset=utf-8' },
      },
      {
        params: { year: String(bundle.year), file: `${urlSegment(dataset.resource.name)}.json` },
        props: { body: toJson(dataset), type: 'application/json' },
      },
    ]),
  );
}

export const GET: APIRoute = async ({ props, site }) => {
  const zip = props.zip as { bundle: EditionBundle; dataset: Dataset } | undefined;
  if (!zip) return new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
  const { bundle, dataset } = zip;
  const url = new URL(datasetUrl(import.meta.env.BASE_URL, bundle.year, dataset.resource.name), site).href;
  const work = datasetWork(
    bundle.edition,
    { name: dataset.resource.name, title: dataset.resource.title.zh },
    url,
    false,
  );
  const bytes = await datasetZip(dataset, zipContext(bundle, url, work));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
