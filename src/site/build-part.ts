// Astro glue: which part of the site this Astro run renders. `scripts/build.ts` builds the site
// in parts — one per edition and one for the site-wide pages — and assembles them; it names the
// parts a run renders in BLUEBOOK_PART ("2019", "site", "2018,2019,site"). Without it (the dev
// server) everything renders, and the pages carry their cross-edition navigation themselves.
import { PAGES_STARTED, PEAK_MEMORY, renders } from '../lib/parts/index.ts';

const listed = process.env.BLUEBOOK_PART;

/** True in a part build: cross-edition navigation is left as markers for the assembly to fill. */
export const partBuild = listed !== undefined;

/** Whether this run renders edition `year`'s pages. */
export const rendersEdition = (year: number): boolean => renders(listed, String(year));

// This module is first evaluated when the pages start rendering, after bundling: the build
// script may start the next part's build now (src/lib/parts/run-builds.ts says why it waits).
if (partBuild) console.log(PAGES_STARTED);
// And, as it ends, how much memory it held at most, for the build script's report (pipes are
// written synchronously on exit).
if (partBuild) process.once('exit', () => console.log(`${PEAK_MEMORY} ${process.resourceUsage().maxRSS}`));
