import { describe, expect, it } from 'vitest';
import { chapterSchema, editionSchema, frontSchema } from '../../../src/lib/content/schema.ts';

const chapter = {
  code: 'B.3',
  part: 'topics',
  title: '中国智慧城市发展现状',
  authors: ['潘砚婷', '于飞'],
  page: 63,
  status: 'title-only',
};

describe('chapterSchema.safeParse(frontmatter)', () => {
  it('accepts a title-only chapter and defaults keywords and sections to empty', () => {
    const r = chapterSchema.safeParse(chapter);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ keywords: [], sections: [] });
  });
  it('rejects a code that is not B.<n>', () => {
    expect(chapterSchema.safeParse({ ...chapter, code: 'B3' }).success).toBe(false);
  });
  it('rejects a chapter without authors', () => {
    expect(chapterSchema.safeParse({ ...chapter, authors: [] }).success).toBe(false);
  });
  it('rejects an unknown text status', () => {
    expect(chapterSchema.safeParse({ ...chapter, status: 'draft' }).success).toBe(false);
  });
  it('rejects a page number of 0', () => {
    expect(chapterSchema.safeParse({ ...chapter, page: 0 }).success).toBe(false);
  });
});

describe('editionSchema.safeParse(edition)', () => {
  const edition = {
    year: 2018,
    series: { zh: '特色小镇蓝皮书', number: 1 },
    title: { zh: '报告' },
    editors: { chief: ['陈劲'] },
    publisher: { zh: '社会科学文献出版社' },
    isbn: '978-7-5201-2179-8',
    published: '2018-01',
    parts: [{ id: 'general', numeral: 'I', zh: '总报告' }],
  };
  it('accepts a minimal edition', () => {
    expect(editionSchema.safeParse(edition).success).toBe(true);
  });
  it('accepts an edition not yet published (no ISBN, no date)', () => {
    const { isbn: _i, published: _p, ...draft } = edition;
    expect(editionSchema.safeParse(draft).success).toBe(true);
  });
  it('rejects an ISBN without hyphens', () => {
    expect(editionSchema.safeParse({ ...edition, isbn: '9787520121798' }).success).toBe(false);
  });
  it('rejects an edition without parts', () => {
    expect(editionSchema.safeParse({ ...edition, parts: [] }).success).toBe(false);
  });
});

describe('frontSchema.safeParse(frontmatter)', () => {
  it('accepts a preface whose signer has titles but no name', () => {
    expect(
      frontSchema.safeParse({ kind: 'preface', title: '序', order: 4, signer: { name: null, titles: ['院士'] } })
        .success,
    ).toBe(true);
  });
  it('rejects an unknown kind', () => {
    const r = frontSchema.safeParse({ kind: 'foreword', title: '序', order: 1 });
    expect(r.success).toBe(false);
  });
  it('requires keywords on the abstract page', () => {
    expect(frontSchema.safeParse({ kind: 'abstract', title: '摘要', order: 3, keywords: [] }).success).toBe(false);
  });
});
