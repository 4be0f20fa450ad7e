import { SITE_PART } from './part-names.ts';

/**
 * The Astro runs that build `stale` parts: one process per edition, so that a process holds one
 * edition whatever the length of the series (memory stays bounded) and the processes can share
 * the cores. The small site part rides with the latest edition, which its not-found page lists.
 * Oldest first, the order the search index takes the parts in: each part is indexed while the
 * later ones build (scripts/build.ts), and the last run, which has a core to itself, leaves the
 * other to Pagefind.
 */
export function planRuns(stale: readonly string[], latest: number | undefined): string[][] {
  const runs = stale
    .filter((p) => p !== SITE_PART)
    .sort((a, b) => Number(a) - Number(b))
    .map((p) => [p]);
  if (stale.includes(SITE_PART)) {
    const withLatest = runs.find((r) => r[0] === String(latest));
    if (withLatest) withLatest.push(SITE_PART);
    else runs.push([SITE_PART]);
  }
  return runs;
}
