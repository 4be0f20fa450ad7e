// Cold builds in a row of a two-edition site with the cache off (the case that raced in .astro/,
// issue #29): every run must succeed. Run: npx node bench/cold-builds.ts [runs=5]
import { cpSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fixtureProject } from '../test/helpers/fixture-project.ts';

const runs = Number(process.argv[2] ?? 5);
const project = fixtureProject();
cpSync('test/fixtures/editions/2019', join(project.dir, 'content/2019'), { recursive: true });
cpSync('test/fixtures/editions/data-2019', join(project.dir, 'data/2019'), { recursive: true });
const results: string[] = [];
let failed = 0;
for (let i = 1; i <= runs; i++) {
  for (const dir of ['.astro', 'dist']) rmSync(join(project.dir, dir), { recursive: true, force: true });
  const t0 = performance.now();
  const r = project.build({ BLUEBOOK_CACHE: 'off' });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) failed++;
  results.push(
    `run ${i}: ${r.status === 0 ? 'ok' : `FAILED\n${r.stderr.split('\n').slice(-8).join('\n')}`} in ${seconds} s`,
  );
}
project.remove();
console.log(
  `cold two-edition builds, BLUEBOOK_CACHE=off, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${new Date().toISOString().slice(0, 10)}`,
);
for (const r of results) console.log(r);
console.log(`${runs - failed} of ${runs} succeeded`);
process.exit(failed ? 1 : 0);
