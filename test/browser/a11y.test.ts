import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { pageTypes } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('axe on every page type', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pageTypes)) {
      it(`${name} (${path}) has no violations in the ${scheme} theme`, async () => {
        const page = await site.page(path);
        await page.emulateMedia({ colorScheme: scheme });
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('the axe harness itself', () => {
  it('flags low-contrast text injected into a page, so a clean result means something', async () => {
    const page = await site.page('/2018/');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '对比度不足的文字';
      p.style.cssText = 'color:#bbb;background:#fff';
      document.querySelector('main')!.append(p);
    });
    const result = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
    expect(result.violations.map((v) => v.id)).toContain('color-contrast');
    await page.close();
  });
});
