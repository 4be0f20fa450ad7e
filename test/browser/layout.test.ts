import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { pageTypes } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
  mkdirSync('test-results/screenshots', { recursive: true });
});
afterAll(async () => {
  await site?.close();
});

describe('layout on a phone and a desktop', () => {
  for (const width of [360, 390, 1280]) {
    for (const [name, path] of Object.entries(pageTypes)) {
      it(`${name} (${path}) at ${width}px has no horizontal overflow`, async () => {
        const page = await site.page(path, { width, height: 900 });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        // Chinese text must render with a CJK font, not as boxes: the page's text uses a Han glyph width.
        const hanWidth = await page.evaluate(() => {
          const span = document.createElement('span');
          span.textContent = '特色小镇';
          document.body.append(span);
          return span.getBoundingClientRect().width;
        });
        expect(hanWidth).toBeGreaterThan(40);
        if (width !== 360)
          await page.screenshot({
            path: `test-results/screenshots/${name.replace(/\W+/g, '-')}-${width}.png`,
            fullPage: true,
          });
        await page.close();
      });
    }
  }
});
