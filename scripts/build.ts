// `npm run build`: check the content; build the parts of the site whose files changed (one per
// edition, one for the site-wide pages), each in its own Astro process; assemble the parts into a
// temporary folder, index it for search, check its links, and only then replace dist/. A failed
// build leaves the previous dist/ untouched.
//
//   npm run build                       rebuild what changed, reuse the rest, assemble
//   npm run build -- --force            rebuild every part
//   npm run build -- --edition 2019     build only that part (or `site`), into the parts folder
//   npm run assemble                    assemble the parts folder into dist/ (e.g. parts from CI runners)
//
// Options: --parts DIR (where parts are kept; default in the build cache), --jobs N (Astro
// processes at once; default: one per core), --together (every part in one Astro process: less
// start-up, more memory), --verbose (Astro's own output).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks } from '../src/lib/check/index.ts';
import { keptChecks } from '../src/lib/check/index.ts';
import { brokenLinks } from '../src/lib/quality/index.ts';
import { townRecords } from '../src/lib/search/index.ts';
import { startSearchIndex } from '../src/lib/search/index.ts';
import { formatProblem } from '../src/lib/problems/index.ts';
import { cacheDir } from '../src/lib/cache/index.ts';
import { fingerprintEntries, fingerprintOf, inputsHash, outputFingerprint } from '../src/lib/cache/index.ts';
import { latestOf, readSeries } from '../src/lib/parts/index.ts';
import { partHashes, sharedHash } from '../src/lib/parts/index.ts';
import { partIsCurrent, readPartSearch, restampPart, storeParts } from '../src/lib/parts/index.ts';
import { planRuns } from '../src/lib/parts/index.ts';
import { runBuilds } from '../src/lib/parts/index.ts';
import { leftovers, removeLater } from '../src/lib/parts/index.ts';
import { assembleParts, moveKept, PartMissing, type PreviousAssembly } from '../src/lib/parts/index.ts';
import { deadRunFolders, runFolder } from '../src/lib/parts/index.ts';
import { acquireLock } from '../src/lib/build/index.ts';
import { siteAddress } from '../src/lib/links/index.ts';

const root = process.cwd();
const { values: opts } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    edition: { type: 'string', multiple: true },
    assemble: { type: 'boolean', default: false },
    parts: { type: 'string' },
    jobs: { type: 'string' },
    together: { type: 'boolean', default: false },
  },
  strict: true,
});
const outDir = process.env.BLUEBOOK_DIST ?? join(root, 'dist');
const tmpDir = `${outDir}.tmp-${process.pid}`;
const { site, base, told: siteTold } = siteAddress();

// One build at a time in a checkout: the runs share the project's .astro/ and the parts folder,
// and two swaps of dist/ would mix two sites.
await acquireLock(join(root, '.astro', 'build.lock'), {
  onWait: (h) =>
    console.log(`… another build (process ${h.pid}, started ${h.since}) is running here: waiting for it to end`),
});
// Ctrl-C or a kill: the temporary site goes, dist/ stays as it was, the lock is released (on exit)
// and the Astro runs end themselves (exitWithParent).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    rmSync(tmpDir, { recursive: true, force: true });
    console.error(
      `✗ build stopped (${signal}); ${existsSync(outDir) ? 'the previous dist/ is unchanged' : 'no dist/ was written'}.`,
    );
    process.exit(130);
  });
}

const started = performance.now();
const took = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const cache = cacheDir();
const outKey = createHash('sha256').update(outDir).digest('hex').slice(0, 16);

