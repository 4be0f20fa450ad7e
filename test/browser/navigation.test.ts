import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Press Tab until the focused element matches, as a keyboard user would; fail after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no element matching ${selector} reached by ${max} Tab presses`);
}

describe('reading by keyboard', () => {
  it('goes home → edition contents → B.1 → next chapter with Tab and Enter only', async () => {
    const page = await site.page('/');
    await tabTo(page, 'a.button[href="/2018/"]');
    await Promise.all([page.waitForURL('**/2018/'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('#contents').textContent()).toBe('目录');

    await tabTo(page, '.contents a[href="/2018/b1/"]');
    await Promise.all([page.waitForURL('**/2018/b1/'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('特色小镇与智慧城市发展趋势');

    await tabTo(page, 'a[rel="next"]');
    await Promise.all([page.waitForURL('**/2018/b2/'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('中国特色小镇发展状况');
    await expect.poll(() => page.locator('.note').textContent()).toContain('本章的正文不在本数字版中');
  });

  it('the first Tab on a page reaches the skip link, which moves focus to the main content', async () => {
    const page = await site.page('/2018/b1/');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#main');
  });

  it('the outline links to the sections whose text is here and marks the others as not included', async () => {
    const page = await site.page('/2018/b1/');
    const outline = page.locator('nav.outline li');
    await expect.poll(() => outline.count()).toBe(4);
    await expect.poll(() => page.locator('nav.outline a').count()).toBe(2);
    const target = await page.locator('nav.outline a').first().getAttribute('href');
    await expect.poll(() => page.locator(target!).textContent()).toContain('国家政策助力特色小镇建设');
    await expect.poll(() => outline.nth(2).textContent()).toContain('正文未收录');
  });
});

describe('interface language', () => {
  it('the language link leads to the same chapter with an English interface, and back', async () => {
    const page = await site.page('/2018/b1/');
    await page.locator('.site-header__lang').focus();
    await Promise.all([page.waitForURL('**/en/2018/b1/'), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('nav.outline h2').textContent()).toBe('Sections');
    await expect.poll(() => page.locator('h1').textContent()).toBe('特色小镇与智慧城市发展趋势');
    await expect.poll(() => page.locator('a[rel="next"]').getAttribute('href')).toBe('/en/2018/b2/');
    await Promise.all([page.waitForURL(/\/2018\/b1\/$/), page.locator('.site-header__lang').click()]);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
