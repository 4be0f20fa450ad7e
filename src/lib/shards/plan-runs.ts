import { SITE_SHARD } from './shard-names.ts';

/**
 * The Astro runs that build `stale` shards: one process per edition, so that a process holds one
 * edition whatever the length of the series (memory stays bounded) and the processes can share
 * the cores. The small site shard rides with the latest edition, which its not-found page lists.
 * Oldest first, the order the search index takes the shards in: each shard is indexed while the
 * later ones build (scripts/build.ts), and the last run, which has a core to itself, leaves the
 * other to Pagefind.
 */
export function planRuns(stale: readonly string[], latest: number | undefined): string[][] {
  const runs = stale
    .filter((p) => p !== SITE_SHARD)
    .sort((a, b) => Number(a) - Number(b))
    .map((p) => [p]);
  if (stale.includes(SITE_SHARD)) {
    const withLatest = runs.find((r) => r[0] === String(latest));
    if (withLatest) withLatest.push(SITE_SHARD);
    else runs.push([SITE_SHARD]);
  }
  return runs;
}
