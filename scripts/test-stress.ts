// `npm run test:stress -- [runs] [busy]`: the browser suite `runs` times in a row (5 by default) while
// `busy` processes (one per core by default) keep the CPU at 100 %, then every test that failed at
// least once. Flaky tests show up here, not in CI. Needs a built dist/ (`npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 5);
const busy = Number(process.argv[3] ?? availableParallelism());
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first');
mkdirSync('test-results', { recursive: true });

const load = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
const stopLoad = () => {
  for (const p of load) p.kill('SIGKILL');
};
process.on('exit', stopLoad);
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, () => process.exit(130));

interface Assertion {
  fullName: string;
  status: string;
  failureMessages: string[];
}
interface Report {
  numPassedTests: number;
  testResults: { name: string; status: string; message: string; assertionResults: Assertion[] }[];
}
const failures = new Map<string, { runs: number[]; first: string }>();
const lines: string[] = [];
for (let run = 1; run <= runs; run++) {
  const out = `test-results/stress-${run}.json`;
  rmSync(out, { force: true });
  const started = Date.now();
  const args = ['run', '--project', 'browser', '--reporter=dot', '--reporter=json', `--outputFile.json=${out}`];
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  spawnSync(process.execPath, [join('node_modules/vitest/vitest.mjs'), ...args], { stdio: 'inherit', env });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (!existsSync(out)) {
    lines.push(`run ${run}: vitest wrote no report (${seconds} s)`);
    failures.set(`(run ${run} as a whole)`, { runs: [run], first: 'no report' });
    continue;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as Report;
  let failed = 0;
  for (const file of r.testResults) {
    const name = file.name.replace(process.cwd() + '/', '');
    const bad = file.assertionResults
      .filter((a) => a.status === 'failed')
      .map((a): [string, string] => [`${name} > ${a.fullName}`, a.failureMessages[0] ?? '']);
    if (file.status === 'failed' && !file.assertionResults.length) bad.push([`${name} (did not load)`, file.message]);
    for (const [test, message] of bad) {
      failed++;
      const f = failures.get(test) ?? { runs: [], first: message.split('\n')[0]! };
      f.runs.push(run);
      failures.set(test, f);
    }
  }
  lines.push(`run ${run}: ${r.numPassedTests} passed, ${failed} failed in ${seconds} s`);
}
stopLoad();

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}`;
console.log(
  `\n== browser suite × ${runs}, ${busy} busy process(es), ${machine}, ${new Date().toISOString().slice(0, 10)}`,
);
for (const l of lines) console.log(l);
if (!failures.size) console.log('no test failed in any run');
for (const [test, f] of failures) {
  console.log(`FAILED in run(s) ${f.runs.join(', ')}: ${test}\n    ${f.first}`);
}
process.exit(failures.size ? 1 : 0);
