import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/datasets/dataset.ts';
import { datasetRevisions, revisionsSummary, revisionsTable } from '../../../src/lib/datasets/revisions.ts';

// Test data: made-up counts, not the report's.
function dataset(year: number, fields: [string, string, object?][], rows: object[], primaryKey?: string): Dataset {
  return {
    year,
    file: `data/${year}/towns.csv`,
    rows: rows as Dataset['rows'],
    resource: {
      name: 'towns',
      title: { zh: '测试' },
      schema: { fields: fields.map(([name, type, more]) => ({ name, type, ...more })), primaryKey },
    },
  } as unknown as Dataset;
}
const before = dataset(
  2019,
  [
    ['province', 'string'],
    ['count', 'integer'],
    ['share', 'number', { decimals: 1 }],
    ['note', 'string'],
  ],
  [
    { province: '浙江', count: 15, share: 7.2, note: 'a' },
    { province: '江苏', count: 13, share: 6.2, note: 'b' },
    { province: '山东', count: 10, share: 4.8, note: 'c' },
    { province: '广东', count: 9, share: 4.3, note: 'd' },
  ],
  'province',
);
const after = dataset(
  2020,
  [
    ['province', 'string'],
    ['count', 'integer'],
    ['share', 'number', { decimals: 1 }],
    ['remark', 'string'],
  ],
  [
    { province: '浙江', count: 16, share: 7.24, note: undefined, remark: 'a' },
    { province: '江苏', count: 13, share: 6.5, remark: 'b' },
    { province: '山东', count: 10, share: 4.8, remark: 'c2' },
    { province: '四川', count: 8, share: 3.8, remark: 'e' },
  ],
  'province',
);

describe('datasetRevisions(previous, current)', () => {
  const r = datasetRevisions(before, after);
  it('matches rows on the primary key and lists each revised value, at the stated precision', () => {
    expect(r.changed).toEqual([
      { key: '浙江', field: 'count', before: 15, after: 16 },
      { key: '江苏', field: 'share', before: 6.2, after: 6.5 },
      { key: '山东', field: 'remark', before: 'c', after: 'c2' },
    ]);
  });
  it('lists added and removed rows, and a renamed field (same type, same values) as a rename', () => {
    expect([r.added, r.removed]).toEqual([['四川'], ['广东']]);
    expect(r.fieldsRenamed).toEqual([{ from: 'note', to: 'remark' }]);
    expect([r.fieldsAdded, r.fieldsRemoved, r.typeChanged]).toEqual([[], [], []]);
  });
  it('says it in a sentence, and as CSV rows', () => {
    expect(revisionsSummary(r, 'en')).toBe('3 values revised, 1 row added, 1 row removed, 1 field renamed.');
    expect(revisionsSummary(r, 'zh')).toBe('3个数值修订，1行新增，1行删去，1个字段改名。');
    expect(revisionsTable(r).rows[0]).toEqual(['value revised', '浙江', 'count', 15, 16]);
    expect(revisionsTable(r).rows.map((x) => x[0])).toEqual([
      'value revised',
      'value revised',
      'value revised',
      'row added',
      'row removed',
      'field renamed',
    ]);
  });
  it('reports a type change, and leaves that field out of the value comparison', () => {
    const retyped = dataset(
      2020,
      [
        ['province', 'string'],
        ['count', 'number'],
        ['share', 'number'],
        ['note', 'string'],
      ],
      before.rows.map((x) => ({ ...x, count: Number(x.count) + 0.5 })),
      'province',
    );
    const t = datasetRevisions(before, retyped);
    expect(t.typeChanged).toEqual([{ field: 'count', from: 'integer', to: 'number' }]);
    expect(t.changed).toEqual([]);
  });
  it('without a primary key, compares whole rows and says so', () => {
    const noKey = datasetRevisions(
      dataset(
        2019,
        [
          ['province', 'string'],
          ['count', 'integer'],
        ],
        [
          { province: '浙江', count: 15 },
          { province: '江苏', count: 13 },
        ],
      ),
      dataset(
        2020,
        [
          ['province', 'string'],
          ['count', 'integer'],
        ],
        [
          { province: '浙江', count: 16 },
          { province: '江苏', count: 13 },
        ],
      ),
    );
    expect([noKey.rowLevel, noKey.key, noKey.changed]).toEqual([true, undefined, []]);
    expect([noKey.added, noKey.removed]).toEqual([['浙江 | 16'], ['浙江 | 15']]);
  });
});
