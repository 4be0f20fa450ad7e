import { describe, expect, it } from 'vitest';
import { chapterCitationMeta } from '../../../src/lib/content/scholar-meta.ts';
import { editionSchema } from '../../../src/lib/content/schema.ts';

const edition = editionSchema.parse({
  year: 2030,
  series: { zh: '测试蓝皮书', number: 1 },
  title: { zh: '测试报告（2030）' },
  subtitle: { zh: '副标题' },
  editors: { chief: ['主编甲'] },
  publisher: { zh: '测试出版社' },
  isbn: '978-7-5201-2179-8',
  published: '2030-01',
  parts: [{ id: 'general', numeral: 'I', zh: '总报告' }],
});

describe('chapterCitationMeta(edition, chapter, url)', () => {
  it('gives the Highwire tags of a book section: chapter title, each author, the book with its editor, publisher, date, ISBN, first page', () => {
    expect(
      chapterCitationMeta(
        edition,
        { title: '测试章节', authors: ['作者甲', '作者乙'], page: 12 },
        'https://example.org/2030/b1/',
      ),
    ).toEqual([
      ['citation_title', '测试章节'],
      ['citation_author', '作者甲'],
      ['citation_author', '作者乙'],
      ['citation_inbook_title', '测试报告（2030）：副标题'],
      ['citation_book_title', '测试报告（2030）：副标题'],
      ['citation_editor', '主编甲'],
      ['citation_publisher', '测试出版社'],
      ['citation_publication_date', '2030/01'],
      ['citation_isbn', '978-7-5201-2179-8'],
      ['citation_firstpage', '12'],
      ['citation_language', 'zh'],
      ['citation_public_url', 'https://example.org/2030/b1/'],
    ]);
  });
  it('leaves out the ISBN and the page when the book has none, and dates by the year until published', () => {
    const draft = { ...edition, isbn: undefined, published: undefined };
    const tags = chapterCitationMeta(
      draft,
      { title: '章', authors: ['甲'], page: undefined as unknown as number },
      'u',
    );
    expect(tags.map(([n]) => n)).not.toContain('citation_isbn');
    expect(tags.map(([n]) => n)).not.toContain('citation_firstpage');
    expect(tags).toContainEqual(['citation_publication_date', '2030']);
  });
});
