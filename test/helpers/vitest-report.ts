// Vitest runs as npm test and the stress script start them: one project, a JSON report, read back.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface SuiteResult {
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  /** Each failed test (or test file that did not load), with the first line of what it said. */
  failures: { test: string; message: string }[];
}

interface Report {
  numPassedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/** Run vitest's `project` with `reporter` on the console, and read its JSON report. */
export function runSuite(root: string, project: string, reporter = 'default'): SuiteResult {
  const out = join(root, 'test-results', `${project}.json`);
  rmSync(out, { force: true });
  const args = ['run', '--project', project, `--reporter=${reporter}`, '--reporter=json', `--outputFile.json=${out}`];
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), ...args], {
    stdio: 'inherit',
    env,
  });
  if (!existsSync(out))
    return { ok: false, passed: 0, failed: 1, skipped: 0, failures: [{ test: project, message: 'no report' }] };
  const r = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const failures = r.testResults.flatMap((file) => {
    const name = file.name.replace(`${root}/`, '');
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    const lines = failed.map((a) => ({ test: `${name} > ${a.fullName}`, message: a.failureMessages[0] ?? '' }));
    // A test file that fails to load runs none of its tests: a failure too.
    if (file.status === 'failed' && !file.assertionResults.length)
      lines.push({ test: `${name} (did not load)`, message: file.message });
    return lines.map((f) => ({ ...f, message: f.message.split('\n')[0] ?? '' }));
  });
  const skipped = r.numPendingTests + r.numTodoTests;
  return { ok: run.status === 0, passed: r.numPassedTests, failed: failures.length, skipped, failures };
}
