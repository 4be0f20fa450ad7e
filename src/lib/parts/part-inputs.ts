import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, inputEnv, inputPaths } from '../cache/build-inputs.ts';
import { latestOf, type SeriesEdition } from './series.ts';
import { SITE_PART } from './part-names.ts';

const isYear = (name: string) => /^\d{4}$/.test(name);
const top = (path: string) => path.split(/[\\/]/)[1] ?? '';

/**
 * What each part is made from, as a hash per part name: equal hashes build equal parts.
 *
 * Every part: the engine (src, scripts, config, lockfile, public/), the settings, and the content
 * and data files outside the edition folders. An edition: also its own folders and every earlier
 * edition's (its rankings are compared with the last edition that has them, "what changed" with
 * the one before), but not later ones — a new edition leaves the built ones as they are; what it
 * changes in them (the switcher, the "older edition" banner) the assembly fills in. The site part
 * (home, search, not-found): every edition.yaml, and the latest edition, whose contents the
 * not-found page lists.
 */
export function partHashes(root: string, series: readonly SeriesEdition[], env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const hashOf = (paths: string[]) => {
    const h = createHash('sha256');
    for (const path of paths) h.update(`${path.split('\\').join('/')}\u0000`).update(readFileSync(join(root, path))).update('\u0000');
    return h.digest('hex');
  };
  const engine = inputPaths.filter((p) => p !== 'content' && p !== 'data').flatMap((p) => files(root, p));
  const report = ['content', 'data'].flatMap((p) => files(root, p));
  const outside = report.filter((p) => !isYear(top(p)));
  // The newest edition's language is every page's (content lang, interface at the root, /en/ or not).
  const settings = [...inputEnv.map((name) => `${name}=${env[name] ?? ''}`), `language=${series.at(-1)?.language ?? ''}`].join('\u0000');
  const shared = createHash('sha256').update(settings).update(hashOf([...engine, ...outside])).digest('hex');
  const ofYear = new Map<number, string>();
  for (const e of series) ofYear.set(e.year, hashOf(report.filter((p) => top(p) === String(e.year))));

  const out = new Map<string, string>();
  const combine = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');
  for (const e of series) out.set(String(e.year), combine(shared, 'edition', ...series.filter((x) => x.year <= e.year).map((x) => `${x.year}:${ofYear.get(x.year)}`)));
  const latest = latestOf(series);
  const editionFiles = series.map((e) => join('content', String(e.year), 'edition.yaml'));
  out.set(SITE_PART, combine(shared, 'site', hashOf(editionFiles), latest === undefined ? '' : `${latest}:${ofYear.get(latest)}`));
  return out;
}
