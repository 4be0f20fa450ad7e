// Which descriptor of data/<year>/ is read: datapackage.json, .yaml or .yml as published, never two,
// and a folder of tables without one is reported rather than skipped.
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';
import { datasetUrl } from '../../../src/lib/links/urls.ts';
import { dataProject, towns } from '../../helpers/data-fixture.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
const project = (
  files: Record<string, string> = { 'towns.csv': 'province,type,count,share\n浙江,旅游发展型,8,1\n' },
) => {
  const p = dataProject([towns], files);
  cleanups.push(p.remove);
  return { dir: p.dir, data: join(p.dir, 'data/2030') };
};
/** Turn the fixture's datapackage.json into YAML under `name`. */
const asYaml = (data: string, name: string) => {
  const json = join(data, 'datapackage.json');
  writeFileSync(join(data, name), stringify(JSON.parse(readFileSync(json, 'utf8'))));
  rmSync(json);
};

describe('loadDataPackage(root, year) with a YAML descriptor', () => {
  for (const name of ['datapackage.yaml', 'datapackage.yml']) {
    it(`reads ${name} as it reads datapackage.json`, () => {
      const { dir, data } = project();
      asYaml(data, name);
      const loaded = loadDataPackage(dir, 2030);
      expect(loaded.problems).toEqual([]);
      expect(loaded.file).toBe(`data/2030/${name}`);
      expect(loaded.datasets.map((d) => d.rows)).toEqual([
        [{ province: '浙江', type: '旅游发展型', count: 8, share: 1 }],
      ]);
    });
  }

  it('reports a wrong field of a YAML descriptor at its line and column in that file', () => {
    const { dir, data } = project();
    asYaml(data, 'datapackage.yaml');
    const file = join(data, 'datapackage.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: illustrative', 'status: maybe'));
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('status: maybe')) + 1;
    const [p] = loadDataPackage(dir, 2030).problems;
    expect(p).toMatchObject({ file: 'data/2030/datapackage.yaml', line, found: '"maybe"' });
  });

  it('loads a real published package (gdp) from its descriptor written as YAML, as from the JSON', () => {
    const gdp = join(process.cwd(), '../shared/reference/frictionless/gdp');
    if (!existsSync(gdp)) return;
    const { dir, data } = project();
    rmSync(data, { recursive: true });
    cpSync(gdp, data, { recursive: true });
    const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as object;
    writeFileSync(join(data, 'datapackage.json'), JSON.stringify({ ...descriptor, status: 'published' }));
    const fromJson = loadDataPackage(dir, 2030);
    asYaml(data, 'datapackage.yml');
    const fromYaml = loadDataPackage(dir, 2030);
    expect(fromYaml.problems.map(formatProblem)).toEqual([]);
    expect(fromYaml.datasets.map((d) => [d.resource.name, d.rows.length])).toEqual(
      fromJson.datasets.map((d) => [d.resource.name, d.rows.length]),
    );
    expect(fromYaml.datasets.length).toBeGreaterThan(0);
  });
});

describe('loadDataPackage(root, year) with no descriptor or two', () => {
  it('refuses a JSON and a YAML descriptor side by side, naming both', () => {
    const { dir, data } = project();
    writeFileSync(
      join(data, 'datapackage.yaml'),
      stringify(JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8'))),
    );
    expect(loadDataPackage(dir, 2030).problems.map(formatProblem)).toEqual([
      'data/2030/datapackage.yaml:1:1  expected one descriptor in data/2030/ (datapackage.json, datapackage.yaml, datapackage.yml); found datapackage.json and datapackage.yaml',
    ]);
  });

  it('reports a folder of tables with no descriptor, naming the tables and a descriptor in a subfolder', () => {
    const { dir, data } = project({ 'towns.csv': 'a\n1\n', 'co2/data/mm.csv': 'a\n1\n', 'co2/datapackage.json': '{}' });
    renameSync(join(data, 'datapackage.json'), join(data, 'notes.json'));
    expect(loadDataPackage(dir, 2030).problems.map(formatProblem)).toEqual([
      'data/2030/  expected a datapackage.json (or datapackage.yaml) in data/2030/ describing its tables; found no descriptor, and co2/datapackage.json (read only directly in data/2030/), co2/data/mm.csv, towns.csv',
    ]);
  });

  it('warns about a descriptor in a subfolder beside the one it reads', () => {
    const { dir } = project({
      'towns.csv': 'province,type,count,share\n浙江,旅游发展型,8,1\n',
      'extra/datapackage.yml': 'name: x\n',
    });
    const loaded = loadDataPackage(dir, 2030);
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings.map(formatProblem)).toContain(
      'data/2030/extra/datapackage.yml  expected one descriptor, data/2030/datapackage.json (a descriptor in a subfolder is not read; move its resources there); found a second descriptor',
    );
  });
});

describe('resource names as Data Package v2 allows them', () => {
  const named = (name: string, path = 'towns.csv') => ({ ...towns, name, path });
  const csv = 'province,type,count,share\n浙江,旅游发展型,8,1\n';

  it('loads Chinese names, capitals and spaces; each becomes a URL through urlSegment', () => {
    const p = dataProject([named('特色小镇 名单'), named('GDP.Growth', 'b.csv')], { 'towns.csv': csv, 'b.csv': csv });
    cleanups.push(p.remove);
    const loaded = loadDataPackage(p.dir, 2030);
    expect(loaded.problems).toEqual([]);
    expect(loaded.datasets.map((d) => datasetUrl('/', 2030, d.resource.name))).toEqual([
      '/2030/data/特色小镇-名单/',
      '/2030/data/GDP-Growth/',
    ]);
    expect(datasetUrl('/', 2030, 'GDP.Growth', 'csv')).toBe('/2030/data/GDP-Growth.csv');
  });

  it('refuses two names with one URL, at the second, and a name with no letter or digit', () => {
    const p = dataProject([named('p 4'), named('p-4', 'b.csv'), named('///', 'c.csv')], {
      'towns.csv': csv,
      'b.csv': csv,
      'c.csv': csv,
    });
    cleanups.push(p.remove);
    const problems = loadDataPackage(p.dir, 2030).problems.map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^data\/2030\/datapackage\.json:\d+:\d+ {2}name: expected a name whose URL segment no other resource has \(here "p-4"\); found "p-4", the same URL as "p 4"$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/resources\.2\.name: expected a name with a letter or digit[^;]*; found "\/\/\/"$/),
    );
  });
});
