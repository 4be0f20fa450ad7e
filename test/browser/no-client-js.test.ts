import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageTypes } from './pages.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

describe('reading pages ship no JavaScript', () => {
  // Dataset pages enhance their tables (sorting, paging); every other page type ships none.
  for (const [name, path] of Object.entries(pageTypes).filter(([n]) => n !== 'dataset')) {
    it(`${name} (${path}) has no <script> element`, () => {
      expect(html(path)).not.toMatch(/<script\b/i);
    });
  }
  it('every Chinese-interface page declares lang="zh-CN" for Chinese search and fonts', () => {
    for (const path of Object.values(pageTypes).filter((p) => !p.startsWith('/en/'))) expect(html(path)).toMatch(/<html lang="zh-CN"/);
  });
  it('English-interface pages declare lang="en" and mark the Chinese content as zh-CN', () => {
    const page = html('/en/2018/b1/');
    expect(page).toMatch(/<html lang="en"/);
    expect(page).toMatch(/<h1 lang="zh-CN">特色小镇与智慧城市发展趋势<\/h1>/);
    expect(page).toMatch(/<div class="prose" lang="zh-CN">/);
  });
});
