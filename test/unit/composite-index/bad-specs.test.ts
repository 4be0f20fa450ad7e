// Specs and data as editors really write them: every bad method choice or value is one problem at its file:line:col.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { loadRankings } from '../../../src/lib/composite-index/load-rankings.ts';
import { rankingCsv } from '../../../src/lib/composite-index/export.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';
import { runChecks } from '../../../src/lib/check/run-checks.ts';
import { dataProject } from '../../helpers/data-fixture.ts';
import { loadRankingProject } from '../../helpers/ranking-project.ts';

// Test data: fictional entities and numbers.
const cities = {
  name: 'cities',
  path: 'cities.csv',
  title: '测试城市',
  description: '测试数据',
  status: 'illustrative',
  schema: {
    fields: [
      { name: 'id', type: 'string' },
      { name: 'name', type: 'string' },
      { name: 'a', type: 'number' },
      { name: 'b', type: 'number' },
      { name: 'z', type: 'number' },
    ],
  },
  sources: [{ title: '测试' }],
  licenses: [{ name: 'CC0-1.0' }],
};
const csv = 'id,name,a,b,z\nx,甲,10,1,-1\ny,乙,20,2,0\nz,丙,40,4,2\nw,丁,30,3,1\nv,戊,50,5,3\n';
const head = `id: t
title: { zh: 测试 }
dataset: cities
entity: { id: id, label: name }
status: illustrative
`;
const body = `dimensions:
  - { id: d1, label: { zh: 一 } }
  - { id: d2, label: { zh: 二 } }
indicators:
  - { id: ia, label: { zh: 甲 }, column: a, parent: d1, direction: higher }
  - { id: ib, label: { zh: 乙 }, column: b, parent: d2, direction: higher }
`;
const file = 'data/2030/rankings/t.yaml';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const load = (yaml: string, data = csv) => loadRankingProject([cities], { 'cities.csv': data }, yaml, cleanups, 't');
const lines = (yaml: string, data?: string) => load(yaml, data).problems.map(formatProblem);

describe('bad method declarations, each at its line and column', () => {
  it('goalposts with min ≥ max', () => {
    expect(
      lines(
        head +
          'normalisation: goalposts\n' +
          body
            .replace(
              'direction: higher }\n  - { id: ib',
              'direction: higher, goalposts: { min: 50, max: 10 } }\n  - { id: ib',
            )
            .replace(/column: b, parent: d2, direction: higher/, '$&, goalposts: { min: 0, max: 5 }'),
      ),
    ).toEqual([`${file}:11:86  goalposts: expected min below max; found min 50, max 10`]);
  });
  it('a goalpost on an indicator whose normalisation does not use goalposts', () => {
    expect(
      lines(head + body.replace(/column: a, parent: d1, direction: higher/, '$&, goalposts: { min: 0, max: 100 }')),
    ).toEqual([
      `${file}:10:86  goalposts: expected goalposts only with \`normalisation: goalposts\` (this indicator uses minmax); found goalposts 0–100`,
    ]);
  });
  it('a log transform over a zero or negative value: the CSV line, the entity and the value', () => {
    expect(
      lines(
        head +
          body.replace(
            /column: b, parent: d2, direction: higher/,
            'column: z, parent: d2, direction: higher, transform: log',
          ),
      ),
    ).toEqual([
      'data/2030/cities.csv:2:5  z (data/2030/rankings/t.yaml: indicators.1.transform): expected a value above 0 (ln x) for the log transform of indicator "ib"; found -1 for "甲"',
      'data/2030/cities.csv:3:5  z (data/2030/rankings/t.yaml: indicators.1.transform): expected a value above 0 (ln x) for the log transform of indicator "ib"; found 0 for "乙"',
    ]);
  });
  it('winsorisation on an indicator with fewer than 5 values', () => {
    expect(
      lines(
        head +
          body.replace(
            /column: a, parent: d1, direction: higher/,
            '$&, outliers: { method: winsorise, quantiles: [0.05, 0.95] }',
          ),
        csv.replace('v,戊,50,', 'v,戊,,'),
      ),
    ).toEqual([
      `${file}:10:85  indicators.outliers: expected at least 5 values to treat outliers; found 4 values of "a"`,
    ]);
  });
  it('an aggregation name that does not exist', () => {
    const [p] = lines(head + 'aggregation: median\n' + body);
    expect(p).toMatch(
      /^data\/2030\/rankings\/t\.yaml:6:14 {2}aggregation: expected one of arithmetic, geometric, harmonic, minimum; found "median"$/,
    );
  });
  it('a geometric mean over a value ≤ 0 (z-scores) without a stated shift, and none once `shift: auto` is stated', () => {
    expect(lines(head + 'normalisation: zscore\naggregation: geometric\n' + body)).toEqual([
      `${file}:7:14  aggregation: expected values above 0 for a geometric mean, or a stated \`shift\` (e.g. shift: auto); found -1.41421 for "甲" in "ia" under "d1"`,
    ]);
    expect(lines(head + 'normalisation: zscore\naggregation: geometric\nshift: auto\n' + body)).toEqual([]);
  });
  it('a harmonic mean in one dimension over a min–max 0, placed at that dimension', () => {
    expect(
      lines(
        head + body.replace('{ id: d2, label: { zh: 二 } }', '{ id: d2, label: { zh: 二 }, aggregation: harmonic }'),
      ),
    ).toEqual([
      `${file}:8:46  dimensions.aggregation: expected values above 0 for a harmonic mean, or a stated \`shift\` (e.g. shift: auto); found 0 for "甲" in "ib" under "d2"`,
    ]);
  });
  it('an AHP matrix whose CR ≥ 0.1 is refused with its CR; a consistent one gives its weights', () => {
    const ahp = (m: string) =>
      head +
      `weighting: { method: ahp, order: [d1, d2, d3], matrix: ${m} }\n` +
      body.replace('indicators:', '  - { id: d3, label: { zh: 三 } }\nindicators:') +
      '  - { id: iz, label: { zh: 丙 }, column: z, parent: d3, direction: higher }\n';
    expect(lines(ahp('[[1, 9, 1/9], [1/9, 1, 9], [9, 1/9, 1]]'))).toEqual([
      `${file}:6:56  weighting.matrix: expected a consistency ratio CR below 0.1 (revise the judgements); found CR = 6.130 (λmax 10.111, CI 3.556)`,
    ]);
    const ok = load(ahp('[[1, 2, 4], [1/2, 1, 2], [1/4, 1/2, 1]]'));
    expect(ok.problems).toEqual([]);
    expect(ok.rankings[0]!.result.weights.at(-1)!.children.map((c) => +c.weight.toFixed(4))).toEqual([
      0.5714, 0.2857, 0.1429,
    ]);
  });
  it('an AHP order that does not name each child once, and a matrix that is not reciprocal', () => {
    expect(lines(head + 'weighting: { method: ahp, order: [d1, dx], matrix: [[1, 2], [1/2, 1]] }\n' + body)).toEqual([
      `${file}:6:34  weighting.order: expected each child of the index once: d1, d2; found d1, dx`,
    ]);
    expect(lines(head + 'weighting: { method: ahp, order: [d1, d2], matrix: [[1, 2], [2, 1]] }\n' + body)).toEqual([
      `${file}:6:62  weighting.matrix row 2, column 1: expected the reciprocal of row 1, column 2 (1/2); found 2`,
    ]);
  });
});

