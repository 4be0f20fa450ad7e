import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { navMarker } from '../../../src/lib/editions/edition-nav.ts';
import { assembleShards, moveKept, ShardMissing } from '../../../src/lib/shards/assemble.ts';
import {
  shardIsCurrent,
  readShard,
  readShardLinks,
  readShardSearch,
  storeShards,
} from '../../../src/lib/shards/shard-store.ts';

const place = { year: 2018, key: 'b1', base: '/', locale: 'zh-CN' as const, draft: false };
const page = (body: string) =>
  `<!DOCTYPE html><html><body><header><ul>${navMarker('switcher', place)}</ul></header>${navMarker('banner', place)}<main data-pagefind-body>${body}</main></body></html>`;

/** A folder as one Astro run leaves it. */
function built(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-built-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const hashes = new Map([
  ['2018', 'h2018'],
  ['site', 'hsite'],
]);
const series = [{ year: 2018, draft: false, language: 'zh-CN' as const }];

describe('storeShards(built, shardsDir, shards, inputs, base)', () => {
  it('keeps the rendered shards’ files with their page keys and marked pages, and drops the rest', () => {
    const shards = mkdtempSync(join(tmpdir(), 'bluebook-shards-'));
    const run = built({
      '2018/index.html': page('首页'),
      '2018/b1/index.html': page('<h1>第一章</h1><p>正文</p>'),
      'en/2018/b1/index.html': page('Chapter'),
      '2018/figures/f.png': 'png',
      'index.html': '<html>home</html>',
      '_astro/a.css': 'css',
    });
    const [m] = storeShards(run, shards, ['2018'], hashes, '/');
    expect(m).toMatchObject({ shard: '2018', inputs: 'h2018' });
    expect(m!.pages.sort()).toEqual(['', 'b1']);
    expect(m!.marked.sort()).toEqual(['2018/b1/index.html', '2018/index.html', 'en/2018/b1/index.html']);
    expect(readdirSync(join(shards, '2018/files')).sort()).toEqual(['2018', '_astro', 'en']);
    expect(readShardSearch(shards, '2018').map((s) => s.url)).toEqual(['/2018/b1/', '/2018/', '/en/2018/b1/']);
    expect(Object.keys(readShardLinks(shards, '2018')).sort()).toEqual([
      '2018/b1/index.html',
      '2018/index.html',
      'en/2018/b1/index.html',
    ]);
    expect(shardIsCurrent(shards, '2018', 'h2018')).toBe(true);
    expect(shardIsCurrent(shards, '2018', 'other')).toBe(false);
  });

  it('a stored file changed since (say through a hard link in dist/) makes the shard stale', () => {
    const shards = mkdtempSync(join(tmpdir(), 'bluebook-shards-'));
    storeShards(built({ '2018/index.html': page('x') }), shards, ['2018'], hashes, '/');
    appendFileSync(join(shards, '2018/files/2018/index.html'), '<!-- edited -->');
    expect(shardIsCurrent(shards, '2018', 'h2018')).toBe(false);
  });
});

describe('assembleShards(shardsDir, out, expected, options)', () => {
  it('fills the navigation, writes /latest/ and the sitemap, and refuses a missing or foreign shard', async () => {
    const shards = mkdtempSync(join(tmpdir(), 'bluebook-shards-'));
    storeShards(
      built({ '2018/index.html': page('x'), '2018/b1/index.html': page('y'), '_astro/a.css': 'css' }),
      shards,
      ['2018'],
      hashes,
      '/',
    );
    await expect(
      assembleShards(shards, join(shards, 'out-1'), hashes, { series, site: 'https://a.example', base: '/' }),
    ).rejects.toThrow(ShardMissing);
    storeShards(
      built({ 'index.html': '<html>home</html>', '404.html': '<html>404</html>', '_astro/a.css': 'css' }),
      shards,
      ['site'],
      hashes,
      '/',
    );
    await expect(
      assembleShards(shards, join(shards, 'out-2'), new Map([...hashes, ['2018', 'changed']]), {
        series,
        site: 'https://a.example',
        base: '/',
      }),
    ).rejects.toThrow(/shard "2018" .* was built from other files/);
    const out = join(shards, 'out');
    const a = await assembleShards(shards, out, hashes, { series, site: 'https://a.example', base: '/' });
    expect(a).toMatchObject({ filled: 2, redirects: 4 });
    const html = readFileSync(join(out, '2018/b1/index.html'), 'utf8');
    expect(html).toContain(
      '<ul><li><a href="/2018/b1/" aria-current="page">2018年版（最新版）</a></li></ul></header><main',
    );
    expect(readFileSync(join(out, 'en/latest/b1/index.html'), 'utf8')).toContain('url=/en/2018/b1/');
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://a.example/',
      'https://a.example/2018/',
      'https://a.example/2018/b1/',
    ]);
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
    expect(readShard(shards, '2018')?.pages.sort()).toEqual(['', 'b1']);
  });
});

