import type { Edition } from '../content/schema.ts';

/**
 * The edition's own date as YYYY-MM-DD (its `published` month or day, else 1 January of its year):
 * files made from an edition carry it, so that two builds of an unchanged edition give the same bytes.
 */
export function editionDate(edition: Pick<Edition, 'published' | 'year'>): string {
  return edition.published ? edition.published.padEnd(10, '-01').slice(0, 10) : `${edition.year}-01-01`;
}
