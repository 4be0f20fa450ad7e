// Astro glue: the citation data of a figure.
import type { CitationInput } from '../lib/figures/cite.ts';
import type { Edition } from '../lib/content/schema.ts';
import type { SiteFigure } from './figures.ts';
import type { EditionBundle } from './collections.ts';

/**
 * Figures are drawn by the digital edition from its datasets, not by the chapter's authors,
 * so the digital edition is credited as their author.
 */
export function citationFor(figure: SiteFigure, bundle: EditionBundle, edition: Edition, url: string): CitationInput {
  return {
    number: figure.number,
    title: figure.spec.title,
    authors: [`${edition.series.zh}数字版`],
    bookTitle: edition.subtitle ? `${edition.title.zh}：${edition.subtitle.zh}` : edition.title.zh,
    editors: edition.editors.chief,
    publisher: edition.publisher.zh,
    place: edition.publisher.place,
    year: Number(edition.published?.slice(0, 4) ?? bundle.year),
    url,
    accessed: 'YYYY-MM-DD',
  };
}