describe('moveKept(from, to, moved)', () => {
  const twoEditions = [
    { year: 2018, draft: false, language: 'zh-CN' as const },
    { year: 2019, draft: false, language: 'zh-CN' as const },
  ];
  const twoHashes = new Map([
    ['2018', 'h2018'],
    ['2019', 'h2019'],
    ['site', 'hsite'],
  ]);
  const store = (shards: string, shard: string, files: Record<string, string>, hashes = twoHashes) =>
    storeShards(built(files), shards, [shard], hashes, '/');
  const listing = (dir: string): Record<string, string> =>
    Object.fromEntries(
      (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((e) => e.isFile())
        .map((e) => [
          join(e.parentPath, e.name).slice(dir.length + 1),
          readFileSync(join(e.parentPath, e.name), 'utf8'),
        ]),
    );

  it('an assembly against the last one keeps an unchanged edition’s folders whole, and moving them over gives the site a full assembly gives', async () => {
    const shards = mkdtempSync(join(tmpdir(), 'bluebook-shards-'));
    store(shards, '2018', {
      '2018/index.html': page('x'),
      '2018/b1/index.html': page('y'),
      'og/2018/b1.png': 'card',
      'en/2018/b1/index.html': page('en'),
      '_astro/a.css': 'css',
    });
    store(shards, '2019', { '2019/index.html': page('x'), '2019/b1/index.html': page('y'), '_astro/a.css': 'css' });
    store(shards, 'site', { 'index.html': '<html>home</html>', '_astro/a.css': 'css' });
    const options = { series: twoEditions, site: 'https://a.example', base: '/' };
    const first = join(shards, 'first');
    const a = await assembleShards(shards, first, twoHashes, options);
    expect(a.kept).toEqual([]);
    // 2019 is edited; 2018 and every edition's page list are as they were.
    const edited = new Map([...twoHashes, ['2019', 'h2019-edited']]);
    store(
      shards,
      '2019',
      { '2019/index.html': page('x'), '2019/b1/index.html': page('y（改）'), '_astro/a.css': 'css' },
      edited,
    );
    const second = join(shards, 'second');
    const b = await assembleShards(shards, second, edited, { ...options, previous: { ...a.made, dir: first } });
    expect(b.kept).toEqual(['2018']);
    expect(b.moved).toEqual(['2018', 'en/2018', 'og/2018']);
    expect(existsSync(join(second, '2018'))).toBe(false);
    expect(b.paths).toContain('2018/b1/index.html');
    moveKept(first, second, b.moved);
    expect(existsSync(join(first, '2018'))).toBe(false);
    const full = join(shards, 'full');
    await assembleShards(shards, full, edited, options);
    expect(listing(second)).toEqual(listing(full));
    expect(Object.keys(listing(second)).sort()).toEqual([...b.paths].sort());
  });

  it('a move that fails puts back the folders it had moved', () => {
    const from = built({ '2018/a.html': 'a', 'en/2018/b.html': 'b' });
    const to = built({ 'en/2018/x.html': 'in the way' });
    expect(() => moveKept(from, to, ['2018', 'en/2018'])).toThrow();
    expect(listing(from)).toEqual({ '2018/a.html': 'a', 'en/2018/b.html': 'b' });
  });
});
