/** The shards a site is built in: one per edition (its year) and `site` for the pages of no edition. */
export const SITE_SHARD = 'site';

/** The line a shard build prints once it has bundled and starts rendering pages (src/site/build-shard.ts). */
export const PAGES_STARTED = 'bluebook:pages-started';

/** The line a shard build prints as it exits: its peak resident memory in KiB (`bluebook:peak-rss 1834000`). */
export const PEAK_MEMORY = 'bluebook:peak-rss';

/** Whether a run given `listed` (comma-separated shard names; undefined: every shard) renders `shard`. */
export function renders(listed: string | undefined, shard: string): boolean {
  return (
    listed === undefined ||
    listed
      .split(',')
      .map((p) => p.trim())
      .includes(shard)
  );
}

/**
 * The shard a file of the built site belongs to, by its path inside the site: an edition's own
 * folders (`2019/…`, `en/2019/…`, `og/2019/…`) belong to that edition, everything else (home,
 * search, 404, scripts and styles, `public/` files) to the site shard.
 */
export function shardOfPath(path: string): string {
  const m = /^(?:en\/|og\/)?(\d{4})(?:\/|$)/.exec(path);
  return m ? m[1]! : SITE_SHARD;
}

/** The folders of the built site that hold an edition shard's own files (shardOfPath). */
export function shardFolders(year: string): string[] {
  return [year, `en/${year}`, `og/${year}`];
}
