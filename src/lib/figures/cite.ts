/** What a citation of a figure needs to know. */
export interface CitationInput {
  number: string;
  title: string;
  /** The chapter's or case's authors; the editors when the page has none. */
  authors: string[];
  bookTitle: string;
  editors: string[];
  publisher: string;
  place?: string | undefined;
  year: number;
  url: string;
  /** Date the reader accessed the page, YYYY-MM-DD. */
  accessed: string;
}

/** GB/T 7714-2015 style: 作者. 题名[EB/OL]//主编. 书名. 出版地: 出版者, 年[引用日期]. URL. */
export function citeGbt7714(c: CitationInput): string {
  return `${c.authors.join(', ')}. ${c.number} ${c.title}[EB/OL]//${c.editors.join(', ')}. ${c.bookTitle}. ${c.place ? `${c.place}: ` : ''}${c.publisher}, ${c.year}[${c.accessed}]. ${c.url}.`;
}

/** APA 7 style for a figure in an edited book, with its URL. */
export function citeApa(c: CitationInput): string {
  return `${c.authors.join(', ')} (${c.year}). ${c.number} ${c.title} [Figure]. In ${c.editors.join(', ')} (Ed${c.editors.length > 1 ? 's' : ''}.), ${c.bookTitle}. ${c.publisher}. ${c.url}`;
}

/** A BibTeX @incollection entry; the key is stable (year + figure id). */
export function citeBibtex(c: CitationInput, key: string): string {
  const field = (k: string, v: string) => `  ${k} = {${v.replace(/[{}]/g, '')}},`;
  return [
    `@incollection{${key},`,
    field('author', c.authors.join(' and ')),
    field('title', `${c.number} ${c.title}`),
    field('booktitle', c.bookTitle),
    field('editor', c.editors.join(' and ')),
    field('publisher', c.publisher),
    ...(c.place ? [field('address', c.place)] : []),
    field('year', String(c.year)),
    field('url', c.url),
    field('urldate', c.accessed),
    '}',
  ].join('\n');
}
