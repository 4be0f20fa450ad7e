// Astro glue: which shard of the site this Astro run renders. `scripts/build.ts` builds the site
// in shards — one per edition and one for the site-wide pages — and assembles them; it names the
// shards a run renders in BLUEBOOK_SHARD ("2019", "site", "2018,2019,site"). Without it (the dev
// server) everything renders, and the pages carry their cross-edition navigation themselves.
import { PAGES_STARTED, PEAK_MEMORY, renders } from '../lib/shards/index.ts';

const listed = process.env.BLUEBOOK_SHARD;

/** True in a shard build: cross-edition navigation is left as markers for the assembly to fill. */
export const shardBuild = listed !== undefined;

/** Whether this run renders edition `year`'s pages. */
export const rendersEdition = (year: number): boolean => renders(listed, String(year));

// This module is first evaluated when the pages start rendering, after bundling: the build
// script may start the next shard's build now (src/lib/shards/run-builds.ts says why it waits).
if (shardBuild) console.log(PAGES_STARTED);
// And, as it ends, how much memory it held at most, for the build script's report (pipes are
// written synchronously on exit).
if (shardBuild) process.once('exit', () => console.log(`${PEAK_MEMORY} ${process.resourceUsage().maxRSS}`));
