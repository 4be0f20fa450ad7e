// `npm run test:stress -- [runs] [busy]`: the browser suite `runs` times in a row (5 by default) while
// `busy` processes (one per core by default) keep the CPU at 100 %, then every test that failed at
// least once. Flaky tests show up here, not in CI. Needs a built dist/ (`npm run build`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { runSuite } from '../test/helpers/vitest-report.ts';

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

const failures = new Map<string, { runs: number[]; first: string }>();
const lines: string[] = [];
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const r = runSuite(process.cwd(), 'browser', 'dot');
  lines.push(`run ${run}: ${r.passed} passed, ${r.failed} failed in ${Math.round((Date.now() - started) / 1000)} s`);
  for (const { test, message } of r.failures) {
    const f = failures.get(test) ?? { runs: [], first: message };
    f.runs.push(run);
    failures.set(test, f);
  }
}
stopLoad();

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}`;
console.log(
  `\n== browser suite × ${runs}, ${busy} busy process(es), ${machine}, ${new Date().toISOString().slice(0, 10)}`,
);
for (const l of lines) console.log(l);
if (!failures.size) console.log('no test failed in any run');
for (const [test, f] of failures) console.log(`FAILED in run(s) ${f.runs.join(', ')}: ${test}\n    ${f.first}`);
process.exit(failures.size ? 1 : 0);