describe('weights computed from the data', () => {
  it('`weighting: entropy` weighs every level by the entropy of its children (here ia and ib, each alone in its dimension)', async () => {
    const { entropyWeights } = await import('../../../src/lib/composite-index/weighting/entropy.ts');
    const r = load(head + 'weighting: entropy\n' + body).rankings[0]!;
    const top = r.result.weights.at(-1)!;
    expect(top.method).toBe('entropy');
    const expected = entropyWeights([r.dims[0]!, r.dims[1]!]);
    expect(top.children.map((c) => +c.weight.toFixed(9))).toEqual(expected.map((w) => +w.toFixed(9)));
  });
  it('`weighting: critic` in one dimension, stated elsewhere; and "index" is not a dimension id', () => {
    const r = load(
      head +
        body
          .replace('{ id: d1, label: { zh: 一 } }', '{ id: d1, label: { zh: 一 }, weighting: critic }')
          .replace(
            'indicators:\n',
            'indicators:\n  - { id: iz, label: { zh: 丙 }, column: z, parent: d1, direction: higher }\n',
          ),
    ).rankings[0]!;
    expect(r.result.weights.map((l) => [l.dimension, l.method])).toEqual([
      ['d1', 'critic'],
      ['d2', 'stated'],
      ['index', 'stated'],
    ]);
    expect(lines(head + body.replace('id: d2,', 'id: index,').replace('parent: d2', 'parent: index'))[0]).toMatch(
      /id: expected another id \("index" names the whole index\); found "index"$/,
    );
  });
});

