import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a build is made from: the report, the engine, the lockfile, and the settings that change its output. */
export const inputPaths = [
  'content',
  'data',
  'public',
  'src',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];
export const inputEnv = ['BLUEBOOK_SITE', 'BLUEBOOK_BASE'];

/** Every file under `path` (relative to `root`), dot-files left out, in a fixed order. */
export function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? files(root, join(path, e.name)) : [join(path, e.name)]))
    .sort();
}

/** A hash of every input file's path and bytes, and of the settings: equal hashes build equal sites. */
export function inputsHash(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const h = createHash('sha256');
  for (const name of inputEnv) h.update(`${name}=${env[name] ?? ''}\u0000`);
  for (const path of inputPaths.flatMap((p) => files(root, p)))
    h.update(`${path.split('\\').join('/')}\u0000`)
      .update(readFileSync(join(root, path)))
      .update('\u0000');
  return h.digest('hex');
}

/** A fingerprint of a built folder (paths, sizes, modification times): whether it is still as the build left it. */
export function outputFingerprint(dir: string): string {
  return fingerprintOf(fingerprintEntries(dir));
}

/**
 * What outputFingerprint() reads of the files under `dir`/`sub`, by path relative to `dir`, added to
 * `into`: a build gathers them from the folders its new site is made of while it waits for the
 * search index, rather than walking the finished site again.
 */
export function fingerprintEntries(dir: string, sub = '.', into = new Map<string, string>()): Map<string, string> {
  for (const path of files(dir, sub)) {
    const s = statSync(join(dir, path));
    into.set(relative('.', path), `${s.size}\u0000${s.mtimeMs}`);
  }
  return into;
}

/**
 * The entries of `from` (fingerprintEntries() of a whole folder) under `sub`, added to `into`: a folder
 * moved whole keeps its files' sizes and times, so it need not be read again.
 */
export function entriesUnder(from: ReadonlyMap<string, string>, sub: string, into: Map<string, string>): void {
  const prefix = `${relative('.', sub)}/`;
  for (const [path, entry] of from) if (path.startsWith(prefix) || `${path}/` === prefix) into.set(path, entry);
}

/** The fingerprint of these entries (files() lists a folder's paths sorted, so they are sorted here). */
export function fingerprintOf(entries: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  for (const path of [...entries.keys()].sort()) h.update(`${path}\u0000${entries.get(path)}\u0000`);
  return h.digest('hex');
}
