// Which editions a query reads, and in what order: the first results should show after reading one
// edition, not ten.

/** An edition as the passes take it: its shard, and its year (none for the site's own pages). */
interface Edition {
  shard: string;
  year?: number;
}

/**
 * The editions to read for a query, in passes (`editions` newest first, `titled` the ids `shard/n` of
 * pages the query is the title of, `years` the editions chosen, if any). The first pass reads the site's
 * own pages, the newest chosen edition and the newest one holding a titled page (older editions' copies
 * of that page fold under it); the second, when there is more to read, every edition, so that the
 * edition filter can count them.
 */
export function searchPasses<E extends Edition>(
  editions: readonly E[],
  titled: ReadonlySet<string>,
  years?: ReadonlySet<string>,
): E[][] {
  const chosen = editions.filter((e) => !years?.size || (e.year !== undefined && years.has(String(e.year))));
  const dated = chosen.filter((e) => e.year !== undefined);
  const holdsTitle = dated.find((e) => [...titled].some((t) => t.startsWith(`${e.shard}/`)));
  const first = chosen.filter((e) => e.year === undefined || e === dated[0] || e === holdsTitle);
  return first.length < editions.length ? [first, [...editions]] : [first];
}
