// One route tree serves both interface languages (src/pages/[...locale]/): every page of the
// site in the report's language has its English-interface twin under /en/, and nothing else does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every page (index.html) under `dir`, as its folder relative to `root`. */
function pages(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return pages(root, join(dir, e.name));
    return e.name === 'index.html' ? [relative(root, dir)] : [];
  });
}

// Not pages of an interface: the English tree itself, the /latest/ redirects, the search index.
const notInterfacePages = /^(en|latest|_search|og)(\/|$)/;

describe('dist/ in both interface languages', () => {
  const zh = pages('dist')
    .filter((p) => !notInterfacePages.test(p))
    .sort();
  const en = pages(join('dist', 'en'))
    .filter((p) => !/^latest(\/|$)/.test(p))
    .sort();

  it('has an English-interface page for every page the site serves in its own language, and no other', () => {
    expect(zh.length).toBeGreaterThan(30);
    expect(zh.filter((p) => !en.includes(p))).toEqual([]);
    expect(en.filter((p) => !zh.includes(p))).toEqual([]);
  });

  it('each twin is the same page with the English interface', () => {
    for (const p of ['', '2018', '2018/b1', '2018/data/town-types-2016', 'search']) {
      const html = readFileSync(join('dist/en', p, 'index.html'), 'utf8');
      expect(html, p).toMatch(/<html lang="en"/);
      expect(readFileSync(join('dist', p, 'index.html'), 'utf8'), p).toMatch(/<html lang="zh-CN"/);
    }
  });

  it('files (downloads, citations, oEmbed) exist once, at the root', () => {
    expect(existsSync('dist/2018/data/town-types-2016.csv')).toBe(true);
    expect(existsSync('dist/en/2018/data/town-types-2016.csv')).toBe(false);
  });
});
