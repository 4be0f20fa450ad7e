import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hasNavMarkers } from '../editions/edition-nav.ts';
import { outputFingerprint } from '../cache/build-inputs.ts';
import { pageLinks, type PageLinks } from '../quality/check-links.ts';
import { searchPage, type SearchPage } from '../search/build-index.ts';
import { partOfPath } from './part-names.ts';
import { removeLater } from './remove-later.ts';

/** What a built part says of itself (`<parts>/<name>/part.json`); its files are in `<parts>/<name>/files/`. */
export interface PartManifest {
  part: string;
  /** The hash of its inputs (part-inputs.ts) when it was built: a part is reused while it is unchanged. */
  inputs: string;
  /** For an edition: its page keys ('' for its home, 'b1', 'figures/fig-1' …), for the switcher and /latest/. */
  pages: string[];
  /** Files with navigation markers, which the assembly fills in (edition-nav.ts). */
  marked: string[];
  /** Paths, sizes and times of its files as stored: a part whose files were touched since is rebuilt. */
  fingerprint?: string;
  /** Its files' paths, in walk() order (the assembly need not list a part's folders again). */
  files?: string[];
}

/** What the assembly's search index and link check need of a part's pages, read once when it is stored. */
export interface PartPages {
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

/** Scripts and styles: every build emits them, named by their content; each part keeps its own copy. */
export const isSharedAsset = (path: string): boolean => path.startsWith('_astro/');

/** An edition's page key from a built file's path: `2019/figures/fig-1/index.html` → 'figures/fig-1'. */
export function pageKeyOfFile(path: string): string | undefined {
  const m = /^\d{4}\/(?:(.+)\/)?index\.html$/.exec(path);
  return m ? (m[1] ?? '') : undefined;
}

/**
 * Move the files of one Astro build (`built`, which rendered `parts`) into their part folders under
 * `partsDir`, each with its manifest; each part replaces its earlier copy only once complete.
 * Files of parts the build did not render (the site's pages, rendered by every build) are dropped.
 */
export function storeParts(
  built: string,
  partsDir: string,
  parts: readonly string[],
  inputs: ReadonlyMap<string, string>,
  base: string,
): PartManifest[] {
  const staging = new Map(parts.map((p) => [p, join(partsDir, `.${p}.new-${process.pid}`)]));
  for (const dir of staging.values()) rmSync(dir, { recursive: true, force: true });
  const manifests = new Map<string, PartManifest>(
    parts.map((p) => [p, { part: p, inputs: inputs.get(p) ?? '', pages: [], marked: [] }]),
  );
  const read = new Map<string, PartPages>(parts.map((p) => [p, { search: [], links: {} }]));
  const place = (from: string, to: string, move: boolean) => {
    mkdirSync(dirname(to), { recursive: true });
    if (move) renameSync(from, to);
    else writeFileSync(to, readFileSync(from));
  };
  const files = new Map<string, string[]>(parts.map((p) => [p, []]));
  for (const path of walk(built)) {
    const from = join(built, path);
    if (isSharedAsset(path)) {
      parts.forEach((p, i) => {
        files.get(p)!.push(path);
        place(from, join(staging.get(p)!, 'files', path), i === parts.length - 1);
      });
      continue;
    }
    const part = partOfPath(path);
    const manifest = manifests.get(part);
    if (!manifest) continue;
    files.get(part)!.push(path);
    if (path.endsWith('.html')) {
      const key = part !== 'site' ? pageKeyOfFile(path) : undefined;
      if (key !== undefined) manifest.pages.push(key);
      const html = readFileSync(from, 'utf8');
      if (hasNavMarkers(html)) manifest.marked.push(path);
      const pages = read.get(part)!;
      const s = searchPage(html, path, base);
      if (s) pages.search.push(s);
      pages.links[path] = pageLinks(html);
    }
    place(from, join(staging.get(part)!, 'files', path), true);
  }
  for (const [part, dir] of staging) {
    mkdirSync(join(dir, 'files'), { recursive: true });
    // Apart, as they are read apart: the search index takes a part's pages as soon as it is ready,
    // the assembly its links.
    writeFileSync(join(dir, 'search.json'), JSON.stringify(read.get(part)!.search));
    writeFileSync(join(dir, 'links.json'), JSON.stringify(read.get(part)!.links));
    const manifest = manifests.get(part)!;
    manifest.fingerprint = outputFingerprint(join(dir, 'files'));
    manifest.files = files.get(part)!;
    writeFileSync(join(dir, 'part.json'), JSON.stringify(manifest));
    const final = join(partsDir, part);
    const old = join(partsDir, `.${part}.old-${process.pid}`);
    if (existsSync(final)) renameSync(final, old);
    renameSync(dir, final);
    if (existsSync(old)) removeLater(old);
  }
  return [...manifests.values()];
}

/** The pages of a stored part as the search index takes them. */
export function readPartSearch(partsDir: string, part: string): PartPages['search'] {
  return JSON.parse(readFileSync(join(partsDir, part, 'search.json'), 'utf8')) as PartPages['search'];
}

/** The ids and links a stored part read from its pages, for the link check. */
export function readPartLinks(partsDir: string, part: string): PartPages['links'] {
  return JSON.parse(readFileSync(join(partsDir, part, 'links.json'), 'utf8')) as PartPages['links'];
}

/** Whether a stored part can be reused for `inputs`: built from them, and its files as it left them. */
export function partIsCurrent(partsDir: string, part: string, inputs: string | undefined): boolean {
  const m = readPart(partsDir, part);
  return !!m && m.inputs === inputs && m.fingerprint === outputFingerprint(join(partsDir, part, 'files'));
}

/** Take a part's files as they are now (parts copied from CI runners have new file times). */
export function restampPart(partsDir: string, part: string): void {
  const m = readPart(partsDir, part);
  if (!m) return;
  writeFileSync(
    join(partsDir, part, 'part.json'),
    JSON.stringify({ ...m, fingerprint: outputFingerprint(join(partsDir, part, 'files')) }),
  );
}

/** The manifest of a stored part, or undefined when there is none (or a broken one). */
export function readPart(partsDir: string, part: string): PartManifest | undefined {
  const file = join(partsDir, part, 'part.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PartManifest;
  } catch {
    return undefined;
  }
}
