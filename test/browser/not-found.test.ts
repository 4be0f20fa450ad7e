import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('an address with no page', () => {
  it('/2018/b99/ answers 404 with a page in both languages, a search box that searches, and the contents', async () => {
    const page = await site.context.newPage();
    const response = await page.goto(`${site.origin}/2018/b99/`);
    expect(response!.status()).toBe(404);
    const text = await page.locator('main').innerText();
    expect(text).toContain('找不到这个页面');
    expect(text).toContain('Page not found');
    await expect.poll(() => page.locator('main .contents a').count()).toBeGreaterThan(5);
    await page.locator('#notfound-search').fill('玉皇山南');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#notfound-search').press('Enter')]);
    await expect.poll(() => decodeURIComponent(page.url())).toContain('q=玉皇山南');
    await page.close();
  });
});