// Nothing changed since the last build (the same files and settings, and dist/ as it left it): the
// site it would build is the one there, and its checks passed. `--force` builds anyway.
const stamp = cache ? join(cache, `last-build-${outKey}.json`) : undefined;
/** What the last build left: its inputs, dist/ as it left it, and what its assembly filled the pages from. */
interface Stamp {
  inputs: string;
  output: string;
  assembly?: Omit<PreviousAssembly, 'dir'>;
}
const lastStamp = (): Stamp | undefined => {
  try {
    return stamp && existsSync(stamp) ? (JSON.parse(readFileSync(stamp, 'utf8')) as Stamp) : undefined;
  } catch {
    return undefined;
  }
};
const inputs = inputsHash(root);
if (
  stamp &&
  !opts.force &&
  !opts.assemble &&
  !opts.edition &&
  existsSync(stamp) &&
  existsSync(join(outDir, 'index.html'))
) {
  const last = JSON.parse(readFileSync(stamp, 'utf8')) as Stamp;
  if (last.inputs === inputs && last.output === outputFingerprint(outDir)) {
    console.log(`✓ nothing changed since the last build: ${outDir} is current (${took(started)}; --force rebuilds)`);
    process.exit(0);
  }
}

const series = readSeries(root);
const hashes = partHashes(root, series);

/** Check the content (each edition whose files are as at an earlier build is not read again: its
 * results are kept by hash); the town records for search are all that is kept of what the checks read
 * (a long series' datasets are gigabytes as rows, and this process goes on to assemble the site). */
function check() {
  const kept = cache ? keptChecks(join(cache, 'checks'), hashes, { reuse: !opts.force }) : undefined;
  const { problems, warnings, summary, editions } = runChecks(root, kept, { release: true });
  if (warnings.length) console.warn(warnings.map((w) => `warning: ${formatProblem(w)}`).join('\n'));
  if (problems.length) {
    console.error(problems.map(formatProblem).join('\n'));
    console.error(
      `\n✗ Build stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (${summary}). Nothing was written.`,
    );
    process.exit(1);
  }
  const reused = kept?.reused.length
    ? ` (${kept.reused.length} unchanged edition${kept.reused.length === 1 ? "'s" : "s'"} checks reused)`
    : '';
  console.log(`✓ checked ${summary} in ${took(started)}${reused}`);
  // A record per town, so that a town's name finds its row in the directory.
  return editions.flatMap((e) => townRecords(e.year, e.towns, base));
}
const towns = check();
// Every permalink, embed snippet, citation and sitemap entry is written with the site's address.
if (!siteTold)
  console.warn(
    'warning: BLUEBOOK_SITE is not set, so permalinks, embed snippets, citations and the sitemap point at https://bluebook.example.org; to publish, build with BLUEBOOK_SITE=https://your-address npm run build (README, "Deploying")',
  );

// Parts are kept in the build cache (per output folder) unless told where; with the cache off,
// in a temporary folder that goes with the build.
const partsDir = resolve(
  opts.parts ??
    process.env.BLUEBOOK_PARTS ??
    (cache ? join(cache, 'parts', outKey) : mkdtempSync(join(tmpdir(), 'bluebook-parts-'))),
);
const partsAreTemporary = !opts.parts && !process.env.BLUEBOOK_PARTS && !cache;
mkdirSync(partsDir, { recursive: true });
const jobs = Math.max(1, Number(opts.jobs ?? process.env.BLUEBOOK_JOBS ?? availableParallelism()) || 1);

// The search index takes the parts' pages in the parts' order (editions, then the site pages): each
// part is handed over once it and every part before it are built or found unchanged, and Pagefind
// indexes it while Astro builds the rest.
const search = opts.edition ? undefined : startSearchIndex();
const indexedEarly = new Set<string>();
const readyToIndex = new Set<string>();
const order = [...hashes.keys()];
const indexReady = (parts: readonly string[]) => {
  for (const p of parts) readyToIndex.add(p);
  for (
    let p = order[indexedEarly.size];
    search && p !== undefined && readyToIndex.has(p);
    p = order[indexedEarly.size]
  ) {
    search.add(readPartSearch(partsDir, p));
    indexedEarly.add(p);
  }
};

const fail = (what: string): never => {
  void search?.abandon();
  rmSync(tmpDir, { recursive: true, force: true });
  if (partsAreTemporary) rmSync(partsDir, { recursive: true, force: true });
  console.error(
    `✗ ${what} failed; ${opts.edition ? 'no part was replaced' : existsSync(outDir) ? 'the previous dist/ is unchanged' : 'no dist/ was written'}.`,
  );
  process.exit(1);
};

