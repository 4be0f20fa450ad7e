import type { Chapter, Edition } from './schema.ts';

/**
 * Highwire Press `citation_*` tags for a chapter page, the tags Google Scholar indexes and
 * Zotero's and other reference managers' page readers turn into a book-section record: title,
 * authors, the book with its editors, publisher, date and ISBN, first page, language, address.
 */
export function chapterCitationMeta(
  edition: Edition,
  chapter: Pick<Chapter, 'title' | 'authors' | 'page'>,
  url: string,
): [string, string][] {
  const book = edition.subtitle ? `${edition.title.zh}：${edition.subtitle.zh}` : edition.title.zh;
  return [
    ['citation_title', chapter.title],
    ...chapter.authors.map((a): [string, string] => ['citation_author', a]),
    ['citation_inbook_title', book],
    ['citation_book_title', book],
    ...edition.editors.chief.map((e): [string, string] => ['citation_editor', e]),
    ['citation_publisher', edition.publisher.zh],
    ['citation_publication_date', (edition.published ?? String(edition.year)).replaceAll('-', '/')],
    ...(edition.isbn ? [['citation_isbn', edition.isbn] as [string, string]] : []),
    ...(chapter.page ? [['citation_firstpage', String(chapter.page)] as [string, string]] : []),
    ['citation_language', edition.language === 'en' ? 'en' : 'zh'],
    ['citation_public_url', url],
  ];
}