describe('silent drops are now errors or stated', () => {
  it('an indicator with no values is an error, not left out', () => {
    expect(
      lines(head + body, csv.replace(/,(-?\d)\n/g, ',\n').replace(/^(\w),(\S+?),(\d+),(\d),\n/gm, '$1,$2,$3,,\n')),
    ).toEqual([
      `${file}:11:41  indicators.column: expected values in column "b" for indicator "ib"; found no value in any of the 5 rows`,
    ]);
  });
  it('every entity below the coverage threshold is an error, not an empty table', () => {
    expect(
      lines(head + 'missing: { minCoverage: 1 }\n' + body, 'id,name,a,b,z\nx,甲,,1,1\ny,乙,20,,1\nz,丙,,4,1\n'),
    ).toEqual([
      `${file}:6:25  missing.minCoverage: expected at least one entity with 100% of its indicators (minCoverage); found all 3 entities below it`,
    ]);
  });
  it('`impute: mean` without minCoverage imputes (default coverage 75%: 3 of 4 indicators) instead of excluding', () => {
    const yaml =
      head +
      'missing: { impute: mean }\n' +
      body.replace('indicators:', '  - { id: d3, label: { zh: 三 } }\nindicators:') +
      '  - { id: iz, label: { zh: 丙 }, column: z, parent: d3, direction: higher }\n  - { id: iid, label: { zh: 丁 }, column: id2, parent: d3, direction: higher }\n';
    const wide = { ...cities, schema: { fields: [...cities.schema.fields, { name: 'id2', type: 'number' }] } };
    const p = dataProject([wide], {
      'cities.csv': 'id,name,a,b,z,id2\nx,甲,10,1,1,1\ny,乙,20,,0,2\nz,丙,40,4,2,\nw,丁,30,,,4\n',
    });
    cleanups.push(p.remove);
    mkdirSync(join(p.dir, 'data/2030/rankings'));
    writeFileSync(join(p.dir, 'data/2030/rankings/t.yaml'), yaml.replace('dataset: cities', 'dataset: cities'));
    const r = loadRankings(p.dir, 2030, loadDataPackage(p.dir, 2030).datasets);
    expect(r.problems).toEqual([]);
    const result = r.rankings[0]!.result;
    expect(result.entities.find((e) => e.id === 'y')!.imputed).toEqual(['ib']);
    expect(result.excluded.map((x) => [x.id, x.have, x.of])).toEqual([['w', 2, 4]]);
    expect(result.spec.missing).toEqual({ impute: 'mean', minCoverage: 0.75, coverageStated: false });
  });
  it('a value of 1e309 (beyond a double) is a CSV error, not a silent gap; 1e308 values rank', () => {
    expect(lines(head + body, csv.replace('x,甲,10,', 'x,甲,1e309,'))).toEqual([
      'data/2030/cities.csv:2:3  a (type number): expected a number (e.g. 50.39); found "1e309"',
    ]);
    const r = load(head + body, csv.replace('x,甲,10,', 'x,甲,1e308,').replace('y,乙,20,', 'y,乙,-1e308,'));
    expect(r.problems).toEqual([]);
    expect(r.rankings[0]!.result.entities.every((e) => Number.isFinite(e.score))).toBe(true);
  });
});

describe('entity ids as editors write them become working URLs', () => {
  it('Chinese, full-width, spaced and slashed ids get URL segments; ids whose segments clash are refused at their CSV line', () => {
    const ids = csv
      .replace('x,甲', '上海,甲')
      .replace('y,乙', 'Ａ１,乙')
      .replace('z,丙', 'p 4,丙')
      .replace('w,丁', 'a/b,丁');
    const r = load(head + body, ids);
    expect(r.problems).toEqual([]);
    expect(r.rankings[0]!.result.entities.map((e) => e.slug).sort()).toEqual(
      ['a-b', 'p-4', 'v', 'Ａ１', '上海'].sort(),
    );
    expect(lines(head + body, ids.replace('v,戊', 'p-4,戊'))).toEqual([
      `data/2030/cities.csv:6:1  id: expected ids whose URLs differ (an id becomes /…/p-4/; spaces, "/" and "." become "-"); found "p-4", the same URL as "p 4" on line 4`,
    ]);
  });
  it('an id with nothing usable in a URL is refused', () => {
    expect(lines(head + body, csv.replace('x,甲', '//,甲'))[0]).toBe(
      `data/2030/cities.csv:2:1  id: expected an entity id for ranking t (${file}: entity.id), which becomes its page URL; found "//", which has nothing usable in a URL`,
    );
  });
});

describe('one root cause, one problem', () => {
  it('a bad row in the dataset is reported once; the ranking on it adds no second error', () => {
    const p = dataProject([cities], { 'cities.csv': csv.replace('y,乙,20,', 'y,乙,二十,') });
    cleanups.push(p.remove);
    mkdirSync(join(p.dir, 'data/2030/rankings'));
    writeFileSync(join(p.dir, 'data/2030/rankings/t.yaml'), head + body);
    const pkg = loadDataPackage(p.dir, 2030);
    expect(pkg.unavailable).toEqual(['cities']);
    const all = [...pkg.problems, ...loadRankings(p.dir, 2030, pkg.datasets, new Set(pkg.unavailable)).problems];
    expect(all.map(formatProblem)).toEqual([
      'data/2030/cities.csv:3:3  a (type number): expected a number (e.g. 50.39); found "二十"',
    ]);
  });
});

describe('rankingCsv(result)', () => {
  it('gives the rank as a number and a tie in its own column (no "=3" to escape)', () => {
    const r = load(head + body, csv.replace('w,丁,30,3', 'w,丁,40,4')).rankings[0]!;
    const text = rankingCsv(r.result);
    expect(text.split('\n')[0]).toBe('\uFEFFrank,tied,id,label,score,score_full,tier,d1,d2');
    expect(text.split('\n').filter((l) => l.startsWith('2,true,'))).toHaveLength(2);
    expect(text).not.toContain("'=");
  });
});

it('runChecks on the repository itself finds no problem', () => {
  expect(runChecks(process.cwd()).problems.map(formatProblem)).toEqual([]);
});
