// `npm run example -- hdi-series`: a real series kept in docs/examples/<name>/ (content and data), built with
// this engine in .examples/<name>/ and served on http://127.0.0.1:4321/ (Ctrl-C stops it).
// hdi-series: UNDP's Human Development Index from two successive reports, its rank changes split into
// method, revision and real change.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { exampleNames, prepareExample, ReportError } from '../src/lib/editions/index.ts';

const engine = resolve(import.meta.dirname, '..');
const name = process.argv[2];
if (!name) {
  console.error(`usage: npm run example -- <name>   (${exampleNames(engine).join(', ')})`);
  process.exit(2);
}
const dir = join(engine, '.examples', name);
try {
  prepareExample({ engine, name, dir });
} catch (e) {
  if (!(e instanceof ReportError)) throw e;
  console.error(`✗ ${e.message}`);
  process.exit(1);
}
const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (process.argv.includes('--no-serve')) process.exit(0);
console.log(`\n✓ built in ${dir}; serving it on http://127.0.0.1:4321/`);
const astro = join(engine, 'node_modules', '.bin', 'astro');
const serve = spawnSync(astro, ['preview', '--host', '127.0.0.1', '--port', '4321'], { cwd: dir, stdio: 'inherit' });
process.exit(serve.status ?? 0);
