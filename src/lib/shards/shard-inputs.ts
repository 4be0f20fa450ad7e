import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, inputEnv, inputPaths } from '../cache/build-inputs.ts';
import { latestOf, type SeriesEdition } from './series.ts';
import { SITE_SHARD } from './shard-names.ts';

const isYear = (name: string) => /^\d{4}$/.test(name);
/** The edition a report file belongs to: `content/2019/…`, `data/2019/…`, and `public/<folder>/2019/…`
 * (an edition's pictures and its PDF/EPUB downloads, which its pages link with their sizes). */
const yearOf = (path: string): string | undefined => {
  const [top, first, second] = path.split(/[\\/]/);
  const y = top === 'public' ? second : first;
  return y !== undefined && isYear(y) && (top !== 'public' || path.split(/[\\/]/).length > 3) ? y : undefined;
};

const report = ['content', 'data', 'public'];
const hasher = (root: string) => (paths: string[]) => {
  const h = createHash('sha256');
  for (const path of paths)
    h.update(`${path.split('\\').join('/')}\u0000`)
      .update(readFileSync(join(root, path)))
      .update('\u0000');
  return h.digest('hex');
};

/**
 * What every shard is made from, as one hash: the engine (src, scripts, config, lockfile), the
 * settings, and the content, data and public/ files outside the edition folders. A shard build is
 * told it (BLUEBOOK_ENGINE) to key what it keeps in the build cache by what made it.
 */
export function sharedHash(
  root: string,
  series: readonly SeriesEdition[],
  env: NodeJS.ProcessEnv = process.env,
  reportFiles = report.flatMap((p) => files(root, p)),
): string {
  const engine = inputPaths.filter((p) => !report.includes(p)).flatMap((p) => files(root, p));
  const outside = reportFiles.filter((p) => yearOf(p) === undefined);
  // The newest edition's language is every page's (content lang, interface at the root, /en/ or not).
  const settings = [
    ...inputEnv.map((name) => `${name}=${env[name] ?? ''}`),
    `language=${series.at(-1)?.language ?? ''}`,
  ].join('\u0000');
  return createHash('sha256')
    .update(settings)
    .update(hasher(root)([...engine, ...outside]))
    .digest('hex');
}

/**
 * What each shard is made from, as a hash per shard name: equal hashes build equal shards.
 *
 * Every shard: the engine (src, scripts, config, lockfile), the settings, and the content, data and
 * public/ files outside the edition folders. An edition: also its own folders (with
 * `public/<folder>/<year>/`: a PDF exported for 2019 rebuilds 2019, not the series) and every earlier
 * edition's (its rankings are compared with the last edition that has them, "what changed" with
 * the one before), but not later ones — a new edition leaves the built ones as they are; what it
 * changes in them (the switcher, the "older edition" banner) the assembly fills in. The site shard
 * (home, search, not-found, and every public/ file, which it carries): every edition.yaml, all of
 * public/, and the latest edition, whose contents the not-found page lists.
 */
export function shardHashes(
  root: string,
  series: readonly SeriesEdition[],
  env: NodeJS.ProcessEnv = process.env,
): Map<string, string> {
  const hashOf = hasher(root);
  const byEdition = report.flatMap((p) => files(root, p));
  const shared = sharedHash(root, series, env, byEdition);
  const ofYear = new Map<number, string>();
  for (const e of series) ofYear.set(e.year, hashOf(byEdition.filter((p) => yearOf(p) === String(e.year))));

  const out = new Map<string, string>();
  const combine = (...pieces: string[]) => createHash('sha256').update(pieces.join('\u0000')).digest('hex');
  for (const e of series)
    out.set(
      String(e.year),
      combine(
        shared,
        'edition',
        ...series.filter((x) => x.year <= e.year).map((x) => `${x.year}:${ofYear.get(x.year)}`),
      ),
    );
  const latest = latestOf(series);
  const editionFiles = series.map((e) => join('content', String(e.year), 'edition.yaml'));
  out.set(
    SITE_SHARD,
    combine(
      shared,
      'site',
      hashOf([...editionFiles, ...files(root, 'public')]),
      latest === undefined ? '' : `${latest}:${ofYear.get(latest)}`,
    ),
  );
  return out;
}
