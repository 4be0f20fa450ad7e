import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheDir, cacheKey, cached } from '../../../src/lib/cache/build-cache.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'bluebook-cache-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('cached(kind, key, produce, dir)', () => {
  it('produces once and then returns the stored bytes', async () => {
    const dir = tempDir();
    let calls = 0;
    const produce = async () => Buffer.from(`render ${++calls}`);
    const first = await cached('png', cacheKey('a'), produce, dir);
    const second = await cached('png', cacheKey('a'), produce, dir);
    expect(calls).toBe(1);
    expect(second.toString()).toBe('render 1');
    expect(second.equals(first)).toBe(true);
  });

  it('produces again for another key or another kind', async () => {
    const dir = tempDir();
    let calls = 0;
    const produce = async () => Buffer.from(String(++calls));
    await cached('png', cacheKey('a'), produce, dir);
    await cached('png', cacheKey('b'), produce, dir);
    await cached('card', cacheKey('a'), produce, dir);
    expect(calls).toBe(3);
  });

  it('produces every time when the cache is off, and writes nothing', async () => {
    let calls = 0;
    const produce = async () => Buffer.from(String(++calls));
    await cached('png', cacheKey('a'), produce, false);
    await cached('png', cacheKey('a'), produce, false);
    expect(calls).toBe(2);
  });

  it('stores nothing when producing fails, so the next build tries again', async () => {
    const dir = tempDir();
    await expect(cached('png', cacheKey('a'), async () => { throw new Error('resvg failed'); }, dir)).rejects.toThrow('resvg failed');
    expect(existsSync(join(dir, 'png'))).toBe(false);
    expect((await cached('png', cacheKey('a'), async () => Buffer.from('ok'), dir)).toString()).toBe('ok');
    expect(readdirSync(join(dir, 'png'), { recursive: true }).filter((f) => String(f).endsWith('.partial'))).toEqual([]);
  });
});

describe('cacheKey(...parts)', () => {
  it('differs when any part differs, including where one part ends', () => {
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(cacheKey('resvg', '2.6.2', 1280, '<svg/>')).not.toBe(cacheKey('resvg', '2.6.2', 640, '<svg/>'));
    expect(cacheKey('x', 1)).toBe(cacheKey('x', 1));
  });
});

describe('cacheDir(env)', () => {
  it('is off with BLUEBOOK_CACHE=off, a folder when given one, else under node_modules/.cache', () => {
    expect(cacheDir({ BLUEBOOK_CACHE: 'off' })).toBe(false);
    expect(cacheDir({ BLUEBOOK_CACHE: '/tmp/x' })).toBe('/tmp/x');
    expect(cacheDir({})).toBe(join(process.cwd(), 'node_modules', '.cache', 'bluebook'));
  });
});
