import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fillNav } from '../editions/edition-nav.ts';
import { localeBase } from '../i18n/ui.ts';
import { latestMissing, latestRedirect } from '../links/latest-redirects.ts';
import { sitemapFiles } from '../links/sitemap.ts';
import type { EditionPages } from '../links/edition-links.ts';
import type { PageLinks } from '../quality/check-links.ts';
import { isSharedAsset, readShard, readShardLinks, walk, type ShardManifest } from './shard-store.ts';
import { latestOf, type SeriesEdition } from './series.ts';
import { shardFolders, shardOfPath, SITE_SHARD } from './shard-names.ts';

export interface AssembleOptions {
  series: readonly SeriesEdition[];
  /** The site's address and base path (BLUEBOOK_SITE, BLUEBOOK_BASE). */
  site: string;
  base: string;
  /** The site this assembly last made, if it is still as it was left: its filled pages are
   * taken from there for every shard that has not changed, when the editions' pages have not. */
  previous?: PreviousAssembly | undefined;
}

/** What an assembly leaves for the next one to know (kept in the build's stamp). */
export interface PreviousAssembly {
  dir: string;
  /** Each shard's inputs hash. */
  shards: Record<string, string>;
  /** navSignature() of the editions it filled the pages with. */
  nav: string;
}

export interface Assembled {
  /** What the next assembly needs to know of this one (its `dir` is where this one was written). */
  made: Omit<PreviousAssembly, 'dir'>;
  /** Shards whose folders in the previous site are this site's as they are (moveKept() takes them over). */
  kept: string[];
  /** Those folders (`2019`, `en/2019`, `og/2019` …), relative to the site. */
  moved: string[];
  /** Every file of the assembled site, moved folders included (the search index, readShardSearch(), is the
   * caller's). */
  paths: string[];
  files: number;
  filled: number;
  redirects: number;
  /** Every shard's pages' links, for the one link check (the filled-in navigation and the
   * redirects link only to pages the shards list, so they need none). */
  links: Map<string, PageLinks>;
}

/** A shard named but not stored, or stored from other inputs than `expected`. */
export class ShardMissing extends Error {}

/** What the filled-in navigation depends on: every edition's year, draft state and pages. */
export function navSignature(editions: readonly EditionPages[]): string {
  return createHash('sha256')
    .update(JSON.stringify(editions.map((e) => [e.year, !!e.draft, [...e.pages].sort()])))
    .digest('hex');
}

/**
 * Put the stored shards of a series together into `out`: every shard's files; the edition switcher
 * and "older edition" banner filled in on every page now that all editions' pages are known;
 * `/latest/` redirects to the latest edition's pages; one sitemap of every page. `expected` gives
 * each shard's inputs hash: a shard built from other inputs is refused, not mixed in.
 */
