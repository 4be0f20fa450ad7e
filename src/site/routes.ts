// Astro glue: one route tree for both interface languages, in the manner of Starlight — the
// interface language is route data (the `[...locale]` parameter: none for the report's own
// language at the root, `en` for the English interface under /en/), not a copied tree of pages.
import { englishMirror } from './content-language.ts';

type Paths = { params: Record<string, string | undefined>; props?: unknown }[];
type Located<P extends Paths> = (P[number] & { params: P[number]['params'] & { locale: string | undefined } })[];

/** The `locale` values of a page: the root's, and `en` where the report (in Chinese) has an English interface. */
export const interfaceLocales: readonly (string | undefined)[] = englishMirror ? [undefined, 'en'] : [undefined];

const located = <P extends Paths>(paths: P, locales: readonly (string | undefined)[]): Located<P> =>
  locales.flatMap((locale) => paths.map((p) => ({ ...p, params: { ...p.params, locale } })));

/** A page's paths in every interface language. */
export const inEveryLocale = <P extends Paths>(paths: P): Located<P> => located(paths, interfaceLocales);

/** A file's paths (CSV, JSON, citations, oEmbed): one copy, at the root, whatever the interface. */
export const atRoot = <P extends Paths>(paths: P): Located<P> => located(paths, [undefined]);

/** The site-wide pages (home, search) also answer at /en/ in a report written in English, where
 * that address leads to the root (`englishMirror` says whether it is a page of its own). */
export const siteLocales = () => [undefined, 'en'].map((locale) => ({ params: { locale } }));
