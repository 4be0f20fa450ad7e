// Astro glue: the language the report is written in (edition.yaml `language`, the newest
// edition's), which content blocks declare (lang) and which the interface defaults to.
import { readSeries } from '../lib/shards/index.ts';
import type { ContentLanguage } from '../lib/content/index.ts';
import type { Locale } from '../lib/i18n/index.ts';

/** The report's language, as an HTML lang value. */
export const contentLang: ContentLanguage = readSeries(process.cwd()).at(-1)?.language ?? 'zh-CN';
/** The interface language of the site's root pages: the report's own. */
export const defaultLocale: Locale = contentLang;
/** A Chinese report also has an English interface under /en/; a report in English has one interface. */
export const englishMirror = defaultLocale === 'zh-CN';
