import { type BrokenLink, brokenLinks } from '../quality/index.ts';

/**
 * The broken internal links of an assembled site, checked with the links each shard read from its
 * pages when it was built against the assembled files (`paths`, relative to the site's root).
 */
export function assembledBrokenLinks(
  links: Parameters<typeof brokenLinks>[0],
  paths: Iterable<string>,
  base: string,
): BrokenLink[] {
  const present = new Set(paths);
  const dirs = new Set(
    [...present].flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, a) => a.slice(0, i + 1).join('/')),
    ),
  );
  const kind = (p: string) => (present.has(p) ? 'file' : dirs.has(p.replace(/\/$/, '')) ? 'dir' : undefined);
  return brokenLinks(links, kind, base);
}
