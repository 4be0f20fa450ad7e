import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkLinks, pageLinks } from '../../../src/lib/quality/check-links.ts';

describe('checkLinks(dist, base)', () => {
  const broken = checkLinks('test/fixtures/links/site');
  it('reports a link to a page that was not built', () => {
    expect(broken).toContainEqual({
      page: '/index.html',
      href: '/missing/',
      reason: 'no file test/fixtures/links/site/missing/index.html',
    });
  });
  it('reports a fragment that names no element on its target', () => {
    expect(broken).toContainEqual({
      page: '/index.html',
      href: '/a/#nope',
      reason: 'no element with id "nope" on /a/index.html',
    });
  });
  it('reports a missing image relative to the page', () => {
    expect(broken.map((b) => b.href)).toContain('pic.png');
  });
  it('accepts existing pages, anchors, relative links and stylesheets, and skips external URLs', () => {
    expect(broken.map((b) => b.href).sort()).toEqual(['/%ZZ/', '/a/#nope', '/missing/', 'pic.png']);
  });
  it('follows a percent-encoded link to a Chinese path as a browser does (/%E4%B8%8A%E6%B5%B7/ is /上海/), fragment included', () => {
    expect(broken.filter((b) => b.href.includes('%E4') || b.href.includes('上海'))).toEqual([]);
  });
  it('reports a malformed percent-encoding', () => {
    expect(broken).toContainEqual({ page: '/index.html', href: '/%ZZ/', reason: 'a malformed percent-encoding' });
  });
  it('checkLinks(dist, "/sub/") flags root links outside the base path', () => {
    expect(checkLinks('test/fixtures/links/site', '/sub/').some((b) => b.reason.startsWith('outside the site'))).toBe(
      true,
    );
  });
});

describe('pageLinks(html)', () => {
  it('pageLinks(page) reads ids, a[name], href and src, and leaves out the canonical link', () => {
    const html =
      '<!DOCTYPE html><html><head><link rel="canonical" href="https://a.example/x/"><link rel="stylesheet" href="/_astro/a.css"></head><body><h2 id="s1">一</h2><a name="old"></a><a href="/2018/b1/#s1">b1</a><img src="pic.png" alt=""><svg><use href="#g"/><g id="g"></g></svg></body></html>';
    expect(pageLinks(html)).toEqual({
      ids: ['s1', 'old', 'g'],
      links: ['/_astro/a.css', '/2018/b1/#s1', 'pic.png', '#g'],
    });
  });
  it('pageLinks(attributes with ">" inside quotes, single quotes, no quotes) reads every value whole', () => {
    expect(
      pageLinks(`<a title="1 > 0" href="/a/">x</a><a href='/b/' id=c>y</a><p data-x='>'><a href=/d/>z</a></p>`),
    ).toEqual({ ids: ['c'], links: ['/a/', '/b/', '/d/'] });
  });
  it('pageLinks(script, style and comments) finds no links in their text', () => {
    expect(
      pageLinks(
        '<script>const s = "<a href=\\"/no/\\">";</script><style>a[href="/no/"]{}</style><!-- <a href="/no/"> --><a href="/yes/">y</a><SCRIPT type="module">x("<img src=/no/>")</SCRIPT>',
      ),
    ).toEqual({ ids: [], links: ['/yes/'] });
  });
  it('pageLinks(pages) keeps none of the pages alive once they are dropped', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 pages of 2 MB each (80 MB, two-byte text as Chinese pages are), each read for links.
    const kept = Array.from({ length: 40 }, (_, i) =>
      pageLinks(`<main id="m${i}">${'城镇'.repeat(500_000)}<a href="/2018/b${i}/#s1">b</a></main>`),
    );
    gc();
    expect(kept.map((k) => k.links[0])).toContain('/2018/b39/#s1');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 2 ** 20);
  });
});
