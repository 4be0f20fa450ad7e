// Astro glue: the language the report is written in (edition.yaml `language`, the newest
// edition's), which content blocks declare (lang) and which the interface defaults to.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentLanguage } from '../lib/content/schema.ts';
import type { Locale } from '../lib/i18n/ui.ts';

function newestLanguage(): ContentLanguage {
  const dir = join(process.cwd(), 'content');
  const years = existsSync(dir) ? readdirSync(dir).filter((y) => /^\d{4}$/.test(y) && existsSync(join(dir, y, 'edition.yaml'))).sort() : [];
  const newest = years.at(-1);
  const language = newest ? (parse(readFileSync(join(dir, newest, 'edition.yaml'), 'utf8')) as { language?: string } | null)?.language : undefined;
  return language === 'en' ? 'en' : 'zh-CN';
}

/** The report's language, as an HTML lang value. */
export const contentLang: ContentLanguage = newestLanguage();
/** The interface language of the site's root pages: the report's own. */
export const defaultLocale: Locale = contentLang;
/** A Chinese report also has an English interface under /en/; a report in English has one interface. */
export const englishMirror = defaultLocale === 'zh-CN';
