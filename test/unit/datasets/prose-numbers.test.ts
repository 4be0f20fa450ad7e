import { describe, expect, it } from 'vitest';
import { evaluateRef, findDataRefs, isProblem } from '../../../src/lib/datasets/prose-numbers.ts';
import type { Dataset } from '../../../src/lib/datasets/load-datapackage.ts';
import { agrees, formatNumber, formatPercent, numberInText } from '../../../src/lib/datasets/format.ts';

// Test data, not real figures.
const types: Dataset = {
  year: 2030,
  file: 'data/2030/types.csv',
  resource: {
    name: 'types',
    paths: ['types.csv'],
    dialect: {},
    encoding: 'utf-8',
    title: { zh: '类型' },
    description: '测试',
    status: 'published',
    gaps: [],
    schema: {
      fields: [
        { name: 'type', type: 'string' },
        { name: 'count', type: 'integer' },
      ],
    },
    sources: [{ title: '测试' }],
    licenses: [{ name: 'CC0-1.0' }],
  },
  rows: [
    { type: '旅游', count: 64 },
    { type: '历史', count: 23 },
    { type: '其他', count: 40 },
  ],
};
const body =
  '第一段。\n\n共有<Assert dataset="types" measure="value" column="count" where="type=旅游">64</Assert>个，占<Assert dataset="types" measure="share" column="count" where="type=旅游">50.39%</Assert>。\n总数<Num dataset="types" measure="sum" column="count" unit="个" />。';

describe('findDataRefs(body, firstLine)', () => {
  it('finds Num and Assert with attributes, words and file positions', () => {
    const refs = findDataRefs(body, 10);
    expect(refs.map((r) => [r.tag, r.line, r.column, r.text])).toEqual([
      ['Assert', 12, 3, '64'],
      ['Assert', 12, 88, '50.39%'],
      ['Num', 13, 3, ''],
    ]);
    expect(refs[0]!.attrs).toEqual({ dataset: 'types', measure: 'value', column: 'count', where: 'type=旅游' });
  });
});

describe('evaluateRef(ref, datasets, file)', () => {
  const [value, share, sum] = findDataRefs(body, 10);
  it("passes an Assert whose number agrees and shows the author's words", () => {
    expect(evaluateRef(value!, [types], 'b1.mdx')).toMatchObject({ display: '64', computed: '64' });
  });
  it('checks a share to the decimals written: 64/127 = 50.39%', () => {
    expect(evaluateRef(share!, [types], 'b1.mdx')).toMatchObject({ display: '50.39%', computed: '50.39%' });
  });
  it('renders a Num as the formatted value with its unit', () => {
    expect(evaluateRef(sum!, [types], 'b1.mdx')).toMatchObject({ display: '127个' });
  });
  it('fails an Assert whose number differs, naming file, line and both numbers', () => {
    const r = evaluateRef({ ...value!, text: '65' }, [types], 'content/2030/chapters/b1.mdx');
    expect(isProblem(r) && r).toEqual({
      file: 'content/2030/chapters/b1.mdx',
      line: 12,
      column: 3,
      where: '<Assert dataset="types" measure="value">',
      expected: '64 (computed from types)',
      found: 'the text says 65',
    });
  });
  it("fails on an unknown column, listing the dataset's columns", () => {
    const r = evaluateRef({ ...sum!, attrs: { ...sum!.attrs, column: 'cnt' } }, [types], 'b1.mdx');
    expect(isProblem(r) && [r.expected, r.found]).toEqual(['a column of types: type, count', '"cnt"']);
  });
  it("fails on an unknown dataset, listing the edition's datasets", () => {
    const r = evaluateRef({ ...sum!, attrs: { ...sum!.attrs, dataset: 'typo' } }, [types], 'b1.mdx');
    expect(isProblem(r) && r.expected).toBe('a dataset of this edition: types');
  });
  it('checks labels for max and top regardless of order', () => {
    const top = {
      tag: 'Assert' as const,
      attrs: { dataset: 'types', measure: 'top', n: '2', column: 'count', label: 'type', expect: '其他、旅游' },
      text: '旅游和其他',
      line: 1,
      column: 1,
    };
    expect(isProblem(evaluateRef(top, [types], 'x'))).toBe(false);
    expect(isProblem(evaluateRef({ ...top, attrs: { ...top.attrs, expect: '历史、旅游' } }, [types], 'x'))).toBe(true);
  });
});

describe('format', () => {
  it('formatNumber(1000) is 1,000 and formatPercent(50.3937) is 50.39%', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatPercent(50.3937)).toBe('50.39%');
  });
  it('numberInText reads 1,000个, 50.39% and 127', () => {
    expect([numberInText('1,000个'), numberInText('50.39%'), numberInText('127'), numberInText('无')]).toEqual([
      1000,
      50.39,
      127,
      null,
    ]);
  });
  it('agrees(50.39, 50.3937, 2) but not agrees(50.4, 50.3937, 2)', () => {
    expect(agrees(50.39, 50.3937, 2)).toBe(true);
    expect(agrees(50.4, 50.3937, 2)).toBe(false);
  });
});
