// `npm test`: format and lint check, type check, unit tests, a fresh build, then the browser tests
// against it; ends with one plain "N passed, N failed" line over both suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSuite } from '../test/helpers/vitest-report.ts';

const root = process.cwd();
mkdirSync('test-results', { recursive: true });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const run = (label: string, args: string[]) => {
  console.log(`\n== ${label}`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env }).status === 0;
};
const counts = { passed: 0, failed: 0, skipped: 0 };
const suite = (project: string) => {
  console.log(`\n== ${project} tests`);
  const r = runSuite(root, project);
  counts.passed += r.passed;
  counts.failed += r.failed;
  counts.skipped += r.skipped;
  return r.ok;
};

// The conventions first: formatting (120 columns) and lint rules (biome.jsonc).
const styleOk = run('format and lint (biome ci)', [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '.']);
// Astro writes the types of its virtual modules (astro:content …) into .astro/ on sync.
const typesOk =
  run('astro sync', [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync']) &&
  run('type check (tsc)', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
counts.failed += Number(!styleOk) + Number(!typesOk);
const unitOk = suite('unit');
const buildOk = run('build', [join(root, 'scripts/build.ts')]);
if (!buildOk) {
  console.error('build failed: browser tests not run');
  counts.failed++;
}
const browserOk = buildOk && suite('browser');

const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
console.log(`\n${counts.passed} passed, ${counts.failed} failed${skipped}`);
process.exit(styleOk && typesOk && unitOk && buildOk && browserOk && counts.failed === 0 ? 0 : 1);
