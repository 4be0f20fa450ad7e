import { afterEach, describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';
import { dataProject, towns } from '../../helpers/data-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const load = (files: Record<string, string | Uint8Array>, resources: object[] = [towns]) => {
  const p = dataProject(resources, files);
  cleanups.push(p.remove);
  return loadDataPackage(p.dir, 2030);
};
const csv = 'data/2030/towns.csv';

describe('loadDataPackage(root, year)', () => {
  it('returns typed rows: integers and numbers as numbers, empty cells as null', () => {
    const r = load({ 'towns.csv': 'province,type,count,share\n浙江,旅游发展型,8,"1,000.5"\n江苏,,7,\n' });
    expect(r.problems).toEqual([]);
    expect(r.datasets[0]!.rows).toEqual([
      { province: '浙江', type: '旅游发展型', count: 8, share: 1000.5 },
      { province: '江苏', type: null, count: 7, share: null },
    ]);
  });

  it('trims spaces, tabs, no-break and ideographic spaces (U+3000) around cells, in text and numbers', () => {
    const r = load({ 'towns.csv': 'province,type,count,share\n\u3000浙江 ,\t旅游发展型\u00a0, 8\u3000,\u20031.5\n' });
    expect(r.problems).toEqual([]);
    expect(r.datasets[0]!.rows).toEqual([{ province: '浙江', type: '旅游发展型', count: 8, share: 1.5 }]);
  });

  it('accepts a UTF-8 file with a byte-order mark', () => {
    const r = load({ 'towns.csv': '\uFEFFprovince,type,count,share\n浙江,旅游发展型,8,1\n' });
    expect(r.problems).toEqual([]);
    expect(r.datasets[0]!.rows[0]!.province).toBe('浙江');
  });

  it('reports a ragged row at its line', () => {
    const r = load({ 'towns.csv': 'province,type,count,share\n浙江,旅游发展型,8,1\n江苏,历史文化型,7\n' });
    expect(r.problems).toEqual([
      {
        file: csv,
        line: 3,
        column: 4,
        expected: '4 cells, as in the header (an empty cell written as nothing between two commas)',
        found: '3 cells',
      },
    ]);
  });

  it('reports a wrong type with line, column, field and value', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n浙江,旅游发展型,八,1\n' }).problems;
    expect(formatProblem(p!)).toBe(
      `${csv}:2:3  count (type integer): expected a whole number (e.g. 127 or 1,000); found "八"`,
    );
  });

  it('reports a value outside the enum', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n浙江,旅游型,8,1\n' }).problems;
    expect(p).toMatchObject({
      file: csv,
      line: 2,
      column: 2,
      where: 'type (enum)',
      expected: 'one of 旅游发展型, 历史文化型',
      found: '"旅游型"',
    });
  });

  it('reports a duplicate primary key naming the first line', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n浙江,,8,\n江苏,,7,\n浙江,,1,\n' }).problems;
    expect(p).toMatchObject({
      file: csv,
      line: 4,
      column: 1,
      where: 'province (primary key)',
      expected: 'a key not already on line 2',
      found: '"浙江"',
    });
  });

  it('reports a missing required value', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n,旅游发展型,8,1\n' }).problems;
    expect(p).toMatchObject({ file: csv, line: 2, column: 1, where: 'province (required)', found: '(empty)' });
  });

  it('reports a value below the minimum', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n浙江,,-1,\n' }).problems;
    expect(p).toMatchObject({ line: 2, column: 3, where: 'count (minimum)', expected: 'a value ≥ 0', found: '-1' });
  });

  it('lists every problem of a file at once, up to a cap', () => {
    // 80 different values below the minimum: 80 problems, not one cause.
    const body = 'province,type,count,share\n' + Array.from({ length: 80 }, (_, i) => `p${i},,-${i + 1},\n`).join('');
    const problems = load({ 'towns.csv': body }).problems;
    expect(problems).toHaveLength(51);
    expect(problems[0]!.line).toBe(2);
    expect(problems[49]!.line).toBe(51);
    expect(problems[50]!.found).toBe('30 more not listed (only the first 50 are shown)');
  });

  it('reports a column missing from the CSV and an undeclared one, at line 1', () => {
    const problems = load({ 'towns.csv': 'province,type,count,population\n浙江,,8,1\n' }).problems;
    expect(problems).toEqual([
      {
        file: csv,
        line: 1,
        column: 4,
        where: 'share',
        expected: 'a column "share" (declared in datapackage.json)',
        found: 'header province,type,count,population',
      },
      {
        file: csv,
        line: 1,
        column: 4,
        where: 'population',
        expected: 'only the declared columns: province, type, count, share',
        found: 'an undeclared column "population"',
      },
    ]);
  });

  it('reports a descriptor pointing at a missing file, at the `path` line of datapackage.json', () => {
    const [p] = load({}).problems;
    expect(p).toMatchObject({
      file: 'data/2030/datapackage.json',
      where: 'path',
      expected: 'a CSV file at data/2030/towns.csv',
      found: 'no such file',
    });
    expect(p!.line).toBeGreaterThan(3);
  });

  it('reports an empty file', () => {
    expect(load({ 'towns.csv': '' }).problems).toEqual([
      { file: csv, line: 1, column: 1, expected: 'a CSV file with a header row', found: 'an empty file' },
    ]);
  });

  it('rejects a GBK file, says it looks like GBK and how to convert it', () => {
    // "省份\n浙江" in GBK: 省=CA A1, 份=B7 DD, 浙=D5 E3, 江=BD AD.
    const gbk = new Uint8Array([
      ...Buffer.from('province,type,count,share\n'),
      0xd5,
      0xe3,
      0xbd,
      0xad,
      ...Buffer.from(',,8,\n'),
    ]);
    const [p] = load({ 'towns.csv': gbk }).problems;
    expect(p).toMatchObject({ file: csv, line: 2, column: 1 });
    expect(p!.found).toContain('GBK/GB18030');
    expect(p!.expected).toContain('iconv -f GBK -t UTF-8 towns.csv > fixed.csv');
  });

  it('reports a bad descriptor field with its line and column', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n' }, [{ ...towns, status: 'draft' }]).problems;
    expect(p).toMatchObject({
      file: 'data/2030/datapackage.json',
      where: 'resources.0.status',
      expected: 'one of published, derived, illustrative',
      found: '"draft"',
    });
    expect(p!.line).toBeGreaterThan(1);
  });

  it('requires derivedFrom on a derived dataset', () => {
    const [p] = load({ 'towns.csv': 'province,type,count,share\n' }, [{ ...towns, status: 'derived' }]).problems;
    expect(p!.expected).toContain('derivedFrom');
  });

  it('parses each file once while it is unchanged', () => {
    const p = dataProject([towns], { 'towns.csv': 'province,type,count,share\n浙江,,8,\n' });
    cleanups.push(p.remove);
    expect(loadDataPackage(p.dir, 2030)).toBe(loadDataPackage(p.dir, 2030));
  });

  it('warns (does not fail) about a published dataset with no rows and a CSV that no resource lists', () => {
    const { warnings, problems } = load({ 'towns.csv': 'province,type,count,share\n', 'stray.csv': 'a\n1\n' }, [
      { ...towns, status: 'published' },
    ]);
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^data\/2030\/datapackage\.json:\d+:\d+ {2}towns status: expected rows in a published dataset .*found 0 rows in data\/2030\/towns\.csv with status "published"$/,
      ),
      'data/2030/stray.csv  datapackage.json: expected a resource in datapackage.json listing this CSV (a CSV no resource lists is not used); found none',
    ]);
  });

  it('refuses a header that names a column twice (one of the two would be lost), at the second one', () => {
    const { problems, datasets } = load({ 'towns.csv': 'province,type,count,count\n浙江,,8,9\n' }, [
      { ...towns, schema: { ...towns.schema, fields: towns.schema.fields.slice(0, 3) } },
    ]);
    expect(datasets).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'data/2030/towns.csv:1:4  count: expected each column name once in the header (a second "count" would hide one of the two columns); found "count" again, first in column 3',
    ]);
  });
  it('refuses a schema that declares a field name twice, at the second one, without a misleading type error', () => {
    const fields = [...towns.schema.fields, { name: 'count', type: 'string' }];
    const { problems } = load({ 'towns.csv': 'province,type,count,share\n浙江,,8,\n' }, [
      { ...towns, schema: { ...towns.schema, fields } },
    ]);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(
      /^data\/2030\/datapackage\.json:\d+:\d+ {2}schema\.fields\.name: expected each field name once \(already field 3\); found "count" again$/,
    );
  });
  it('reports a cell missing from every row once, with the count and where the rows run', () => {
    const ragged = 'province,type,count,share\n' + Array.from({ length: 1388 }, (_, i) => `省${i},,1\n`).join('');
    const { problems } = load({ 'towns.csv': ragged });
    expect(problems.map(formatProblem)).toEqual([
      'data/2030/towns.csv:2:4  expected 4 cells, as in the header (an empty cell written as nothing between two commas); found 3 cells on 1388 rows, lines 2–1389 (one cause: fix it once)',
    ]);
  });

  it('reports a date written the same wrong way on many rows once, and a different mistake apart', () => {
    const dated = {
      ...towns,
      schema: {
        fields: [
          { name: 'province', type: 'string' },
          { name: 'day', type: 'date' },
        ],
      },
    };
    const body =
      'province,day\n' +
      Array.from({ length: 40 }, (_, i) => `省${i},2018/${(i % 12) + 1}/${(i % 28) + 1}\n`).join('') +
      '浙江,soon\n';
    const { problems } = load({ 'towns.csv': body }, [dated]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 2, column: 2, where: 'day (type date)' });
    expect(problems[0]!.found).toMatch(/^"2018\/1\/1" on 40 rows, lines 2–41 \(one cause: fix it once\)$/);
    expect(problems[1]).toMatchObject({ line: 42, found: '"soon"' });
  });
});
