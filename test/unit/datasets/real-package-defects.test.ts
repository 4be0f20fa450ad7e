// The Frictionless core dataset co2-ppm as published, whose two monthly CSVs have one more cell on
// every row than their header names (../shared/reference/frictionless-with-defects/): one problem
// per file, not one per row, and the package's four other resources still load.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataPackage } from '../../../src/lib/datasets/load-datapackage.ts';
import { formatProblem } from '../../../src/lib/problems/problem.ts';

const co2 = join(process.cwd(), '../shared/reference/frictionless-with-defects/co2-ppm');

describe('loadDataPackage(root, year) on co2-ppm as published', () => {
  if (!existsSync(co2)) it.skip('no ../shared/reference/frictionless-with-defects/co2-ppm to load', () => {});
  else {
    it('reports each file whose every row has an extra cell once, and loads the other resources', () => {
      const dir = mkdtempSync(join(tmpdir(), 'bluebook-co2-'));
      try {
        const data = join(dir, 'data/2099');
        cpSync(co2, data, { recursive: true });
        const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(data, 'datapackage.json'), JSON.stringify({ ...descriptor, status: 'published' }, null, 2));
        const loaded = loadDataPackage(dir, 2099);
        expect(loaded.problems.map(formatProblem)).toEqual([
          'data/2099/data/co2-mm-mlo.csv:2:7  expected 6 cells, as in the header (or a column name in the header for each extra cell); found 7 cells on 820 rows, lines 2–821 (one cause: fix it once)',
          'data/2099/data/co2-mm-gl.csv:2:5  expected 4 cells, as in the header (or a column name in the header for each extra cell); found 6 cells on 568 rows, lines 2–569 (one cause: fix it once)',
        ]);
        expect(loaded.datasets.map((d) => d.resource.name).sort()).toEqual([
          'co2-annmean-gl',
          'co2-annmean-mlo',
          'co2-gr-gl',
          'co2-gr-mlo',
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
