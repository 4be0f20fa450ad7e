import { href } from './urls.ts';

/** What the edition switcher needs to know of each edition: its year and the pages it has. */
export interface EditionPages {
  year: number;
  /** Page keys inside the edition: '' for its home, 'b1', 'preface', 'figures/fig-1-1' … */
  pages: ReadonlySet<string>;
  /** A draft edition is never the latest (unless every edition is a draft). */
  draft?: boolean;
}

export interface EditionLink {
  year: number;
  url: string;
  current: boolean;
  /** True when the link goes to the same page in that edition, false when to its home. */
  samePage: boolean;
}

/** Links to the same page in every edition, or to the edition's home where it has no such page. */
export function editionLinks(
  editions: readonly EditionPages[],
  base: string,
  currentYear: number,
  pageKey: string,
): EditionLink[] {
  return [...editions]
    .sort((a, b) => b.year - a.year)
    .map((e) => {
      const samePage = e.pages.has(pageKey);
      return {
        year: e.year,
        url: samePage && pageKey ? href(base, e.year, pageKey) : href(base, e.year),
        current: e.year === currentYear,
        samePage,
      };
    });
}

/** The newest published edition's year: where `/` and `/latest/` lead (drafts only when every edition is one). */
export function latestYear(editions: readonly EditionPages[]): number {
  if (!editions.length) throw new Error('no edition: add content/<year>/edition.yaml');
  const published = editions.filter((e) => !e.draft);
  return Math.max(...(published.length ? published : editions).map((e) => e.year));
}
