import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageTypes } from './pages.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

describe('reading pages ship no JavaScript', () => {
  for (const [name, path] of Object.entries(pageTypes)) {
    it(`${name} (${path}) has no <script> element`, () => {
      expect(html(path)).not.toMatch(/<script\b/i);
    });
  }
  it('every page declares lang="zh-CN" for Chinese search and fonts', () => {
    for (const path of Object.values(pageTypes)) expect(html(path)).toMatch(/<html lang="zh-CN"/);
  });
});
