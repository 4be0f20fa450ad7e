import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where rendered images are kept between builds. `BLUEBOOK_CACHE=off` turns the cache off;
 * any other value is a folder. The default lives under node_modules so that a clean clone
 * (or `rm -rf node_modules`) starts cold, like every other tool's cache.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | false {
  const setting = env.BLUEBOOK_CACHE;
  if (setting === 'off') return false;
  return setting || join(process.cwd(), 'node_modules', '.cache', 'bluebook');
}

/** A stable key for everything that decides an output: renderer versions, inputs, options. */
export const cacheKey = (...parts: (string | number)[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex');

const entry = (dir: string, kind: string, key: string) => join(dir, kind, key.slice(0, 2), key);

function store(dir: string, kind: string, key: string, bytes: Buffer | string): void {
  const file = entry(dir, kind, key);
  mkdirSync(join(dir, kind, key.slice(0, 2)), { recursive: true });
  // Write then rename, so a build killed mid-write never leaves a truncated entry behind.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/**
 * The bytes stored under `key` in `kind`, or `produce()`'s result, stored for next time.
 * Outputs are pure functions of their key, so a hit is byte-identical to a fresh render.
 */
export async function cached(
  kind: string,
  key: string,
  produce: () => Promise<Buffer>,
  dir: string | false = cacheDir(),
): Promise<Buffer> {
  if (!dir) return produce();
  try {
    return readFileSync(entry(dir, kind, key));
  } catch {
    const bytes = await produce();
    store(dir, kind, key, bytes);
    return bytes;
  }
}

/** The same for bytes made synchronously (a figure's rendering, serialised). */
export function cachedSync(kind: string, key: string, produce: () => Buffer, dir: string | false = cacheDir()): Buffer {
  if (!dir) return produce();
  try {
    return readFileSync(entry(dir, kind, key));
  } catch {
    const bytes = produce();
    store(dir, kind, key, bytes);
    return bytes;
  }
}

/** And for text (a formatted citation). */
export function cachedText(kind: string, key: string, produce: () => string, dir: string | false = cacheDir()): string {
  return cachedSync(kind, key, () => Buffer.from(produce(), 'utf8'), dir).toString('utf8');
}
