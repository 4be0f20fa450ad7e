import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import {
  contentsByPart,
  neighbours,
  printPage,
  readingOrder,
  readingSequence,
} from '../../../src/lib/content/contents.ts';

// The printed contents (目录) of the 2018 book, as the seed's OCR gives them.
const printedContents = [
  ['B.1', '总报告', '特色小镇与智慧城市发展趋势', ['陈劲'], 1],
  ['B.2', '主题报告', '中国特色小镇发展状况', ['谢俊'], 10],
  ['B.3', '主题报告', '中国智慧城市发展现状', ['潘砚婷', '于飞'], 63],
  ['B.4', '主题报告', '国外智慧城市发展现状', ['潘砚婷', '于飞'], 85],
  ['B.5', '标准篇', '特色小镇智慧架构', ['黄微', '王冠', '于飞'], 106],
  [
    'B.6',
    '标准篇',
    '特色小镇智慧化模块应用',
    ['李圣权', '王冠', '黄微', '黄紫虹', '兰飒', '陈国光', '袁帆', '于飞'],
    127,
  ],
  [
    'B.7',
    '案例篇',
    '中美人工智能产业聚集区域与人工智能小镇发展状况',
    ['俞璐', '于飞', '廖广进', '裴卉青', '邵怀中'],
    155,
  ],
  ['B.8', '案例篇', '中国基金小镇发展状况', ['谢文武', '吴青松', '俞璐', '于飞'], 191],
  ['B.9', '附录', '中国特色小镇智慧化大事记', ['陈菲菲', '向祉贊', '徐杰'], 234],
] as const;

const { editions, problems } = checkContent('.');
const e2018 = editions.find((e) => e.year === 2018)!;

describe('the 2018 edition', () => {
  it('passes every content check', () => {
    expect(problems).toEqual([]);
  });

  it('has all 9 chapters of the printed contents, in order, with their parts, authors and pages', () => {
    const order = readingOrder(e2018.edition, e2018.chapters);
    const partName = (id: string) => e2018.edition.parts.find((p) => p.id === id)!.zh;
    expect(order.map((c) => [c.data.code, partName(c.data.part), c.data.title, c.data.authors, c.data.page])).toEqual(
      printedContents,
    );
  });

  it('lists the parts in the printed order', () => {
    expect(contentsByPart(e2018.edition, e2018.chapters).map((p) => `${p.part.numeral} ${p.part.zh}`)).toEqual([
      'I 总报告',
      'II 主题报告',
      'III 标准篇',
      'IV 案例篇',
      'VI 附录',
    ]);
  });

  it('holds B.1 in part: abstract, keywords, section 一 and the start of 二', () => {
    const b1 = e2018.chapters.find((c) => c.data.code === 'B.1')!;
    expect(b1.data.status).toBe('partial');
    expect(b1.data.keywords).toEqual(['智慧城市', '特色小镇', '智慧特色小镇', '产城人文']);
    expect(b1.body).toContain('## 一 国家政策助力特色小镇建设');
    expect(b1.body).toContain('## 二 盲目热');
    expect(b1.body).not.toContain('## 三');
    expect(b1.data.sections.map((s) => s.page)).toEqual([2, 3, 6, 8]);
  });

  it('has no OCR page-break artefacts left in B.1', () => {
    const b1 = e2018.chapters.find((c) => c.data.code === 'B.1')!;
    expect(b1.body).not.toMatch(/问题\s*列问题/);
    expect(b1.body).not.toMatch(/特\s*\n\s*色/);
    // Half-width commas between Han characters are OCR, not the book's punctuation.
    expect(b1.body).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
  });

  it('marks every chapter without text as title-only', () => {
    for (const c of e2018.chapters.filter((c) => !c.body.trim())) expect(c.data.status).toBe('title-only');
  });

  it("has the four front-matter pages in the book's order", () => {
    expect(e2018.front.map((f) => f.data.kind)).toEqual(['committee', 'contributors', 'abstract', 'preface']);
  });

  it('neighbours(sequence, "b1") is the preface before and B.2 next; the committee page has no previous, and leads to the contributors', () => {
    const sequence = readingSequence(
      e2018.edition,
      e2018.chapters,
      e2018.front.map((f) => ({ slug: f.slug, title: f.data.title })),
    );
    const n = neighbours(sequence, 'b1');
    expect(n.prev?.slug).toBe('preface');
    expect(n.next?.code).toBe('B.2');
    expect(neighbours(sequence, 'committee')).toEqual({
      next: { slug: 'contributors', code: '', title: e2018.front[1]!.data.title },
    });
  });
  it('printPage(1) is "1", as the book prints it (not "001")', () => expect(printPage(1)).toBe('1'));
});
