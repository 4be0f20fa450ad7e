import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvText, toCsv, toJson } from '../../../src/lib/datasets/export.ts';
import type { Dataset } from '../../../src/lib/datasets/load-datapackage.ts';

const dataset: Dataset = {
  year: 2030,
  file: 'x.csv',
  resource: {
    name: 'cells',
    paths: ['x.csv'],
    dialect: {},
    encoding: 'utf-8',
    title: { zh: '测试' },
    description: '测试数据',
    status: 'illustrative',
    gaps: ['无'],
    schema: {
      fields: [
        { name: 'name', type: 'string' },
        { name: 'value', type: 'number' },
      ],
    },
    sources: [{ title: '测试来源' }],
    licenses: [{ name: 'CC0-1.0' }],
  },
  rows: [
    { name: "=cmd|' /C calc'!A0", value: -3 },
    { name: '<script>alert(1)</script>', value: 1.5 },
    { name: '逗号,与"引号"', value: null },
  ],
};

describe('csvText(fields, rows)', () => {
  it('starts with a UTF-8 byte-order mark (Excel on Chinese Windows) and is otherwise plain CSV', () => {
    const text = csvText(['省份', 'n'], [['浙江', 8]]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('省份,n\n浙江,8\n');
  });
  it('escapes text a spreadsheet would run as a formula, and leaves numbers (negative ones too) alone', () => {
    const parsed = Papa.parse<string[]>(
      csvText(['x'], [['=1+1'], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], [-3], [null], ['浙江']])
        .slice(1)
        .trim(),
    )
      .data.slice(1)
      .map((r) => r[0]);
    expect(parsed).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", '-3', '', '浙江']);
  });
});

describe('toCsv(dataset)', () => {
  it('escapes the formula cell and round-trips the other cells', () => {
    const parsed = Papa.parse<string[]>(toCsv(dataset).slice(1).trim()).data;
    expect(parsed).toEqual([
      ['name', 'value'],
      ["'=cmd|' /C calc'!A0", '-3'],
      ['<script>alert(1)</script>', '1.5'],
      ['逗号,与"引号"', ''],
    ]);
  });
});

describe('toJson(dataset)', () => {
  it('carries status, sources, licence and gaps with the rows', () => {
    const json = JSON.parse(toJson(dataset));
    expect(json).toMatchObject({
      name: 'cells',
      status: 'illustrative',
      sources: [{ title: '测试来源' }],
      licenses: [{ name: 'CC0-1.0' }],
      gaps: ['无'],
    });
    expect(json.rows).toHaveLength(3);
  });
});
