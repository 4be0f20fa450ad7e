// Astro glue: what a dataset's or figure's zip says about where it sits (lib/datasets/dataset-zip.ts).
import { type CslItem, formatReference } from '../lib/citations/index.ts';
import type { ZipContext } from '../lib/datasets/index.ts';
import { editionDate } from '../lib/editions/index.ts';
import type { EditionBundle } from './collections.ts';

/** The zip's context: the edition, the permanent address `url`, the work cited, and the edition's date. */
export function zipContext(bundle: EditionBundle, url: string, work: CslItem): ZipContext {
  const { edition } = bundle;
  return {
    edition: { year: bundle.year, title: edition.title.zh, series: edition.series.zh },
    url,
    citation: {
      gbt7714: formatReference(work, 'china-national-standard-gb-t-7714-2015-numeric').text,
      apa: formatReference(work, 'apa').text,
    },
    // The edition's own date: the same edition gives the same bytes.
    date: new Date(`${editionDate(edition)}T00:00:00Z`),
  };
}
