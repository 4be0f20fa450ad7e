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

/**
 * COinS (OpenURL ContextObject in a span's title, Z39.88-2004): what Zotero's page reader and
 * other reference managers take from a page with no citation_* tags, here a part of a book.
 */
export function coins(c: CitationInput): string {
  const kev: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'bookitem'],
    ['rft.atitle', `${c.number} ${c.title}`],
    ['rft.btitle', c.bookTitle],
    ...c.authors.map((a): [string, string] => ['rft.au', a]),
    ['rft.pub', c.publisher],
    ...(c.place ? [['rft.place', c.place] as [string, string]] : []),
    ['rft.date', String(c.year)],
    ['rft_id', c.url],
  ];
  return kev.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
