// Astro glue: a dataset's revisions since the previous edition that has it.
import { datasetRevisions, type Dataset, type DatasetRevisions } from '../lib/datasets/index.ts';
import { loadEditions } from './collections.ts';
import { editionDatasets } from './datasets.ts';

/**
 * The revisions of a dataset since the nearest earlier edition that has a dataset of the same name (undefined: none
 * has). Only earlier editions are read: an edition's pages never depend on later ones.
 */
export async function revisionsOf(dataset: Dataset): Promise<DatasetRevisions | undefined> {
  const previous = await previousDataset(dataset);
  return previous ? datasetRevisions(previous, dataset) : undefined;
}

/** The same dataset (by name) in the nearest earlier edition that has it. */
export async function previousDataset(dataset: Dataset): Promise<Dataset | undefined> {
  const years = (await loadEditions())
    .map((e) => e.year)
    .filter((y) => y < dataset.year)
    .sort((a, b) => b - a);
  for (const y of years) {
    const previous = editionDatasets(y).find((d) => d.resource.name === dataset.resource.name);
    if (previous) return previous;
  }
  return undefined;
}
