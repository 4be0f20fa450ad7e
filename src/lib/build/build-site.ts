import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cacheDir, entriesUnder, fingerprintEntries, fingerprintOf, inputsHash } from '../cache/index.ts';
import { keptChecks, runChecks } from '../check/index.ts';
import { siteAddress } from '../links/index.ts';
import {
  assembleShards,
  deadRunFolders,
  latestOf,
  leftovers,
  moveKept,
  ShardMissing,
  shardHashes,
  shardIsCurrent,
  planRuns,
  readShardSearch,
  shardSearchHash,
  readSeries,
  removeLater,
  restampShard,
  type runBuilds,
  runFolder,
  sharedHash,
  storeShards,
} from '../shards/index.ts';
import { formatProblem } from '../problems/index.ts';
import { buildSearchIndex, townRecords, writeSearchIndex } from '../search/index.ts';
import { assembledBrokenLinks } from './link-check.ts';
import { readStamp, upToDate, writeStamp } from './stamp.ts';

export interface BuildOptions {
  root: string;
  /** Rebuild every shard, and do not take pages over from the last dist/. */
  force?: boolean;
  /** Astro's own output. */
  verbose?: boolean;
  /** Build only these shards (edition years or `site`) into the shards folder. */
  editions?: string[];
  /** Assemble the shards folder as it is (shards built elsewhere). */
  assemble?: boolean;
  /** Where shards are kept (default: the build cache, or a temporary folder with the cache off). */
  shards?: string;
  /** Astro processes at once. */
  jobs: number;
  /** Every shard in one Astro process. */
  together?: boolean;
  env: Record<string, string | undefined>;
}

/** What the build does outside its folders: what it says, and how it runs Astro. */
export interface BuildEffects {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
  /** Astro's own output of a failed run, as it came. */
  raw(text: string): void;
  runBuilds: typeof runBuilds;
  /** This process's id (names the run and temporary folders). */
  pid: number;
}

/** The build stopped on a problem it has already reported; `what` failed. */
class BuildStopped extends Error {}

/** Where the build writes the new site before it replaces dist/. */
export const tmpDirOf = (outDir: string, pid: number) => `${outDir}.tmp-${pid}`;

/**
 * `npm run build`: check the content; build the shards of the site whose files changed (one per
 * edition, one for the site-wide pages), each in its own Astro process; assemble the shards into a
 * temporary folder, index it for search, check its links, and only then replace dist/. Returns the
 * exit code; a failed build leaves the previous dist/ untouched.
 */
