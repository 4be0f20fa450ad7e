// `npm run build`: check the content, build the site into a temporary folder, index it for
// search, and only then replace dist/. A failed build leaves the previous dist/ untouched.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runChecks } from '../src/lib/check/run-checks.ts';
import { checkLinks } from '../src/lib/quality/check-links.ts';
import { editionTowns, townRecords } from '../src/lib/search/town-records.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';
import { formatProblem } from '../src/lib/problems/problem.ts';
import { cacheDir } from '../src/lib/cache/build-cache.ts';
import { inputsHash, outputFingerprint } from '../src/lib/cache/build-inputs.ts';

const root = process.cwd();
// `npm run build -- --verbose` shows Astro's own output (every route, bundler notes); by default an
// editor sees the phases, the problems and the result, and Astro's output only when it fails.
const verbose = process.argv.includes('--verbose');
const outDir = process.env.BLUEBOOK_DIST ?? join(root, 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;

const started = performance.now();
const took = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const { problems, warnings, summary, content, data } = runChecks(root);
if (warnings.length) console.warn(warnings.map((w) => `warning: ${formatProblem(w)}`).join('\n'));
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n✗ Build stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (${summary}). Nothing was written.`);
  process.exit(1);
}
console.log(`✓ checked ${summary} in ${took(started)}`);
// Every permalink, embed snippet, citation and sitemap entry is written with the site's address.
if (!process.env.BLUEBOOK_SITE) console.warn('warning: BLUEBOOK_SITE is not set, so permalinks, embed snippets, citations and the sitemap point at https://bluebook.example.org; to publish, build with BLUEBOOK_SITE=https://your-address npm run build (README, "Deploying")');

// Nothing changed since the last build (the same files and settings, and dist/ as it left it): the
// site it would build is the one there. `--force` builds anyway.
const cache = cacheDir();
const stamp = cache ? join(cache, `last-build-${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`) : undefined;
const inputs = inputsHash(root);
if (stamp && !process.argv.includes('--force') && existsSync(stamp) && existsSync(join(outDir, 'index.html'))) {
  const last = JSON.parse(readFileSync(stamp, 'utf8')) as { inputs: string; output: string };
  if (last.inputs === inputs && last.output === outputFingerprint(outDir)) {
    console.log(`✓ nothing changed since the last build: ${outDir} is current (${took(started)}; --force rebuilds)`);
    process.exit(0);
  }
}

const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [cmd, ...args], { stdio: verbose ? 'inherit' : 'pipe', encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0 && !verbose) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.status === 0;
};
const fail = (what: string) => {
  rmSync(tmpDir, { recursive: true, force: true });
  console.error(`✗ ${what} failed; ${existsSync(outDir) ? 'the previous dist/ is unchanged' : 'no dist/ was written'}.`);
  process.exit(1);
};

const astroStarted = performance.now();
if (!run(join(root, 'node_modules/astro/bin/astro.mjs'), ['build'], { BLUEBOOK_OUT_DIR: tmpDir })) fail('astro build');
console.log(`✓ astro build in ${took(astroStarted)}`);
const indexStarted = performance.now();
// Search index: the built pages marked data-pagefind-body, in character pairs, plus a record per
// town so that a town's name finds its row in the directory.
const base = process.env.BLUEBOOK_BASE ?? '/';
const towns = content.editions.filter((x) => !x.edition.draft).flatMap((e) => townRecords(e.year, editionTowns(e.edition, data.find((p) => p.year === e.year)?.datasets ?? []), base));
const built = await buildSearchIndex(tmpDir, base, towns);
if (built.errors.length) fail(`search indexing (${built.errors.join('; ')})`);
for (const f of built.files) {
  const path = join(tmpDir, 'pagefind', f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
console.log(`✓ search index: ${built.pages} pages and ${built.records} towns in ${took(indexStarted)}`);
const linksStarted = performance.now();

const broken = checkLinks(tmpDir, process.env.BLUEBOOK_BASE ?? '/');
if (broken.length) {
  console.error(broken.map((b) => `${b.page}: link ${b.href} is broken (${b.reason})`).join('\n'));
  fail(`link check (${broken.length} broken internal link${broken.length === 1 ? '' : 's'})`);
}
console.log(`✓ internal links checked in ${took(linksStarted)}`);

const oldDir = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(tmpDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
if (stamp) {
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ inputs, output: outputFingerprint(outDir) }));
}
console.log(`✓ site written to ${outDir} in ${took(started)}`);
