import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { renders, SITE_SHARD } from './shard-names.ts';

/** What the build needs to know of an edition before reading its content: its year and whether it is a draft. */
export interface SeriesEdition {
  year: number;
  draft: boolean;
  /** The language the edition is written in (edition.yaml `language`); the newest edition's is the site's. */
  language: 'zh-CN' | 'en';
}

/** The editions under `<root>/content/` (folders with an edition.yaml), oldest first. */
export function readSeries(root: string): SeriesEdition[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((y) => /^\d{4}$/.test(y) && existsSync(join(dir, y, 'edition.yaml')))
    .sort()
    .map((y) => {
      const doc = readYaml(join(dir, y, 'edition.yaml'));
      return { year: Number(y), draft: doc?.draft === true, language: doc?.language === 'en' ? 'en' : 'zh-CN' };
    });
}

function readYaml(file: string): { draft?: unknown; language?: unknown } | null {
  try {
    return parse(readFileSync(file, 'utf8')) as { draft?: unknown; language?: unknown } | null;
  } catch {
    // `npm run check` reports a broken edition.yaml with its line; here it is just not a draft.
    return null;
  }
}

/** The newest published edition (the newest draft when every edition is one): what `/` and `/latest/` show. */
export function latestOf(series: readonly SeriesEdition[]): number | undefined {
  const published = series.filter((e) => !e.draft);
  return (published.length ? published : series).at(-1)?.year;
}

/**
 * The editions whose chapters a run rendering `listed` shards must read: each edition it renders
 * and the one before it ("what changed" compares them); the site shard's not-found page lists the
 * latest edition's contents. Undefined `listed` (every shard): every edition.
 */
export function contentYears(series: readonly SeriesEdition[], listed: string | undefined): number[] {
  if (listed === undefined) return series.map((e) => e.year);
  const years = new Set<number>();
  series.forEach((e, i) => {
    if (!renders(listed, String(e.year))) return;
    years.add(e.year);
    if (i > 0) years.add(series[i - 1]!.year);
  });
  const latest = latestOf(series);
  if (renders(listed, SITE_SHARD) && latest !== undefined) years.add(latest);
  return [...years].sort();
}
