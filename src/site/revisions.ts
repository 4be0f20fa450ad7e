// Astro glue: a dataset's revisions since the previous edition that has it.
import { datasetRevisions, type Dataset, type DatasetRevisions } from '../lib/datasets/index.ts';
import { renderFigure, resolveFigure, revisedCells } from '../lib/figures/index.ts';
import { loadEditions } from './collections.ts';
import { editionDatasets } from './datasets.ts';
import type { SiteFigure } from './figures.ts';

/**
 * The revisions of a dataset since the nearest earlier edition that has it (undefined: none has). Only
 * earlier editions are read: an edition's pages never depend on later ones.
 */
export async function revisionsOf(dataset: Dataset): Promise<DatasetRevisions | undefined> {
  const previous = await previousDataset(dataset);
  if (!previous) return undefined;
  // Every figure drawn from a dataset asks (1,200 figures on one 50,000-row table took 169 s): the pair
  // is compared once. Datasets are new objects when their files change (loadDataPackage), so a dev
  // server compares again after either edition's data is edited.
  const byPrevious = compared.get(dataset) ?? new WeakMap<Dataset, DatasetRevisions>();
  compared.set(dataset, byPrevious);
  let revisions = byPrevious.get(previous);
  if (!revisions) {
    revisions = datasetRevisions(previous, dataset);
    byPrevious.set(previous, revisions);
  }
  return revisions;
}

const compared = new WeakMap<Dataset, WeakMap<Dataset, DatasetRevisions>>();

/** The same dataset in the nearest earlier edition that has it: by name, or by a name it declares it had
 * (`formerly`). */
export async function previousDataset(dataset: Dataset): Promise<Dataset | undefined> {
  const years = (await loadEditions())
    .map((e) => e.year)
    .filter((y) => y < dataset.year)
    .sort((a, b) => b - a);
  for (const y of years) {
    const names = [dataset.resource.name, ...(dataset.resource.formerly ?? [])];
    const previous = editionDatasets(y).find((d) => names.includes(d.resource.name));
    if (previous) return previous;
  }
  return undefined;
}

/**
 * For each cell of a figure's table, the value it had when the figure is drawn on the previous
 * edition's data (undefined: unchanged, new, or the figure cannot be drawn on the old data, e.g. a
 * column it names was added since).
 */
export async function figureRevisedCells(figure: SiteFigure) {
  const previous = await previousDataset(figure.dataset);
  if (!previous) return undefined;
  const resolved = resolveFigure(figure.spec, [previous], { file: figure.file });
  if ('problems' in resolved) return undefined;
  const before = renderFigure(figure.spec, resolved.rows, previous.resource.schema.fields, `${figure.spec.id}-before`);
  return revisedCells(figure.rendered.table, before.table);
}
