import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/lib/quality/check-links.ts';

describe('checkLinks(dist, base)', () => {
  const broken = checkLinks('test/fixtures/links/site');
  it('reports a link to a page that was not built', () => {
    expect(broken).toContainEqual({ page: '/index.html', href: '/missing/', reason: 'no file test/fixtures/links/site/missing/index.html' });
  });
  it('reports a fragment that names no element on its target', () => {
    expect(broken).toContainEqual({ page: '/index.html', href: '/a/#nope', reason: 'no element with id "nope" on /a/index.html' });
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
    expect(checkLinks('test/fixtures/links/site', '/sub/').some((b) => b.reason.startsWith('outside the site'))).toBe(true);
  });
});
