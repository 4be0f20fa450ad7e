import { SITE_PART } from './part-names.ts';

/**
 * The Astro runs that build `stale` parts: one process per edition, so that a process holds one
 * edition whatever the length of the series (memory stays bounded) and the processes can share
 * the cores. The small site part rides with the latest edition, which its not-found page lists;
 * the newest edition goes first, being the one an editor waits for.
 */
export function planRuns(stale: readonly string[], latest: number | undefined): string[][] {
  const editions = stale.filter((p) => p !== SITE_PART).sort((a, b) => Number(b) - Number(a));
  const runs = editions.map((p) => [p]);
  if (stale.includes(SITE_PART)) {
    const withLatest = runs.find((r) => r[0] === String(latest));
    if (withLatest) withLatest.push(SITE_PART);
    else runs.unshift([SITE_PART]);
  }
  return runs;
}
