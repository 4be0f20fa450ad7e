// Astro glue: the towns of an edition's directory.
import { editionTowns, type Town } from '../lib/search/index.ts';
import type { Edition } from '../lib/content/index.ts';
import { editionDatasets } from './datasets.ts';

export function towns(year: number, edition: Edition): Town[] {
  return editionTowns(edition, editionDatasets(year));
}
