// The sections an edition has beyond its chapters (cases, data …), for the header navigation.
import type { UiKey } from '../lib/i18n/index.ts';
import { loadEditions } from './collections.ts';
import { editionDatasets } from './datasets.ts';
import { editionFigures } from './figures.ts';
import { editionListedRankings, editionRankings } from './rankings.ts';

export interface Section {
  key: string;
  label: UiKey;
}

/** Sections of edition `year` that have at least one page. */
export async function editionSections(year: number): Promise<Section[]> {
  const bundle = (await loadEditions()).find((b) => b.year === year);
  if (!bundle) return [];
  const out: Section[] = [];
  if (bundle.cases.length) out.push({ key: 'cases', label: 'cases.title' });
  if (bundle.edition.townDirectory) out.push({ key: 'towns', label: 'towns.nav' });
  if (editionFigures(year).length) out.push({ key: 'figures', label: 'figures.title' });
  if ((await editionRankings(year)).length || editionListedRankings(year).length)
    out.push({ key: 'rankings', label: 'rankings.title' });
  if (editionDatasets(year).length) out.push({ key: 'data', label: 'data.title' });
  return out;
}
