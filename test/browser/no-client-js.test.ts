import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageTypes } from './pages.ts';

const html = (address: string) => {
  const path = address.replace(/\?.*$/, '');
  return readFileSync(path.endsWith('.html') ? `dist${path}` : `dist${path}index.html`, 'utf8');
};

describe('reading pages ship no JavaScript', () => {
  // Pages with an interactive table or figure ship a small script; every other page type ships none.
  const interactive = [
    'dataset',
    'figure',
    'figure embed',
    'chapter with text',
    'case study',
    'English interface: chapter',
    'ranking (computed)',
    'ranking compare',
    'towns directory',
    'search',
  ];
  for (const [name, path] of Object.entries(pageTypes).filter(([n]) => !interactive.includes(n))) {
    it(`${name} (${path}) has no <script> element`, () => {
      expect(html(path)).not.toMatch(/<script\b/i);
    });
  }
  it('every Chinese-interface page declares lang="zh-CN" for Chinese search and fonts', () => {
    for (const path of Object.values(pageTypes).filter((p) => !p.startsWith('/en/')))
      expect(html(path)).toMatch(/<html lang="zh-CN"/);
  });
  it('English-interface pages declare lang="en" and mark the Chinese content as zh-CN', () => {
    const page = html('/en/2018/b1/');
    expect(page).toMatch(/<html lang="en"/);
    expect(page).toMatch(/<h1 lang="zh-CN">特色小镇与智慧城市发展趋势<\/h1>/);
    expect(page).toMatch(/<div class="prose" lang="zh-CN">/);
  });
});

describe('pages with figures ship only the chart script', () => {
  it('B.1 ships one small chart script (≤ 30 KB gzip) and loads nothing from another origin', () => {
    const page = html('/2018/b1/');
    const scripts = [...page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const src = /src="([^"]+)"/.exec(scripts[0]![1]!)?.[1];
    const js = src ? readFileSync(`dist${src}`) : Buffer.from(scripts[0]![2]!);
    if (src) expect(src).toMatch(/^\/_astro\//);
    expect(gzipSync(js).length).toBeLessThan(30_000);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\/(?!bluebook\.example\.org)[^"]*\.(js|css)"/);
  });
  it('a chapter without figures (B.5) ships no script', () => {
    expect(html('/2018/b5/')).not.toMatch(/<script\b/i);
  });
});
