import { editionLinks, latestYear, type EditionPages } from '../links/edition-links.ts';
import { t, type Locale } from '../i18n/ui.ts';
import { esc } from '../text/escape.ts';

/**
 * Where a page stands among the editions: what its edition switcher and its "older edition"
 * banner need. These are the only parts of an edition's pages that depend on the other editions
 * (adding a 2028 edition changes every 2018 page's switcher), so a shard build leaves them as
 * markers and the assembly fills them in, once every edition's pages are known.
 */
export interface NavPlace {
  year: number;
  /** The page's key inside its edition: '' for the edition's home, 'b1', 'figures/fig-1' … */
  key: string;
  /** Base path of the page's interface language ('/', '/en/'). */
  base: string;
  locale: Locale;
  /** A draft's pages carry the draft note instead of the "older edition" banner. */
  draft: boolean;
}

type Kind = 'switcher' | 'banner';
const MARKER = /<!--bluebook:(switcher|banner) (\{[^>]*?\})-->/g;

/** The list items of the edition switcher: the same page in every edition, or that edition's home. */
export function switcherItems(editions: readonly EditionPages[], place: NavPlace): string {
  const latest = latestYear(editions);
  const word = t('edition.latest', {}, place.locale);
  const mark = place.locale === 'en' ? ` (${word})` : `（${word}）`;
  return editionLinks(editions, place.base, place.year, place.key)
    .map((l) => {
      const current = l.current ? ' aria-current="page"' : '';
      const label = esc(t('edition.label', { year: l.year }, place.locale)) + (l.year === latest ? esc(mark) : '');
      return `<li><a href="${esc(l.url)}"${current}>${label}</a></li>`;
    })
    .join('');
}

/** The note on a published edition that is not the latest, with a link to the same page there. */
export function olderBanner(editions: readonly EditionPages[], place: NavPlace): string {
  const latest = latestYear(editions);
  if (place.draft || place.year === latest) return '';
  const to = editionLinks(editions, place.base, place.year, place.key).find((l) => l.year === latest)!;
  return (
    `<div class="older-edition" role="note"><p>${esc(t('edition.older', { year: place.year }, place.locale))}<a ` +
    `href="${esc(to.url)}">${esc(t('edition.gotoLatest', { year: latest }, place.locale))}</a></p></div>`
  );
}

/** The marker a shard build writes in place of the switcher's items or the banner. */
export function navMarker(kind: Kind, place: NavPlace): string {
  // JSON of a year, a URL path segment and a base has no '>', so the comment cannot end early.
  return `<!--bluebook:${kind} ${JSON.stringify(place).replace(/>/g, '\\u003e')}-->`;
}

/** Fill every marker of a built page with the switcher and banner for these editions. */
export function fillNav(html: string, editions: readonly EditionPages[]): string {
  return html.replace(MARKER, (_, kind: Kind, json: string) => {
    const place = JSON.parse(json) as NavPlace;
    return kind === 'switcher' ? switcherItems(editions, place) : olderBanner(editions, place);
  });
}

/** Whether a built page has markers to fill. */
export function hasNavMarkers(html: string): boolean {
  return html.includes('<!--bluebook:');
}

/** A page's key from its URL path: '/en/2019/figures/fig-1/' under base '/en/' is 'figures/fig-1'. */
export function pageKeyOfUrl(pathname: string, base: string, year: number): string {
  const b = base.replace(/\/?$/, '/');
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  return rest.startsWith(`${year}`) ? rest.slice(String(year).length).replace(/^\/|\/$/g, '') : '';
}
