import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
let page: Page;
beforeAll(async () => { site = await openSite(); page = await site.page('/search/'); });
afterAll(async () => { await site?.close(); });

/** Type a query into the search page as a reader would and return the result URLs and titles. */
async function search(q: string): Promise<{ urls: string[]; titles: string[]; status: string }> {
  await page.locator('#search-input').fill('');
  await page.locator('#search-input').fill(q);
  await page.waitForFunction((query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query, q);
  const links = page.locator('[data-results] a');
  return {
    urls: (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash))),
    titles: await page.locator('[data-results] .title').allTextContents(),
    status: (await page.locator('[data-status]').textContent()) ?? '',
  };
}

describe('Chinese query suite on the built 2018 site', () => {
  const cases: [string, string][] = [
    // two-character words
    ['小镇', '/2018/'],
    ['智慧', '/2018/'],
    ['基金', '/2018/b8/'],
    // longer words
    ['特色小镇', '/2018/'],
    ['智慧城市', '/2018/'],
    // a word inside a longer compound: 城镇 in 新型城镇化, 运营 in 智慧运营
    ['城镇', '/2018/b1/'],
    ['运营', '/2018/preface/'],
    // place names
    ['浙江', '/2018/towns/#'],
    ['玉皇山南', '/2018/cases/yuhuangshannan/'],
    ['东阳市', '/2018/b1/'],
    // mixed Chinese and Latin or digits
    ['SWOT', '/2018/b1/'],
    ['2016年', '/2018/b1/'],
    // traditional characters, simplified before searching
    ['特色小鎮', '/2018/b1/'],
  ];
  for (const [q, expected] of cases) {
    it(`"${q}" finds ${expected}`, async () => {
      const { urls } = await search(q);
      expect(urls.some((u) => u.startsWith(expected)), urls.join(' ')).toBe(true);
    });
  }

  it('"基金" puts chapter B.8 (中国基金小镇发展状况) first', async () => {
    expect((await search('基金')).urls[0]!.split('#')[0]).toBe('/2018/b8/');
  });

  it('"B.1" finds the chapter B.1 (among the results, paging with "show more")', async () => {
    await search('B.1');
    const more = page.locator('[data-more]');
    for (let i = 0; i < 5 && !(await page.locator('[data-results] .title').allTextContents()).some((t) => t.startsWith('B.1 ')) && (await more.isVisible()); i++) {
      const n = await page.locator('[data-results] li').count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('[data-results] li').length > before, n);
    }
    expect((await page.locator('[data-results] .title').allTextContents()).some((t) => t.startsWith('B.1 '))).toBe(true);
  });

  it('"横店镇" finds the town in the directory', async () => {
    const { urls } = await search('横店镇');
    expect(urls.some((u) => u === '/2018/towns/#town-330783123' || u.startsWith('/2018/data/towns-2016-batch1/')), urls.join(' ')).toBe(true);
  });

  it('"玉皇山南基金小鎮" (traditional) finds the case or the book\'s abstract that names it', async () => {
    const { urls } = await search('玉皇山南基金小鎮');
    expect(urls.some((u) => u.startsWith('/2018/cases/yuhuangshannan/') || u.startsWith('/2018/abstract/')), urls.join(' ')).toBe(true);
  });

  for (const q of ['量子纠缠', '区块链技术标准']) {
    it(`"${q}" finds nothing and says so`, async () => {
      const { urls, status } = await search(q);
      expect(urls).toEqual([]);
      expect(status).toContain('没有找到');
    });
  }

  // Known Pagefind 1.5 weak spots (issues #659/#987) that query preparation could not fix here:
  // its index splits these names inside longer runs of Han characters. These tests document the
  // gap and will fail (as they should) once it is fixed, so the expectation can be turned round.
  it.fails('"横店" finds B.1 (金华市东阳市横店镇) — Pagefind gap', async () => {
    expect((await search('横店')).urls).toContain('/2018/b1/');
  });
  it.fails('"顶层设计" finds the abstract (关键词：顶层设计) — Pagefind gap', async () => {
    expect((await search('顶层设计')).urls).toContain('/2018/abstract/');
  });
});

describe('the search page', () => {
  it('filters narrow the results and the counts shown match', async () => {
    await search('智慧');
    const before = await page.locator('[data-results] li').count();
    const kind = page.locator('[data-filters] input[name="kind"][value="章节"]');
    const shown = Number(await kind.locator('xpath=..').getAttribute('data-count'));
    await kind.check();
    await page.waitForFunction(() => ((document.querySelector('[data-results]') as HTMLElement).dataset.activeFilters ?? '').includes('章节'));
    const after = await page.locator('[data-results] li').count();
    expect(after).toBe(shown);
    expect(after).toBeLessThan(before);
    expect((await page.locator('[data-results] .kind').allTextContents()).every((k) => k.includes('章节'))).toBe(true);
    await kind.uncheck();
  });

  it('works by keyboard alone: / focuses the box, ArrowDown moves to results, Enter opens', async () => {
    const p = await site.page('/search/');
    await p.locator('h1').click();
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await p.keyboard.type('玉皇山南');
    await p.waitForSelector('[data-results] a');
    await p.keyboard.press('ArrowDown');
    const href = await p.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    expect(await p.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(href);
    await Promise.all([p.waitForURL((u) => u.pathname !== '/search/'), p.keyboard.press('Enter')]);
    expect(new URL(p.url()).pathname).toBe(new URL(href!, site.origin).pathname);
  });

  it('the header form of any page leads to results for its query', async () => {
    const p = await site.page('/2018/b5/');
    await p.locator('#site-search').fill('基金');
    await Promise.all([p.waitForURL('**/search/?q=*'), p.keyboard.press('Enter')]);
    await p.waitForSelector('[data-results] a');
    expect(await p.locator('[data-results] a').count()).toBeGreaterThan(0);
  });

  it('loads nothing from the index until used', async () => {
    const p = await site.context.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(site.origin + '/search/');
    await p.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing with results shown (${scheme})`, async () => {
      const p = await site.page('/search/?q=' + encodeURIComponent('智慧'));
      await p.emulateMedia({ colorScheme: scheme });
      await p.waitForSelector('[data-results] a');
      const r = await new AxeBuilder({ page: p }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