/** dist/'s fingerprint now, taken once. */
let distFingerprint: string | undefined;
const distAsLeft = () => (distFingerprint ??= existsSync(outDir) ? outputFingerprint(outDir) : '');

/** The largest Astro run's peak memory (KiB) and what it built. */
let largestRun: { kib: number; parts: string[] } | undefined;
const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
const peakMemory = () =>
  `✓ peak memory: ${mib(process.resourceUsage().maxRSS)} in this process${largestRun ? `, ${mib(largestRun.kib)} in the largest Astro run (${largestRun.parts.join(', ')})` : ''}`;

/** Build these parts, each edition in its own Astro process, and store them in the parts folder. */
async function buildParts(parts: string[]): Promise<void> {
  const runs = opts.together ? [parts] : planRuns(parts, latestOf(series));
  const astroCache = (names: string[]) =>
    cache ? join(cache, 'astro', names.join('-')) : join(partsDir, '.astro', names.join('-'));
  const results = await runBuilds(runs, {
    root,
    jobs,
    verbose: opts.verbose,
    outDir: (i) => runFolder(root, process.pid, i),
    astroCache,
    // What the runs keep in the build cache (rendered figures) is keyed by the engine that made it.
    env: { BLUEBOOK_ENGINE: sharedHash(root, series) },
    onDone: (r) => {
      if (!r.ok) return;
      if (r.peakKiB && r.peakKiB > (largestRun?.kib ?? 0)) largestRun = { kib: r.peakKiB, parts: r.parts };
      const storing = performance.now();
      storeParts(r.outDir, partsDir, r.parts, hashes, base);
      rmSync(r.outDir, { recursive: true, force: true });
      if (!opts.edition) indexReady(r.parts);
      console.log(
        `✓ built ${r.parts.map((p) => (p === 'site' ? 'the site pages' : `the ${p} edition`)).join(' and ')} in ${r.seconds.toFixed(1)} s (stored in ${took(storing)})`,
      );
    },
  });
  const failed = results.find((r) => !r.ok);
  for (const r of results) rmSync(r.outDir, { recursive: true, force: true });
  if (failed) {
    if (!opts.verbose) process.stderr.write(failed.output);
    fail(`astro build of ${failed.parts.join(', ')}`);
  }
}

if (opts.edition) {
  // One machine's share of a series built on many (docs/parallel-builds.md): build these parts only.
  const asked = opts.edition.flatMap((e) => e.split(',')).map((e) => e.trim());
  const unknown = asked.filter((p) => !hashes.has(p));
  if (unknown.length) {
    console.error(`✗ no such part: ${unknown.join(', ')} (the parts are ${[...hashes.keys()].join(', ')})`);
    process.exit(1);
  }
  const todo = opts.force ? asked : asked.filter((p) => !partIsCurrent(partsDir, p, hashes.get(p)));
  for (const p of asked.filter((x) => !todo.includes(x)))
    console.log(`✓ part ${p} is current in ${partsDir} (--force rebuilds it)`);
  if (todo.length) await buildParts(todo);
  console.log(`✓ parts ${asked.join(', ')} in ${partsDir} in ${took(started)}`);
  console.log(peakMemory());
  process.exit(0);
}

if (!opts.assemble) {
  const stale = [...hashes.keys()].filter((p) => opts.force || !partIsCurrent(partsDir, p, hashes.get(p)));
  const reused = [...hashes.keys()].filter((p) => !stale.includes(p));
  if (reused.length)
    console.log(`✓ reused ${reused.length} unchanged part${reused.length === 1 ? '' : 's'}: ${reused.join(', ')}`);
  indexReady(reused);
  if (stale.length) {
    const building = buildParts(stale);
    // While Astro builds: whether dist/ is as the last build left it (the assembly takes the unchanged parts from it).
    distAsLeft();
    await building;
  }
}

