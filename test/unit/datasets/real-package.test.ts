// A real published Data Package, dropped in unmodified but for Bluebook's one required extension
// (`status`), must load with no problem. The packages come from ../shared/reference/frictionless/
// (kept there, beside the other reference data, by whoever steers the project: published data
// is not copied into this repository). Without them this test is skipped, and says so.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';

const shared = join(process.cwd(), '../shared/reference/frictionless');
const packages = existsSync(shared)
  ? readdirSync(shared).filter((n) => existsSync(join(shared, n, 'datapackage.json')))
  : [];

describe('real published Data Packages', () => {
  if (!packages.length) it.skip('no package in ../shared/reference/frictionless/ to load', () => {});
  for (const name of packages) {
    it(`${name} loads with only "status" added`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'bluebook-real-'));
      try {
        const data = join(dir, 'data/2099');
        cpSync(join(shared, name), data, { recursive: true });
        const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(data, 'datapackage.json'), JSON.stringify({ ...descriptor, status: 'published' }, null, 2));
        const loaded = loadDataPackage(dir, 2099);
        expect(loaded.problems.map(formatProblem)).toEqual([]);
        expect(loaded.datasets.length).toBeGreaterThan(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
