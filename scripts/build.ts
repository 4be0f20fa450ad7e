// `npm run build`: the command line of buildSite (src/lib/build/build-site.ts).
//   npm run build                       rebuild what changed, reuse the rest, assemble
//   npm run build -- --force            rebuild every shard
//   npm run build -- --edition 2019     build only that shard (or `site`), into the shards folder
//   npm run assemble                    assemble the shards folder into dist/ (e.g. shards from CI runners)
// --shards DIR (where shards are kept), --jobs N (Astro processes at once; one per core), --together
// (every shard in one Astro process), --verbose (Astro's own output).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, buildOptions, buildSite, processEffects, tmpDirOf } from '../src/lib/build/index.ts';

const root = process.cwd();
const options = buildOptions(process.argv.slice(2), process.env, root);
const outDir = process.env.BLUEBOOK_DIST ?? join(root, 'dist');

// One build at a time in a checkout: the runs share the project's .astro/ and the shards folder,
// and two swaps of dist/ would mix two sites.
await acquireLock(join(root, '.astro', 'build.lock'), {
  onWait: (h) =>
    console.log(`… another build (process ${h.pid}, started ${h.since}) is running here: waiting for it to end`),
});
// Ctrl-C or a kill: the temporary site goes, dist/ stays as it was, the lock is released (on exit)
// and the Astro runs end themselves (exitWithParent).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    rmSync(tmpDirOf(outDir, process.pid), { recursive: true, force: true });
    const left = existsSync(outDir) ? 'the previous dist/ is unchanged' : 'no dist/ was written';
    console.error(`✗ build stopped (${signal}); ${left}.`);
    process.exit(130);
  });
}

process.exit(await buildSite(options, processEffects));
