import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../helpers/temp-dirs.ts';
import { cacheDir, cacheKey, cached, cachedText } from '../../../src/lib/cache/build-cache.ts';

const tempDir = tempDirs('bluebook-cache-test-');

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
    await expect(
      cached(
        'png',
        cacheKey('a'),
        async () => {
          throw new Error('resvg failed');
        },
        dir,
      ),
    ).rejects.toThrow('resvg failed');
    expect(existsSync(join(dir, 'png'))).toBe(false);
    expect((await cached('png', cacheKey('a'), async () => Buffer.from('ok'), dir)).toString()).toBe('ok');
    expect(readdirSync(join(dir, 'png'), { recursive: true }).filter((f) => String(f).endsWith('.partial'))).toEqual(
      [],
    );
  });
});

describe('cachedText(kind, key, produce, dir)', () => {
  it('produces once, then returns the stored text, Chinese included', () => {
    const dir = tempDir();
    let calls = 0;
    const produce = () => `中国社会科学院. 特色小镇[R]. ${++calls}`;
    expect(cachedText('citation', cacheKey('a'), produce, dir)).toBe('中国社会科学院. 特色小镇[R]. 1');
    expect(cachedText('citation', cacheKey('a'), produce, dir)).toBe('中国社会科学院. 特色小镇[R]. 1');
    expect(cachedText('citation', cacheKey('b'), produce, dir)).toBe('中国社会科学院. 特色小镇[R]. 2');
    expect(calls).toBe(2);
  });

  it('keeps an empty text, and stores nothing when producing throws', () => {
    const dir = tempDir();
    expect(cachedText('citation', cacheKey('empty'), () => '', dir)).toBe('');
    expect(cachedText('citation', cacheKey('empty'), () => 'again', dir)).toBe('');
    expect(() =>
      cachedText(
        'citation',
        cacheKey('x'),
        () => {
          throw new Error('citeproc failed');
        },
        dir,
      ),
    ).toThrow('citeproc failed');
    expect(cachedText('citation', cacheKey('x'), () => 'ok', dir)).toBe('ok');
  });

  it('produces every time when the cache is off', () => {
    let calls = 0;
    cachedText('citation', cacheKey('a'), () => String(++calls), false);
    cachedText('citation', cacheKey('a'), () => String(++calls), false);
    expect(calls).toBe(2);
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
