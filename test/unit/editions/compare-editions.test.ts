import { describe, expect, it } from 'vitest';
import { compareEditions, type EditionSummary } from '../../../src/lib/editions/compare-editions.ts';

// Test data: two made-up editions.
const a: EditionSummary = {
  year: 2030,
  chapters: [
    { slug: 'b1', code: 'B.1', title: '总报告', status: 'full' },
    { slug: 'b2', code: 'B.2', title: '旧章', status: 'full' },
  ],
  datasets: [
    { name: 'towns', title: '小镇', rows: 10, fields: ['p', 'n'], status: 'published' },
    { name: 'old', title: '旧数据', rows: 1, fields: ['x'], status: 'published' },
  ],
};
const b: EditionSummary = {
  year: 2031,
  chapters: [
    { slug: 'b1', code: 'B.1', title: '总报告（修订）', status: 'full' },
    { slug: 'b3', code: 'B.3', title: '新章', status: 'title-only' },
  ],
  datasets: [
    { name: 'towns', title: '小镇', rows: 12, fields: ['p', 'n', 'code'], status: 'published' },
    { name: 'new', title: '新数据', rows: 3, fields: ['y'], status: 'derived' },
  ],
};

describe('compareEditions(a, b)', () => {
  const c = compareEditions(a, b);
  it('lists chapters added, removed and retitled, by URL', () => {
    expect(c.chaptersAdded.map((x) => x.slug)).toEqual(['b3']);
    expect(c.chaptersRemoved.map((x) => x.slug)).toEqual(['b2']);
    expect(c.chaptersRetitled).toEqual([{ slug: 'b1', before: '总报告', after: '总报告（修订）' }]);
  });
  it('lists datasets added, removed and changed (rows 10 → 12, field code added)', () => {
    expect(c.datasetsAdded.map((x) => x.name)).toEqual(['new']);
    expect(c.datasetsRemoved.map((x) => x.name)).toEqual(['old']);
    expect(c.datasetsChanged).toEqual([
      { name: 'towns', title: '小镇', rowsBefore: 10, rowsAfter: 12, fieldsAdded: ['code'], fieldsRemoved: [] },
    ]);
  });
  it('follows a dataset renamed with `formerly`: changed, not removed and added', () => {
    const renamed = { name: 'towns-2031', title: '小镇', rows: 10, fields: ['p', 'n'], status: 'published' };
    const r = compareEditions(a, { ...b, datasets: [{ ...renamed, formerly: ['towns'] }] });
    expect(r.datasetsAdded).toEqual([]);
    expect(r.datasetsRemoved.map((x) => x.name)).toEqual(['old']);
    expect(r.datasetsChanged).toEqual([
      {
        name: 'towns-2031',
        renamedFrom: 'towns',
        title: '小镇',
        rowsBefore: 10,
        rowsAfter: 10,
        fieldsAdded: [],
        fieldsRemoved: [],
      },
    ]);
    // Undeclared, the same data under a new name is a dataset removed and one added.
    const undeclared = compareEditions(a, { ...b, datasets: [renamed] });
    expect(undeclared.datasetsAdded.map((x) => x.name)).toEqual(['towns-2031']);
    expect(undeclared.datasetsRemoved.map((x) => x.name)).toEqual(['towns', 'old']);
  });
  it('finds nothing between an edition and itself', () => {
    const same = compareEditions(a, a);
    expect(
      [
        same.chaptersAdded,
        same.chaptersRemoved,
        same.chaptersRetitled,
        same.datasetsAdded,
        same.datasetsRemoved,
        same.datasetsChanged,
      ].flat(),
    ).toEqual([]);
  });
});
