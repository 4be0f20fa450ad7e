// `npm test`: format and lint check, type check, unit tests, a fresh build, then the browser tests against it; ends with one
// plain "N passed, N failed" line over both suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const vitest = join(root, 'node_modules/vitest/vitest.mjs');
mkdirSync('test-results', { recursive: true });

const run = (label: string, args: string[]) => {
  console.log(`\n== ${label}`);
  return (
    spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
      .status === 0
  );
};
const counts = { passed: 0, failed: 0, skipped: 0 };
const suite = (project: string) => {
  const out = `test-results/${project}.json`;
  rmSync(out, { force: true });
  const ok = run(`${project} tests`, [
    vitest,
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) {
    counts.failed += 1;
    return false;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  counts.passed += r.numPassedTests;
  // A test file that fails to load runs none of its tests: count it as a failure too.
  const unloaded = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  counts.failed += r.numFailedTests + unloaded;
  counts.skipped += r.numPendingTests + r.numTodoTests;
  return ok;
};

// The conventions first: formatting (120 columns) and lint rules (biome.jsonc).
const styleOk = run('format and lint (biome ci)', [join(root, 'node_modules/@biomejs/biome/bin/biome'), 'ci', '.']);
if (!styleOk) counts.failed++;
// Astro writes the types of its virtual modules (astro:content …) into .astro/ on sync.
const typesOk =
  run('astro sync', [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync']) &&
  run('type check (tsc)', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
if (!typesOk) counts.failed++;
const unitOk = suite('unit');
const buildOk = run('build', [join(root, 'scripts/build.ts')]);
if (!buildOk) {
  console.error('build failed: browser tests not run');
  counts.failed++;
}
const browserOk = buildOk && suite('browser');

console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(styleOk && typesOk && unitOk && buildOk && browserOk && counts.failed === 0 ? 0 : 1);
