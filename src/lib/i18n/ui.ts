import { en } from '../../i18n/en.ts';
import { zhCN } from '../../i18n/zh-CN.ts';

/** Interface languages: Chinese is the default, English an interface switch (content stays as written). */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export type UiKey = keyof typeof zhCN;

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { 'zh-CN': zhCN, en };

/** An interface string, with `{name}` placeholders filled from `vars`; falls back to Chinese. */
export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = 'zh-CN'): string {
  const text = dictionaries[locale][key] ?? zhCN[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** The interface language of a URL path: `/en/…` (after the base path) is English, the rest the site's own (`root`). */
export function localeOfPath(pathname: string, base = '/', root: Locale = 'zh-CN'): Locale {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return /^\/?en(\/|$)/.test(rest) ? 'en' : root;
}

/** The base path for links in a locale: English pages of a Chinese site live under `<base>en/`. */
export function localeBase(base: string, locale: Locale, root: Locale = 'zh-CN'): string {
  return locale === 'en' && root !== 'en' ? `${base.replace(/\/?$/, '/')}en/` : base;
}

/** The same page in the other interface language. */
export function switchLocalePath(pathname: string, base: string, to: Locale): string {
  const b = base.replace(/\/?$/, '/');
  const rest = (pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '')).replace(
    /^en(\/|$)/,
    '',
  );
  return to === 'en' ? `${b}en/${rest}` : `${b}${rest}`;
}
