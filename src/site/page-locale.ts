// Astro glue: the interface language of the page being rendered, from its URL.
import { localeBase, localeOfPath, t, type Locale, type UiKey } from '../lib/i18n/index.ts';
import { defaultLocale } from './content-language.ts';

export interface PageLocale {
  locale: Locale;
  /** Base path for links that stay in this interface language. */
  base: string;
  /** The site's real base path, for files (favicon, downloads) shared by both languages. */
  assetBase: string;
  tt: (key: UiKey, vars?: Record<string, string | number>) => string;
}

export function pageLocale(url: URL): PageLocale {
  const assetBase = import.meta.env.BASE_URL;
  const locale = localeOfPath(url.pathname, assetBase, defaultLocale);
  return {
    locale,
    base: localeBase(assetBase, locale, defaultLocale),
    assetBase,
    tt: (key, vars) => t(key, vars, locale),
  };
}