export async function buildSite(options: BuildOptions, effects: BuildEffects): Promise<number> {
  const { root, env } = options;
  const say = effects;
  const outDir = env.BLUEBOOK_DIST ?? join(root, 'dist');
  const tmpDir = tmpDirOf(outDir, effects.pid);
  const { site, base, told: siteTold } = siteAddress(env);
  const started = performance.now();
  const took = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
  const cache = cacheDir(env);
  const outKey = createHash('sha256').update(outDir).digest('hex').slice(0, 16);

  // Nothing changed since the last build (the same files and settings, and dist/ as it left it): the
  // site it would build is the one there, and its checks passed. `--force` builds anyway.
  const stamp = cache ? join(cache, `last-build-${outKey}.json`) : undefined;
  const inputs = inputsHash(root);
  if (stamp && !options.force && !options.assemble && !options.editions && upToDate(stamp, inputs, outDir)) {
    say.log(`✓ nothing changed since the last build: ${outDir} is current (${took(started)}; --force rebuilds)`);
    return 0;
  }

  const series = readSeries(root);
  const hashes = shardHashes(root, series);

  // The content's checks: each edition whose files are as at an earlier build is not read again
  // (its results are kept by hash); the town records for search are all that is kept of what the
  // checks read (a long series' datasets are gigabytes as rows).
  const kept = cache ? keptChecks(join(cache, 'checks'), hashes, { reuse: !options.force }) : undefined;
  const { problems, warnings, summary, editions } = runChecks(root, kept, { release: true });
  if (warnings.length) say.warn(warnings.map((w) => `warning: ${formatProblem(w)}`).join('\n'));
  if (problems.length) {
    say.error(problems.map(formatProblem).join('\n'));
    const n = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    say.error(`\n✗ Build stopped: ${n} in the content (${summary}). Nothing was written.`);
    return 1;
  }
  const reusedChecks = kept?.reused.length
    ? ` (${kept.reused.length} unchanged edition${kept.reused.length === 1 ? "'s" : "s'"} checks reused)`
    : '';
  say.log(`✓ checked ${summary} in ${took(started)}${reusedChecks}`);
  // A record per town, so that a town's name finds its row in the directory.
  const towns = editions.flatMap((e) => townRecords(e.year, e.towns, base));
  // Every permalink, embed snippet, citation and sitemap entry is written with the site's address.
  if (!siteTold) {
    say.warn(
      `warning: BLUEBOOK_SITE is not set, so permalinks, embed snippets, citations and the sitemap point at ${site}; ` +
        'to publish, build with BLUEBOOK_SITE=https://your-address npm run build (README, "Deploying")',
    );
  }

  // Shards are kept in the build cache (per output folder) unless told where; with the cache off,
  // in a temporary folder that goes with the build.
  // BLUEBOOK_PARTS: the variable's name before build shards were told apart from the book's parts.
  const named = options.shards ?? env.BLUEBOOK_SHARDS ?? env.BLUEBOOK_PARTS;
  const shardsDir = resolve(
    named ?? (cache ? join(cache, 'shards', outKey) : mkdtempSync(join(tmpdir(), 'bluebook-shards-'))),
  );
  const shardsAreTemporary = !named && !cache;
  mkdirSync(shardsDir, { recursive: true });

  const order = [...hashes.keys()];

  const fail = (what: string): never => {
    rmSync(tmpDir, { recursive: true, force: true });
    if (shardsAreTemporary) rmSync(shardsDir, { recursive: true, force: true });
    const left = options.editions
      ? 'no shard was replaced'
      : existsSync(outDir)
        ? 'the previous dist/ is unchanged'
        : 'no dist/ was written';
    say.error(`✗ ${what} failed; ${left}.`);
    throw new BuildStopped(what);
  };

  /** dist/'s fingerprint now, taken once; and what it was taken from, for the folders the new site keeps. */
  let distFingerprint: string | undefined;
  let distEntries: Map<string, string> | undefined;
  const distAsLeft = () => {
    if (distFingerprint === undefined) {
      distEntries = existsSync(outDir) ? fingerprintEntries(outDir) : new Map();
      distFingerprint = existsSync(outDir) ? fingerprintOf(distEntries) : '';
    }
    return distFingerprint;
  };

  /** The largest Astro run's peak memory (KiB) and what it built. */
  let largestRun: { kib: number; shards: string[] } | undefined;
  const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
  const peakMemory = () => {
    const astro = largestRun
      ? `, ${mib(largestRun.kib)} in the largest Astro run (${largestRun.shards.join(', ')})`
      : '';
    return `✓ peak memory: ${mib(process.resourceUsage().maxRSS)} in this process${astro}`;
  };

  /** Build these shards, each edition in its own Astro process, and store them in the shards folder. */
  const buildShards = async (shards: string[]): Promise<void> => {
    const runs = options.together ? [shards] : planRuns(shards, latestOf(series));
    // Per output folder too: projects that share node_modules (a checkout's test fixtures) must not share Astro's
    // content data store, or a build running beside another renders the other one's content.
    const astroCache = (names: string[]) =>
      cache ? join(cache, 'astro', outKey, names.join('-')) : join(shardsDir, '.astro', names.join('-'));
    const results = await effects.runBuilds(runs, {
      root,
      jobs: options.jobs,
      verbose: !!options.verbose,
      outDir: (i) => runFolder(root, effects.pid, i),
      astroCache,
      // What the runs keep in the build cache (rendered figures) is keyed by the engine that made it.
      env: { BLUEBOOK_ENGINE: sharedHash(root, series) },
      onDone: (r) => {
        if (!r.ok) return;
        if (r.peakKiB && r.peakKiB > (largestRun?.kib ?? 0)) largestRun = { kib: r.peakKiB, shards: r.shards };
        const storing = performance.now();
        storeShards(r.outDir, shardsDir, r.shards, hashes, base);
        rmSync(r.outDir, { recursive: true, force: true });
        const what = r.shards.map((p) => (p === 'site' ? 'the site pages' : `the ${p} edition`)).join(' and ');
        say.log(`✓ built ${what} in ${r.seconds.toFixed(1)} s (stored in ${took(storing)})`);
      },
    });
    const failed = results.find((r) => !r.ok);
    for (const r of results) rmSync(r.outDir, { recursive: true, force: true });
    if (failed) {
      if (!options.verbose) say.raw(failed.output);
      fail(`astro build of ${failed.shards.join(', ')}`);
    }
  };

  try {
    if (options.editions) {
      // One machine's share of a series built on many (docs/parallel-builds.md): build these shards only.
      const asked = options.editions.flatMap((e) => e.split(',')).map((e) => e.trim());
      const unknown = asked.filter((p) => !hashes.has(p));
      if (unknown.length) {
        say.error(`✗ no such shard: ${unknown.join(', ')} (the shards are ${[...hashes.keys()].join(', ')})`);
        return 1;
      }
      const todo = options.force ? asked : asked.filter((p) => !shardIsCurrent(shardsDir, p, hashes.get(p)));
      for (const p of asked.filter((x) => !todo.includes(x))) {
        say.log(`✓ shard ${p} is current in ${shardsDir} (--force rebuilds it)`);
      }
      if (todo.length) await buildShards(todo);
      say.log(`✓ shards ${asked.join(', ')} in ${shardsDir} in ${took(started)}`);
      say.log(peakMemory());
      return 0;
    }

    if (!options.assemble) {
      const stale = [...hashes.keys()].filter((p) => options.force || !shardIsCurrent(shardsDir, p, hashes.get(p)));
      const reused = [...hashes.keys()].filter((p) => !stale.includes(p));
      if (reused.length) {
        say.log(`✓ reused ${reused.length} unchanged shard${reused.length === 1 ? '' : 's'}: ${reused.join(', ')}`);
      }
      if (stale.length) {
        const building = buildShards(stale);
        // While Astro builds: whether dist/ is as the last build left it (the assembly takes the
        // unchanged shards from it).
        distAsLeft();
        await building;
      }
    }

    const assembleStarted = performance.now();
    rmSync(tmpDir, { recursive: true, force: true });
    let assembled: Awaited<ReturnType<typeof assembleShards>>;
    try {
      // The pages dist/ already has, filled for the same editions, are taken from it (when it is as
      // the last build left it).
      const last = options.force ? undefined : readStamp(stamp);
      const previous = last?.assembly && last.output === distAsLeft() ? { ...last.assembly, dir: outDir } : undefined;
      assembled = await assembleShards(shardsDir, tmpDir, hashes, { series, site, base, previous });
      // Shards brought from elsewhere (CI runners' artifacts) are taken as they are now.
      if (options.assemble) for (const p of hashes.keys()) restampShard(shardsDir, p);
      const a = assembled;
      const keptWhole = a.kept.length
        ? `, ${a.kept.length} shard${a.kept.length === 1 ? '' : 's'} kept whole from the last build`
        : '';
      say.log(
        `✓ assembled ${hashes.size} shards (${a.files} files, ${a.filled} pages given their edition switcher` +
          `${keptWhole}, ${a.redirects} /latest/ redirects) in ${took(assembleStarted)}`,
      );
    } catch (e) {
      if (e instanceof BuildStopped) throw e;
      say.error(e instanceof ShardMissing ? e.message : String((e as Error).stack ?? e));
      return fail('assembly');
    }

    const indexStarted = performance.now();
    // Search index: the built pages marked data-pagefind-body, and the towns, edition by edition;
    // an edition whose pages are as at the last build keeps its index (stored beside its shard), and
    // its pages are not even read: the index is found by the hash of the stored pages' bytes.
    const built = buildSearchIndex(
      order.map((shard) => {
        const year = /^\d{4}$/.test(shard) ? Number(shard) : undefined;
        const shardTowns = towns.filter((t) => t.filters.edition?.[0] === shard);
        return {
          shard,
          year,
          identity: `${shardSearchHash(shardsDir, shard)}\n${JSON.stringify(shardTowns)}`,
          pages: () => [...readShardSearch(shardsDir, shard), ...shardTowns],
        };
      }),
      shardsAreTemporary ? undefined : shardsDir,
    );
    if (shardsAreTemporary) rmSync(shardsDir, { recursive: true, force: true });
    writeSearchIndex(built.files, tmpDir);
    const reindexed =
      built.indexed.length === built.shards
        ? ''
        : ` (${built.indexed.length} of ${built.shards} shards indexed, the others' indexes kept)`;
    say.log(`✓ search index: ${built.pages} pages and towns in ${took(indexStarted)}${reindexed}`);
    // The new site's files as they will stand in dist/, for the stamp: the folders moved over from the
    // last dist/ keep their files' sizes and times, as read when that dist/ was checked.
    const entries = new Map<string, string>();
    if (stamp) {
      fingerprintEntries(tmpDir, '.', entries);
      for (const f of assembled.moved)
        if (distEntries) entriesUnder(distEntries, f, entries);
        else fingerprintEntries(outDir, f, entries);
    }

    const linksStarted = performance.now();
    const paths = [...assembled.paths, ...built.files.map((f) => f.path)];
    const broken = assembledBrokenLinks(assembled.links, paths, base);
    if (broken.length) {
      say.error(broken.map((b) => `${b.page}: link ${b.href} is broken (${b.reason})`).join('\n'));
      fail(`link check (${broken.length} broken internal link${broken.length === 1 ? '' : 's'})`);
    }
    say.log(`✓ internal links checked in ${took(linksStarted)}`);

    // The new site replaces dist/: the kept shards' folders are moved from the old one first.
    const swapStarted = performance.now();
    const oldDir = `${outDir}.old-${effects.pid}`;
    if (existsSync(outDir)) {
      try {
        moveKept(outDir, tmpDir, assembled.moved);
      } catch (e) {
        say.error(String(e));
        fail('taking over the unchanged shards from the last dist/');
      }
      renameSync(outDir, oldDir);
    }
    renameSync(tmpDir, outDir);
    // The replaced site is removed in the background, with whatever killed builds left next to dist/.
    if (existsSync(oldDir)) removeLater(oldDir);
    for (const dir of [...leftovers(outDir), ...deadRunFolders(root)]) removeLater(dir);
    if (stamp) writeStamp(stamp, { inputs, output: fingerprintOf(entries), assembly: assembled.made });
    say.log(`✓ site written to ${outDir} in ${took(started)} (replacing dist/: ${took(swapStarted)})`);
    say.log(peakMemory());
    return 0;
  } catch (e) {
    if (e instanceof BuildStopped) return 1;
    throw e;
  }
}
