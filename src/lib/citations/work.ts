import type { Edition } from '../content/schema.ts';

/** A work in CSL-JSON, the data model every CSL processor and reference manager shares. */
export interface CslItem {
  id: string;
  type: 'book' | 'chapter' | 'figure' | 'dataset' | 'webpage' | 'article-journal' | 'report' | string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': [number, number?, number?][] };
  accessed?: { 'date-parts': [number, number?, number?][] };
  page?: string;
  ISBN?: string;
  URL?: string;
  language?: string;
  medium?: string;
  [field: string]: unknown;
}
export type CslName = { family: string; given?: string } | { literal: string };

/**
 * A name as CSL wants it. Chinese names stay whole (a literal: 陈劲, never "劲, 陈"); a Latin
 * name written "Given Family" is split so styles can invert and initialise it.
 */
export function cslName(name: string): CslName {
  const parts = name.trim().split(/\s+/);
  if (/[\u3400-\u9fff]/.test(name) || parts.length < 2) return { literal: name.trim() };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

/** `2018-01` or `2018-01-15` (or a bare year) as CSL date parts. */
export function cslDate(date: string): { 'date-parts': [number, number?, number?][] } {
  const [y, m, d] = date.split('-').map(Number);
  return { 'date-parts': [[y!, ...(m ? [m] : []), ...(d ? [d] : [])] as [number, number?, number?]] };
}

/** The printed book's title as cited: title, then subtitle after a full-width colon. */
export function bookTitle(edition: Edition): string {
  return edition.subtitle ? `${edition.title.zh}：${edition.subtitle.zh}` : edition.title.zh;
}

/** The access date a page states: the reader's today, put in by the page's script (a build has no "today"). */
export const ACCESSED_PLACEHOLDER = '9999-12-31';
const accessed = cslDate(ACCESSED_PLACEHOLDER);

function editionFields(edition: Edition): Partial<CslItem> {
  return {
    publisher: edition.publisher.zh,
    ...(edition.publisher.place ? { 'publisher-place': edition.publisher.place } : {}),
    issued: cslDate(edition.published ?? String(edition.year)),
    ...(edition.isbn ? { ISBN: edition.isbn } : {}),
    'collection-title': edition.series.zh,
    language: edition.language,
  };
}

/** The edition as a book, with its chief editors. */
export function editionWork(edition: Edition, url: string, withAccessed = true): CslItem {
  return {
    id: `bluebook${edition.year}`,
    type: 'book',
    title: bookTitle(edition),
    editor: edition.editors.chief.map(cslName),
    ...editionFields(edition),
    URL: url,
    ...(withAccessed ? { accessed } : {}),
  };
}

/** A chapter as a part of the book, by its own authors, with its first printed page. */
export function chapterWork(
  edition: Edition,
  chapter: { slug: string; title: string; authors: string[]; page?: number | undefined },
  url: string,
  withAccessed = true,
): CslItem {
  return {
    id: `bluebook${edition.year}-${chapter.slug}`,
    type: 'chapter',
    title: chapter.title,
    author: chapter.authors.map(cslName),
    editor: edition.editors.chief.map(cslName),
    'container-title': bookTitle(edition),
    ...editionFields(edition),
    ...(chapter.page ? { page: String(chapter.page) } : {}),
    URL: url,
    ...(withAccessed ? { accessed } : {}),
  };
}

/**
 * A figure of the digital edition. Figures are drawn by the digital edition from its datasets,
 * not by the chapter's authors, so the digital edition is credited as their author.
 */
export function figureWork(
  edition: Edition,
  figure: { id: string; number: string; title: string },
  url: string,
  withAccessed = true,
): CslItem {
  return {
    id: `bluebook${edition.year}-${figure.id}`,
    // A part of the (digital) book, as reference managers file it: GB/T 7714 [M/OL]//, a book section.
    type: 'chapter',
    title: `${figure.number} ${figure.title}`,
    author: [{ literal: `${edition.series.zh}数字版` }],
    editor: edition.editors.chief.map(cslName),
    'container-title': bookTitle(edition),
    ...editionFields(edition),
    URL: url,
    ...(withAccessed ? { accessed } : {}),
  };
}

/** A dataset of the digital edition, credited like its figures: compiled by the digital edition from its sources. */
export function datasetWork(
  edition: Edition,
  dataset: { name: string; title: string },
  url: string,
  withAccessed = true,
): CslItem {
  return {
    id: `bluebook${edition.year}-data-${dataset.name}`,
    type: 'dataset',
    title: dataset.title,
    author: [{ literal: `${edition.series.zh}数字版` }],
    ...editionFields(edition),
    'container-title': bookTitle(edition),
    URL: url,
    ...(withAccessed ? { accessed } : {}),
  };
}

/**
 * A work as it stands in whichever edition is the newest (`url`: its /latest/ address): a web page
 * of the series, with no edition's date, number or page, since those change from one edition to
 * the next; the access date says which version the reader saw.
 */
export function latestWork(item: CslItem, edition: Edition, url: string, title = item.title): CslItem {
  return {
    id: `${item.id.replace(/^bluebook\d+/, 'bluebook')}-latest`,
    type: 'webpage',
    title,
    ...(item.author ? { author: item.author } : { author: [{ literal: `${edition.series.zh}数字版` }] }),
    'container-title': edition.series.zh,
    publisher: edition.publisher.zh,
    language: edition.language,
    URL: url,
    accessed,
  };
}
