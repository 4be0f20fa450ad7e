/** The parts a site is built in: one per edition (its year) and `site` for the pages of no edition. */
export const SITE_PART = 'site';

/** The line a part build prints once it has bundled and starts rendering pages (src/site/build-part.ts). */
export const PAGES_STARTED = 'bluebook:pages-started';

/** The line a part build prints as it exits: its peak resident memory in KiB (`bluebook:peak-rss 1834000`). */
export const PEAK_MEMORY = 'bluebook:peak-rss';

/** Whether a run given `listed` (comma-separated part names; undefined: every part) renders `part`. */
export function renders(listed: string | undefined, part: string): boolean {
  return (
    listed === undefined ||
    listed
      .split(',')
      .map((p) => p.trim())
      .includes(part)
  );
}

/**
 * The part a file of the built site belongs to, by its path inside the site: an edition's own
 * folders (`2019/…`, `en/2019/…`, `og/2019/…`) belong to that edition, everything else (home,
 * search, 404, scripts and styles, `public/` files) to the site part.
 */
export function partOfPath(path: string): string {
  const m = /^(?:en\/|og\/)?(\d{4})(?:\/|$)/.exec(path);
  return m ? m[1]! : SITE_PART;
}

/** The folders of the built site that hold an edition part's own files (partOfPath). */
export function partFolders(year: string): string[] {
  return [year, `en/${year}`, `og/${year}`];
}
