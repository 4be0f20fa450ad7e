import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hasNavMarkers } from '../editions/edition-nav.ts';
import { outputFingerprint } from '../cache/build-inputs.ts';
import { pageLinks, type PageLinks } from '../quality/check-links.ts';
import { searchPage, type SearchPage } from '../search/build-index.ts';
import { shardOfPath } from './shard-names.ts';
import { removeLater } from './remove-later.ts';

/** What a built shard says of itself (`<shards>/<name>/shard.json`); its files are in `<shards>/<name>/files/`. */
export interface ShardManifest {
  shard: string;
  /** The hash of its inputs (shard-inputs.ts) when it was built: a shard is reused while it is unchanged. */
  inputs: string;
  /** For an edition: its page keys ('' for its home, 'b1', 'figures/fig-1' …), for the switcher and /latest/. */
  pages: string[];
  /** Files with navigation markers, which the assembly fills in (edition-nav.ts). */
  marked: string[];
  /** Paths, sizes and times of its files as stored: a shard whose files were touched since is rebuilt. */
  fingerprint?: string;
  /** Its files' paths, in walk() order (the assembly need not list a shard's folders again). */
  files?: string[];
}

/** What the assembly's search index and link check need of a shard's pages, read once when it is stored. */
export interface ShardPages {
  search: SearchPage[];
  links: Record<string, PageLinks>;
}

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function walk(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      return e.isDirectory() ? walk(dir, rel) : [rel];
    });
}

/** Scripts and styles: every build emits them, named by their content; each shard keeps its own copy. */
export const isSharedAsset = (path: string): boolean => path.startsWith('_astro/');

/** An edition's page key from a built file's path: `2019/figures/fig-1/index.html` → 'figures/fig-1'. */
export function pageKeyOfFile(path: string): string | undefined {
  const m = /^\d{4}\/(?:(.+)\/)?index\.html$/.exec(path);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * Move the files of one Astro build (`built`, which rendered `shards`) into their shard folders under
 * `shardsDir`, each with its manifest; each shard replaces its earlier copy only once complete.
 * Files of shards the build did not render (the site's pages, rendered by every build) are dropped.
 */
export function storeShards(
  built: string,
  shardsDir: string,
  shards: readonly string[],
  inputs: ReadonlyMap<string, string>,
  base: string,
): ShardManifest[] {
  const staging = new Map(shards.map((p) => [p, join(shardsDir, `.${p}.new-${process.pid}`)]));
  for (const dir of staging.values()) rmSync(dir, { recursive: true, force: true });
  const manifests = new Map<string, ShardManifest>(
    shards.map((p) => [p, { shard: p, inputs: inputs.get(p) ?? '', pages: [], marked: [] }]),
  );
  const read = new Map<string, ShardPages>(shards.map((p) => [p, { search: [], links: {} }]));
  const place = (from: string, to: string, move: boolean) => {
    mkdirSync(dirname(to), { recursive: true });
    if (move) renameSync(from, to);
    else writeFileSync(to, readFileSync(from));
  };
  const files = new Map<string, string[]>(shards.map((p) => [p, []]));
  for (const path of walk(built)) {
    const from = join(built, path);
    if (isSharedAsset(path)) {
      shards.forEach((p, i) => {
        files.get(p)!.push(path);
        place(from, join(staging.get(p)!, 'files', path), i === shards.length - 1);
      });
      continue;
    }
    const shard = shardOfPath(path);
    const manifest = manifests.get(shard);
    if (!manifest) continue;
    files.get(shard)!.push(path);
    if (path.endsWith('.html')) {
      const key = shard !== 'site' ? pageKeyOfFile(path) : undefined;
      if (key !== undefined) manifest.pages.push(key);
      const html = readFileSync(from, 'utf8');
      if (hasNavMarkers(html)) manifest.marked.push(path);
      const pages = read.get(shard)!;
      const s = searchPage(html, path, base);
      if (s) pages.search.push(s);
      pages.links[path] = pageLinks(html);
    }
    place(from, join(staging.get(shard)!, 'files', path), true);
  }
  for (const [shard, dir] of staging) {
    mkdirSync(join(dir, 'files'), { recursive: true });
    // Apart, as they are read apart: the search index takes a shard's pages as soon as it is ready,
    // the assembly its links.
    writeFileSync(join(dir, 'search.json'), JSON.stringify(read.get(shard)!.search));
    writeFileSync(join(dir, 'links.json'), JSON.stringify(read.get(shard)!.links));
    const manifest = manifests.get(shard)!;
    manifest.fingerprint = outputFingerprint(join(dir, 'files'));
    manifest.files = files.get(shard)!;
    writeFileSync(join(dir, 'shard.json'), JSON.stringify(manifest));
    const final = join(shardsDir, shard);
    const old = join(shardsDir, `.${shard}.old-${process.pid}`);
    if (existsSync(final)) renameSync(final, old);
    renameSync(dir, final);
    if (existsSync(old)) removeLater(old);
  }
  return [...manifests.values()];
}

/** The pages of a stored shard as the search index takes them. */
export function readShardSearch(shardsDir: string, shard: string): ShardPages['search'] {
  return JSON.parse(readFileSync(join(shardsDir, shard, 'search.json'), 'utf8')) as ShardPages['search'];
}

/** The hash of a stored shard's search pages as stored: it changes when they do, and costs no parsing. */
export function shardSearchHash(shardsDir: string, shard: string): string {
  return createHash('sha256')
    .update(readFileSync(join(shardsDir, shard, 'search.json')))
    .digest('hex');
}

/** The ids and links a stored shard read from its pages, for the link check. */
export function readShardLinks(shardsDir: string, shard: string): ShardPages['links'] {
  return JSON.parse(readFileSync(join(shardsDir, shard, 'links.json'), 'utf8')) as ShardPages['links'];
}

/** Whether a stored shard can be reused for `inputs`: built from them, and its files as it left them. */
export function shardIsCurrent(shardsDir: string, shard: string, inputs: string | undefined): boolean {
  const m = readShard(shardsDir, shard);
  return !!m && m.inputs === inputs && m.fingerprint === outputFingerprint(join(shardsDir, shard, 'files'));
}

/** Take a shard's files as they are now (shards copied from CI runners have new file times). */
export function restampShard(shardsDir: string, shard: string): void {
  const m = readShard(shardsDir, shard);
  if (!m) return;
  writeFileSync(
    join(shardsDir, shard, 'shard.json'),
    JSON.stringify({ ...m, fingerprint: outputFingerprint(join(shardsDir, shard, 'files')) }),
  );
}

/** The manifest of a stored shard, or undefined when there is none (or a broken one). */
export function readShard(shardsDir: string, shard: string): ShardManifest | undefined {
  const file = join(shardsDir, shard, 'shard.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ShardManifest;
  } catch {
    return undefined;
  }
}
