// Astro glue: the interface language of the page being rendered, from its URL.
import { localeBase, localeOfPath, t, type Locale, type UiKey } from '../lib/i18n/index.ts';
import { href } from '../lib/links/index.ts';
import { defaultLocale } from './content-language.ts';

export interface PageLocale {
  locale: Locale;
  /** Base path for links that stay in this interface language. */
  base: string;
  /** The site's real base path, for files (favicon, downloads) shared by both languages. */
  assetBase: string;
  tt: (key: UiKey, vars?: Record<string, string | number>) => string;
  /** The breadcrumb an edition's pages start with: home, then the edition. */
  editionCrumbs: (year: number) => { label: string; url: string }[];
}

export function pageLocale(url: URL): PageLocale {
  const assetBase = import.meta.env.BASE_URL;
  const locale = localeOfPath(url.pathname, assetBase, defaultLocale);
  const base = localeBase(assetBase, locale, defaultLocale);
  const tt: PageLocale['tt'] = (key, vars) => t(key, vars, locale);
  const editionCrumbs = (year: number) => [
    { label: tt('nav.home'), url: href(base) },
    { label: tt('edition.label', { year }), url: href(base, year) },
  ];
  return { locale, base, assetBase, tt, editionCrumbs };
}
