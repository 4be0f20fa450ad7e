import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/problems/problem.ts';
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
      { name: 'c', type: 'number' },
      { name: 'note', type: 'string' },
    ],
  },
  sources: [{ title: '测试' }],
  licenses: [{ name: 'CC0-1.0' }],
};
const csv = 'id,name,a,b,c,note\nx,甲,10,1,5,\ny,乙,20,2,5,\nz,丙,40,4,5,\n';
const spec = `id: test-index
title: { zh: 测试指数 }
dataset: cities
entity: { id: id, label: name }
status: illustrative
uncertainty: { runs: 200, seed: 7, normalisation: [minmax, zscore], aggregation: [arithmetic, geometric] }
dimensions:
  - { id: d1, label: { zh: 维度一 }, weight: 1 }
  - { id: d2, label: { zh: 维度二 }, weight: 1 }
indicators:
  - { id: ia, label: { zh: 甲 }, column: a, parent: d1, direction: higher, weight: 1 }
  - { id: ib, label: { zh: 乙 }, column: b, parent: d2, direction: higher, weight: 1 }
`;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const load = (yaml: string, data = csv) => loadRankingProject([cities], { 'cities.csv': data }, yaml, cleanups);
const file = 'data/2030/rankings/test.yaml';

describe('loadRankings(root, year, datasets)', () => {
  it('computes a valid spec: index = mean of the two min-max dimensions (丙 100, 乙 (33.3 + 33.3)/2)', () => {
    const { rankings, problems } = load(spec);
    expect(problems).toEqual([]);
    expect(rankings[0]!.result.entities.map((e) => [e.label, Math.round(e.score * 100) / 100, e.rankLabel])).toEqual([
      ['丙', 100, '1'],
      ['乙', 33.33, '2'],
      ['甲', 0, '3'],
    ]);
  });

  it('is deterministic for a seed, and each interval contains its median', () => {
    const a = load(spec).rankings[0]!.uncertainty!;
    const b = load(spec).rankings[0]!.uncertainty!;
    expect(a).toEqual(b);
    for (const i of a.intervals) expect(i.low <= i.median && i.median <= i.high).toBe(true);
    expect(a.factors).toEqual(['weights', 'normalisation', 'aggregation']);
    expect(a.sobol!.meanShift.map((s) => s.factor)).toEqual(['weights', 'normalisation', 'aggregation']);
  });

  it('reports an unknown column at its line, listing the columns', () => {
    const [p] = load(spec.replace('column: b,', 'column: bb,')).problems;
    expect(formatProblem(p!)).toMatch(
      /^data\/2030\/rankings\/test\.yaml:12:\d+ {2}column: expected a column of cities: id, name, a, b, c, note; found "bb"$/,
    );
  });

  it("computes the spec on the previous year's revised data named in previous.revised", () => {
    const revised = { ...cities, name: 'cities-revised', path: 'cities-revised.csv' };
    const { rankings, problems } = loadRankingProject(
      [cities, revised],
      { 'cities.csv': csv, 'cities-revised.csv': 'id,name,a,b,c,note\nx,甲,50,9,5,\ny,乙,20,2,5,\n' },
      spec.replace('status: illustrative\n', 'status: illustrative\nprevious: { revised: cities-revised }\n'),
      cleanups,
    );
    expect(problems).toEqual([]);
    expect(rankings[0]!.revised!.entities.map((e) => [e.label, e.rank])).toEqual([
      ['甲', 1],
      ['乙', 2],
    ]);
  });

  it('reports previous.revised naming no dataset of the edition, at its line, listing the datasets', () => {
    const [p] = load(
      spec.replace('status: illustrative\n', 'status: illustrative\nprevious: { revised: old }\n'),
    ).problems;
    expect(formatProblem(p!)).toMatch(
      /^data\/2030\/rankings\/test\.yaml:6:\d+ {2}previous\.revised: expected the previous year's data as revised: a dataset of the 2030 edition: cities; found "old"$/,
    );
  });

  it("reports an entity id that would take the address of the ranking's methodology or compare page", () => {
    const [p] = load(spec, csv.replace('x,甲', 'Compare,甲')).problems;
    expect(formatProblem(p!)).toMatch(/cities\.csv:2:1 {2}id: expected an entity id other than methodology or compare/);
  });

  it('reports a weight of 0; a weight left out is 1 (weights are relative within their parent)', () => {
    const problems = load(
      spec.replace('direction: higher, weight: 1 }\n  - { id: ib', 'direction: higher, weight: 0 }\n  - { id: ib'),
    ).problems;
    expect(problems.map((p) => [p.file, p.line, p.where, p.found])).toEqual([[file, 11, 'indicators.0.weight', '0']]);
    const r = load(spec.replace(/(id: d2, label: \{ zh: 维度二 \}), weight: 1/, '$1')).rankings[0]!.result;
    expect(r.weights.at(-1)!.children.map((c) => c.weight)).toEqual([0.5, 0.5]);
  });

  it('reports an indicator (column) in two dimensions', () => {
    const [p] = load(
      spec + '  - { id: ia2, label: { zh: 甲二 }, column: a, parent: d2, direction: higher, weight: 1 }\n',
    ).problems;
    expect(p).toMatchObject({ file, line: 13, where: 'column', found: '"a" again under "d2"' });
  });

  it('reports an empty dimension', () => {
    const [p] = load(spec.replace('indicators:', '  - { id: d3, label: { zh: 空 }, weight: 1 }\nindicators:')).problems;
    expect(p).toMatchObject({
      file,
      line: 10,
      where: 'dimensions',
      expected: 'at least one indicator or dimension under "d3"',
      found: 'an empty dimension',
    });
  });

  it('reports an unknown parent and a cycle of parents', () => {
    const unknown = load(spec.replace('parent: d2,', 'parent: d9,')).problems;
    expect(unknown[0]).toMatchObject({ line: 12, where: 'parent', found: '"d9"' });
    const cycle = load(
      spec
        .replace(
          '{ id: d1, label: { zh: 维度一 }, weight: 1 }',
          '{ id: d1, label: { zh: 维度一 }, weight: 1, parent: d2 }',
        )
        .replace(
          '{ id: d2, label: { zh: 维度二 }, weight: 1 }',
          '{ id: d2, label: { zh: 维度二 }, weight: 1, parent: d1 }',
        ),
    ).problems;
    expect(cycle.map((p) => p.found)).toContain('a cycle: d1 → d2 → d1');
  });

  it('reports a text column used as an indicator, and a non-numeric value in a numeric column at its CSV line', () => {
    expect(load(spec.replace('column: b,', 'column: note,')).problems[0]).toMatchObject({
      where: 'column',
      expected: 'a numeric column (integer or number)',
      found: '"note" of type string',
    });
    expect(load(spec, csv.replace('y,乙,20,', 'y,乙,二十,')).problems[0]).toMatchObject({
      file: 'data/2030/cities.csv',
      line: 3,
      column: 3,
      where: 'a (type number)',
    });
  });

  it('scores an all-equal indicator 100 for everyone under minmax, 50 under rank, and says which value', () => {
    const ranking = load(spec.replace('column: b,', 'column: c,')).rankings[0]!;
    const r = ranking.result;
    expect(Array.from(ranking.model.matrix().columns[1]!)).toEqual([100, 100, 100]);
    expect(r.notes[0]).toEqual({ key: 'flat', indicator: 'ib', value: 100 });
    const byRank = load(
      spec
        .replace('column: b,', 'column: c,')
        .replace('status: illustrative', 'status: illustrative\nnormalisation: rank'),
    ).rankings[0]!.result;
    expect(byRank.notes[0]).toEqual({ key: 'flat', indicator: 'ib', value: 50 });
  });

  it('reports duplicate entity ids at their CSV line', () => {
    const [p] = load(spec, csv + 'x,甲二,5,5,5,\n').problems;
    expect(p).toMatchObject({ file: 'data/2030/cities.csv', line: 5, where: 'id', found: '"x" again' });
  });

  it('reports a dataset that does not exist', () => {
    expect(load(spec.replace('dataset: cities', 'dataset: towns')).problems[0]).toMatchObject({
      line: 3,
      where: 'dataset',
      found: '"towns"',
    });
  });
});