export async function assembleShards(
  shardsDir: string,
  out: string,
  expected: ReadonlyMap<string, string>,
  options: AssembleOptions,
): Promise<Assembled> {
  const manifests = new Map<string, ShardManifest>();
  const problems: string[] = [];
  for (const [shard, hash] of expected) {
    const m = readShard(shardsDir, shard);
    if (!m) problems.push(`shard "${shard}" is not in ${shardsDir} (build it: npm run build -- --edition ${shard})`);
    else if (m.inputs !== hash)
      problems.push(
        `shard "${shard}" in ${shardsDir} was built from other files or settings than these ` +
          `(rebuild it: npm run build -- --edition ${shard})`,
      );
    else manifests.set(shard, m);
  }
  if (problems.length) throw new ShardMissing(problems.join('\n'));

  const editions: EditionPages[] = options.series.map((e) => ({
    year: e.year,
    draft: e.draft,
    pages: new Set(manifests.get(String(e.year))?.pages ?? []),
  }));
  const nav = navSignature(editions);
  const result: Assembled = {
    made: { shards: Object.fromEntries([...manifests].map(([p, m]) => [p, m.inputs])), nav },
    kept: [],
    moved: [],
    paths: [],
    files: 0,
    filled: 0,
    redirects: 0,
    links: new Map(),
  };
  const previous = options.previous?.nav === nav ? options.previous : undefined;
  const pages: string[] = [];
  // Tens of thousands of files go into a few thousand folders: each folder is made once.
  const made = new Set<string>();
  const folder = (path: string) => {
    const dir = dirname(path);
    if (made.has(dir)) return;
    mkdirSync(join(out, dir), { recursive: true });
    made.add(dir);
  };
  const write = (path: string, content: string | Buffer) => {
    result.paths.push(path);
    folder(path);
    writeFileSync(join(out, path), content);
  };
  for (const [shard, m] of manifests) {
    const from = join(shardsDir, shard, 'files');
    for (const [path, links] of Object.entries(readShardLinks(shardsDir, shard))) result.links.set(path, links);
    const marked = new Set(m.marked);
    // The shard and every edition's pages are as when the previous site was assembled: its folders
    // there are this shard's files, navigation filled in; they are moved over when this site
    // replaces that one, not copied (moveKept).
    const whole = shard !== SITE_SHARD && previous?.shards[shard] === m.inputs;
    if (whole) {
      result.kept.push(shard);
      result.moved.push(...shardFolders(shard).filter((f) => existsSync(join(previous.dir, f))));
    }
    for (const path of m.files ?? walk(from)) {
      const to = join(out, path);
      if (path.endsWith('.html')) pages.push(path);
      if (whole && shardOfPath(path) === shard) {
        result.paths.push(path);
        result.files++;
        continue;
      }
      // Only scripts and styles are in several shards; their names are their content's hash.
      if (isSharedAsset(path) && existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(join(from, path))))
          throw new Error(`${path} differs between shards: build them from the same files (npm run build -- --force)`);
        continue;
      }
      result.files++;
      if (marked.has(path)) {
        write(path, fillNav(readFileSync(join(from, path), 'utf8'), editions));
        result.filled++;
      } else {
        result.paths.push(path);
        folder(path);
        // A hard link: tens of thousands of pages and images are not copied. A tool that later
        // rewrites a dist/ file in place changes the shard's file too; the shard's fingerprint
        // then differs and the next build rebuilds it (shardIsCurrent).
        try {
          linkSync(join(from, path), to);
        } catch {
          copyFileSync(join(from, path), to);
        }
      }
    }
  }

  const latest = latestOf(options.series);
  const root = options.series.at(-1)?.language ?? 'zh-CN';
  const locales = root === 'zh-CN' ? (['zh-CN', 'en'] as const) : (['en'] as const);
  if (latest !== undefined) {
    for (const key of manifests.get(String(latest))?.pages ?? []) {
      for (const locale of locales) {
        const base = localeBase(options.base, locale, root);
        const path = `${base.slice(options.base.length)}latest/${key ? `${key}/` : ''}index.html`.replace(/^\//, '');
        // Not in the sitemap: a redirect says noindex, and its target is listed.
        write(path, latestRedirect(latest, key, locale, base, options.site));
        result.redirects++;
      }
    }
    // A page an earlier edition had and the latest has not: /latest/ still answers, with where it last was.
    const inLatest = new Set(manifests.get(String(latest))?.pages ?? []);
    const lastHad = new Map<string, number>();
    for (const e of options.series)
      if (!e.draft && e.year < latest)
        for (const key of manifests.get(String(e.year))?.pages ?? []) if (!inLatest.has(key)) lastHad.set(key, e.year);
    for (const [key, had] of lastHad)
      for (const locale of locales) {
        const base = localeBase(options.base, locale, root);
        const path = `${base.slice(options.base.length)}latest/${key}/index.html`.replace(/^\//, '');
        write(path, latestMissing(had, latest, key, locale, base, options.site));
        result.redirects++;
      }
    // oEmbed follows the same rule: the newest edition's response for a figure, else the last one that had it.
    for (const key of [...inLatest, ...lastHad.keys()]) {
      if (!/^figures\/[^/]+$/.test(key)) continue;
      const year = inLatest.has(key) ? latest : lastHad.get(key)!;
      const file = join(shardsDir, String(year), 'files', String(year), key, 'oembed.json');
      if (existsSync(file)) write(`latest/${key}/oembed.json`, readFileSync(file));
    }
  }

  // Every page but the not-found page, and no page of a draft edition (it is for preview).
  const drafts = options.series.filter((e) => e.draft).map((e) => `/${e.year}/`);
  const siteBase = new URL(options.base, options.site).href;
  const urls = pages
    .filter((p) => p !== '404.html')
    .map((p) => new URL(p.replace(/(^|\/)index\.html$/, '$1'), siteBase).href)
    .filter((u) => !drafts.some((d) => new URL(u).pathname.includes(d)));
  for (const f of await sitemapFiles(urls, siteBase)) write(f.path, f.content);
  return result;
}

/**
 * Move the folders an assembly kept (`moved`) from the site it was assembled against (`from`, the
 * previous dist/) into the new one (`to`), once the new one has passed every check. If a move
 * fails, the folders moved so far go back, and the error is thrown: `from` is as it was.
 */
export function moveKept(from: string, to: string, moved: readonly string[]): void {
  const done: string[] = [];
  try {
    for (const folder of moved) {
      mkdirSync(dirname(join(to, folder)), { recursive: true });
      renameSync(join(from, folder), join(to, folder));
      done.push(folder);
    }
  } catch (e) {
    for (const folder of done.reverse()) renameSync(join(to, folder), join(from, folder));
    throw e;
  }
}