const assembleStarted = performance.now();
rmSync(tmpDir, { recursive: true, force: true });
let assembled: Awaited<ReturnType<typeof assembleParts>> | undefined;
try {
  // The pages dist/ already has, filled for the same editions, are taken from it (when it is as the last build left it).
  const last = opts.force ? undefined : lastStamp();
  const previous = last?.assembly && last.output === distAsLeft() ? { ...last.assembly, dir: outDir } : undefined;
  const a = (assembled = await assembleParts(partsDir, tmpDir, hashes, { series, site, base, previous }));
  // Parts brought from elsewhere (CI runners' artifacts) are taken as they are now.
  if (opts.assemble) for (const p of hashes.keys()) restampPart(partsDir, p);
  console.log(
    `✓ assembled ${hashes.size} parts (${a.files} files, ${a.filled} pages given their edition switcher${a.kept.length ? `, ${a.kept.length} part${a.kept.length === 1 ? '' : 's'} kept whole from the last build` : ''}, ${a.redirects} /latest/ redirects) in ${took(assembleStarted)}`,
  );
} catch (e) {
  if (e instanceof PartMissing) console.error(e.message);
  else console.error(e);
  fail('assembly');
}

const indexStarted = performance.now();
// Search index: the built pages marked data-pagefind-body, in character pairs, plus the towns.
for (const part of order) if (!indexedEarly.has(part)) search!.add(readPartSearch(partsDir, part));
if (partsAreTemporary) rmSync(partsDir, { recursive: true, force: true });
// While Pagefind writes the index: the new site's files as they will stand in dist/, for the stamp
// (the folders moved over from the last dist/ keep their files' times).
const entries = new Map<string, string>();
const built = await search!.finish(towns, () => {
  if (!stamp) return;
  fingerprintEntries(tmpDir, '.', entries);
  for (const f of assembled!.moved) fingerprintEntries(outDir, f, entries);
});
if (built.errors.length) fail(`search indexing (${built.errors.join('; ')})`);
for (const f of built.files) {
  const path = join(tmpDir, 'pagefind', f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
if (stamp) fingerprintEntries(tmpDir, 'pagefind', entries);
console.log(
  `✓ search index: ${built.pages} pages and ${built.records} towns in ${took(indexStarted)}${indexedEarly.size ? ` (${indexedEarly.size} part${indexedEarly.size === 1 ? '' : 's'} indexed as soon as built or found unchanged)` : ''}`,
);
const linksStarted = performance.now();

// With the links each part read from its pages when it was built, against the assembled files.
const present = new Set([...assembled!.paths, ...built.files.map((f) => `pagefind/${f.path}`)]);
const dirs = new Set(
  [...present].flatMap((f) =>
    f
      .split('/')
      .slice(0, -1)
      .map((_, i, a) => a.slice(0, i + 1).join('/')),
  ),
);
const broken = brokenLinks(
  assembled!.links,
  (p) => (present.has(p) ? 'file' : dirs.has(p.replace(/\/$/, '')) ? 'dir' : undefined),
  base,
);
if (broken.length) {
  console.error(broken.map((b) => `${b.page}: link ${b.href} is broken (${b.reason})`).join('\n'));
  fail(`link check (${broken.length} broken internal link${broken.length === 1 ? '' : 's'})`);
}
console.log(`✓ internal links checked in ${took(linksStarted)}`);

// The new site replaces dist/: the kept parts' folders are moved from the old one first.
const swapStarted = performance.now();
const oldDir = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) {
  try {
    moveKept(outDir, tmpDir, assembled!.moved);
  } catch (e) {
    console.error(e);
    fail('taking over the unchanged parts from the last dist/');
  }
  renameSync(outDir, oldDir);
}
renameSync(tmpDir, outDir);
// The replaced site is removed in the background, with whatever killed builds left next to dist/.
if (existsSync(oldDir)) removeLater(oldDir);
for (const dir of [...leftovers(outDir), ...deadRunFolders(root)]) removeLater(dir);
if (stamp) {
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(
    stamp,
    JSON.stringify({ inputs, output: fingerprintOf(entries), assembly: assembled!.made } satisfies Stamp),
  );
}
console.log(`✓ site written to ${outDir} in ${took(started)} (replacing dist/: ${took(swapStarted)})`);
console.log(peakMemory());
