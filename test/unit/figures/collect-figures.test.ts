import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { collectFigures } from '../../../src/lib/figures/collect-figures.ts';
import type { Dataset } from '../../../src/lib/datasets/load-datapackage.ts';

// Test data, not real figures.
const towns: Dataset = {
  year: 2030,
  file: 'data/2030/towns.csv',
  resource: {
    name: 'towns',
    paths: ['towns.csv'],
    dialect: {},
    encoding: 'utf-8',
    title: { zh: '测试' },
    description: '测试',
    status: 'illustrative',
    gaps: [],
    schema: {
      fields: [
        { name: 'province', type: 'string' },
        { name: 'count', type: 'integer' },
        { name: 'seen', type: 'date' },
      ],
    },
    sources: [{ title: '测试' }],
    licenses: [{ name: 'CC0-1.0' }],
  },
  rows: [
    { province: '浙江', count: 8, seen: '2016-10' },
    { province: '内蒙古自治区', count: 3, seen: '2016-10' },
  ],
};

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
/** The valid fixture edition with chapter b1's body replaced. */
function edition(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-fig-'));
  dirs.push(dir);
  cpSync('test/fixtures/content/valid', dir, { recursive: true });
  writeFileSync(
    join(dir, 'content/2030/chapters/b1.mdx'),
    `---\ncode: B.1\npart: general\ntitle: 第一章\nauthors: [甲]\npage: 1\nstatus: full\n---\n\n${body}\n`,
  );
  return checkContent(dir).editions[0]!;
}

describe('collectFigures(edition, datasets)', () => {
  it('numbers figures and tables per chapter: 图1-1, 图1-2, 表1-3', () => {
    const { figures, problems } = collectFigures(
      edition(
        [
          '<Figure id="a" kind="map" dataset="towns" x="province" y="count" title="地图" />',
          '<Figure id="b" kind="bar" dataset="towns" x="province" y="count" title="条形" />',
          '<Figure id="c" kind="table" dataset="towns" x="province" title="表格" />',
          '见<Ref id="a" />。',
        ].join('\n\n'),
      ),
      [towns],
    );
    expect(problems).toEqual([]);
    expect(figures.map((f) => [f.spec.id, f.number, f.pageKey])).toEqual([
      ['a', '图1-1', 'b1'],
      ['b', '图1-2', 'b1'],
      ['c', '表1-3', 'b1'],
    ]);
  });

  it("reports an unknown dataset at the element's line", () => {
    const [p] = collectFigures(
      edition('<Figure id="a" kind="bar" dataset="nope" x="province" y="count" title="t" />'),
      [towns],
    ).problems;
    expect(p).toMatchObject({
      file: 'content/2030/chapters/b1.mdx',
      line: 10,
      column: 1,
      where: '<Figure id="a"> dataset',
      expected: 'a dataset of this edition: towns',
      found: '"nope"',
    });
  });

  it("reports an unknown field, listing the dataset's columns", () => {
    const [p] = collectFigures(
      edition('<Figure id="a" kind="bar" dataset="towns" x="province" y="total" title="t" />'),
      [towns],
    ).problems;
    expect(p).toMatchObject({ where: '<Figure id="a"> y', found: '"total"' });
    expect(p!.expected).toContain('count (integer)');
  });

  it('reports a field of the wrong type for the chart kind', () => {
    const problems = collectFigures(
      edition(
        '<Figure id="a" kind="line" dataset="towns" x="province" y="count" title="t" />\n\n<Figure id="b" kind="bar" dataset="towns" x="count" y="province" title="t" />',
      ),
      [towns],
    ).problems;
    expect(problems.map((p) => [p.line, p.where, p.expected])).toEqual([
      [10, '<Figure id="a"> x', 'a date column (date, yearmonth, year or datetime) for a line chart'],
      [12, '<Figure id="b"> y', 'a numeric column (integer or number) for a bar chart'],
    ]);
  });

  it('reports a province the tile map does not know, and accepts 内蒙古自治区', () => {
    const bad: Dataset = { ...towns, rows: [...towns.rows, { province: '江南省', count: 1, seen: '2016-10' }] };
    const [p, ...rest] = collectFigures(
      edition('<Figure id="a" kind="map" dataset="towns" x="province" y="count" title="t" />'),
      [bad],
    ).problems;
    expect(rest).toEqual([]);
    expect(p!.found).toContain('unknown province "江南省"');
  });

  it('reports a reference to a figure that does not exist, with file and line', () => {
    const [p] = collectFigures(
      edition('<Figure id="a" kind="bar" dataset="towns" x="province" y="count" title="t" />\n\n见<Ref id="b" />。'),
      [towns],
    ).problems;
    expect(p).toMatchObject({
      file: 'content/2030/chapters/b1.mdx',
      line: 12,
      column: 2,
      where: '<Ref> id',
      expected: 'the id of a figure in this edition: a',
      found: '"b"',
    });
  });

  it('reports a duplicate figure id and an unknown kind', () => {
    const problems = collectFigures(
      edition(
        '<Figure id="a" kind="bar" dataset="towns" x="province" y="count" title="t" />\n\n<Figure id="a" kind="pie" dataset="towns" x="province" y="count" title="t" />',
      ),
      [towns],
    ).problems;
    expect(problems.map((p) => p.where)).toEqual(['<Figure> kind']);
    const dup = collectFigures(
      edition(
        '<Figure id="a" kind="bar" dataset="towns" x="province" y="count" title="t" />\n\n<Figure id="a" kind="map" dataset="towns" x="province" y="count" title="t" />',
      ),
      [towns],
    ).problems;
    expect(dup[0]!.expected).toContain('already used at content/2030/chapters/b1.mdx:10');
  });

  it("keeps a figure's number tied to its place, and its id (URL) whatever text is added around it", () => {
    const before = collectFigures(
      edition('<Figure id="b" kind="bar" dataset="towns" x="province" y="count" title="t" />'),
      [towns],
    ).figures;
    const after = collectFigures(
      edition('新增的一段文字。\n\n<Figure id="b" kind="bar" dataset="towns" x="province" y="count" title="t" />'),
      [towns],
    ).figures;
    expect(after.map((f) => [f.spec.id, f.number])).toEqual(before.map((f) => [f.spec.id, f.number]));
  });
});
