import { t, type Locale } from '../i18n/ui.ts';
import { esc } from '../text/escape.ts';
import { href } from './urls.ts';

/**
 * `/latest/<page>/` for every page of the latest edition: a static redirect to that page, so a
 * course can link to "the current report" once and keep the link for years. Made by the
 * assembly, which alone knows which edition is the latest.
 */
export function latestRedirect(year: number, key: string, locale: Locale, base: string, site: string): string {
  const target = key ? href(base, year, key) : href(base, year);
  const absolute = new URL(target, site).href;
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta ` +
    `charset="utf-8"><title>${esc(t('edition.label', { year }, locale))}</title><meta http-equiv="refresh" ` +
    `content="0; url=${esc(target)}"><link rel="canonical" href="${esc(absolute)}"><meta name="robots" ` +
    `content="noindex"><meta http-equiv="content-security-policy" content="default-src ` +
    `'none'"></head><body><p>${esc(t('edition.redirect', { url: '' }, locale))}` +
    `<a href="${esc(target)}">${esc(absolute)}</a></p></body></html>`
  );
}

/**
 * `/latest/<page>/` for a page the latest edition no longer has (a figure dropped, a chapter removed): not a 404 but
 * a note that links to the last edition that had it, and to the latest edition.
 */
export function latestMissing(
  had: number,
  latest: number,
  key: string,
  locale: Locale,
  base: string,
  site: string,
): string {
  const target = href(base, had, key);
  const absolute = new URL(target, site).href;
  const note = t('edition.latestMissing', { latest, year: had }, locale);
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" ` +
    `content="width=device-width"><title>${esc(note)}</title><link rel="canonical" href="${esc(absolute)}">` +
    `<meta name="robots" content="noindex"><meta http-equiv="content-security-policy" content="default-src ` +
    `'none'"></head><body><main><p>${esc(note)}</p><p><a href="${esc(target)}">${esc(absolute)}</a></p><p>` +
    `<a href="${esc(href(base, latest))}">${esc(t('edition.label', { year: latest }, locale))}</a></p></main>` +
    '</body></html>'
  );
}
