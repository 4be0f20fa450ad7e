// A temporary project with one dataset and one ranking spec in data/2030/, loaded as a build would.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataPackage } from '../../src/lib/datasets/load-datapackage.ts';
import { loadRankings } from '../../src/lib/composite-index/load-rankings.ts';
import { dataProject } from './data-fixture.ts';

/** Write `resources` and `files` with the spec as data/2030/rankings/<name>.yaml, load both; `cleanups` gets the removal. */
export function loadRankingProject(
  resources: object[],
  files: Record<string, string>,
  yaml: string,
  cleanups: (() => void)[],
  name = 'test',
) {
  const p = dataProject(resources, files);
  cleanups.push(p.remove);
  mkdirSync(join(p.dir, 'data/2030/rankings'));
  writeFileSync(join(p.dir, `data/2030/rankings/${name}.yaml`), yaml);
  const pkg = loadDataPackage(p.dir, 2030);
  const r = loadRankings(p.dir, 2030, pkg.datasets, new Set(pkg.unavailable));
  return { ...r, problems: [...pkg.problems, ...r.problems], dir: p.dir, pkg };
}
