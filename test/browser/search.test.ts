import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { judged } from '../fixtures/search/judged.ts';
import { builtRecords, sampleDecoys, samplePhrases } from '../helpers/search-sample.ts';
import { meanReciprocalRank } from '../../src/lib/search/rank-results.ts';
import { normaliseQuery } from '../../src/lib/search/prepare-query.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await openSite();
  page = await site.page('/search/');
});
afterAll(async () => {
  await site?.close();
});

/** Type a query into the search page as a reader would: result URLs (sections too), titles, groups, status. */
async function search(
  q: string,
  on: Page = page,
): Promise<{ urls: string[]; pages: string[]; titles: string[]; groups: string[]; status: string; partial: boolean }> {
  await on.locator('#search-input').fill('');
  await on.locator('#search-input').fill(q);
  // The query's results, once every edition is searched.
  await on.waitForFunction((query) => {
    const list = document.querySelector('[data-results]') as HTMLElement;
    return list.dataset.query === query && list.dataset.complete === 'true';
  }, q);
  return {
    urls: await on
      .locator('[data-results] a')
      .evaluateAll((as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
      ),
    pages: await on
      .locator('[data-results] > li .title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    titles: await on.locator('[data-results] .title').allTextContents(),
    groups: await on.locator('[data-groups] .result-group').allTextContents(),
    status: (await on.locator('[data-status]').textContent()) ?? '',
    partial: (await on.locator('[data-status]').getAttribute('data-partial')) === 'true',
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
    ['浙江', '/2018/b1/'],
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
      expect(
        urls.some((u) => u.startsWith(expected)),
        urls.join(' '),
      ).toBe(true);
    });
  }

  it('"基金" puts the pages whose title names it first: chapter B.8 (中国基金小镇发展状况) and the case 玉皇山南基金小镇', async () => {
    expect((await search('基金')).pages.slice(0, 2).sort()).toEqual(['/2018/b8/', '/2018/cases/yuhuangshannan/']);
  });

  it('"B.1" finds the chapter B.1 (among the results, paging with "show more")', async () => {
    await search('B.1');
    const more = page.locator('[data-more]');
    for (
      let i = 0;
      i < 5 &&
      !(await page.locator('[data-results] .title').allTextContents()).some((t) => t.startsWith('B.1 ')) &&
      (await more.isVisible());
      i++
    ) {
      const n = await page.locator('[data-results] li').count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('[data-results] li').length > before, n);
    }
    expect((await page.locator('[data-results] .title').allTextContents()).some((t) => t.startsWith('B.1 '))).toBe(
      true,
    );
  });

  it('"横店镇" counts the town in a group that leads to the directory, and lists it on request', async () => {
    const { groups } = await search('横店镇');
    expect(
      groups.some((g) => g.startsWith('1 个小镇符合')),
      groups.join(' | '),
    ).toBe(true);
    await expect
      .poll(() => page.locator('[data-groups] a', { hasText: '在小镇名录中查看' }).first().getAttribute('href'))
      .toBe('/2018/towns/');
    await page
      .locator('[data-groups] .result-group', { hasText: '小镇' })
      .locator('a', { hasText: '在搜索结果中列出' })
      .click();
    await page.waitForFunction(() =>
      ((document.querySelector('[data-results]') as HTMLElement).dataset.activeFilters ?? '').includes('小镇'),
    );
    await expect
      .poll(() =>
        page
          .locator('[data-results] .title')
          .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash)),
      )
      .toContain('#town-330783123');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kind')).toEqual(['小镇']);
    await page.locator('[data-filters] input[name="kind"][value="小镇"]').uncheck();
    await page.waitForFunction(
      () => !((document.querySelector('[data-results]') as HTMLElement).dataset.activeFilters ?? '').includes('小镇'),
    );
  });

  it('"特色小镇" lists chapters and front matter, not 110 towns: towns, datasets and figures are counted in groups', async () => {
    const { pages, groups } = await search('特色小镇');
    expect(pages.length).toBeGreaterThan(3);
    expect(
      pages.every((u) => /^\/2018\/(b\d+\/|abstract\/|preface\/|committee\/|contributors\/|cases\/[^/]+\/|)$/.test(u)),
      pages.join(' '),
    ).toBe(true);
    // The edition's home (its title holds the phrase, but the query is not its title) after the pages about it.
    expect(pages.slice(0, 3)).not.toContain('/2018/');
    expect(groups).toContain('110 个小镇符合 在小镇名录中查看 · 在搜索结果中列出');
    expect(pages.slice(0, 3)).toContain('/2018/b1/');
  });

  it('marks the phrase, not loose characters, and links sections to their anchors', async () => {
    await search('国家政策');
    const marks = await page.locator('[data-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '国家政策')).toBe(true);
    const sections = await page
      .locator('[data-results] .sub-results a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(
      sections.some((h) => /^\/2018\/b1\/#/.test(h ?? '')),
      sections.join(' '),
    ).toBe(true);
  });

  it('shows title, kind, edition and chapter code on one line', async () => {
    await search('特色小镇与智慧城市发展趋势');
    const head = page.locator('[data-results] > li').first().locator('.result-head');
    await expect.poll(() => head.locator('.title').textContent()).toBe('B.1 特色小镇与智慧城市发展趋势');
    await expect.poll(() => head.locator('.kind').textContent()).toBe('章节 · 2018年版 · B.1');
    const box = await head.boundingBox();
    const line = await head.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(box!.height).toBeLessThan(line * 1.5);
  });

  it('"玉皇山南基金小鎮" (traditional) finds the case or the book\'s abstract that names it', async () => {
    const { urls } = await search('玉皇山南基金小鎮');
    expect(
      urls.some((u) => u.startsWith('/2018/cases/yuhuangshannan/') || u.startsWith('/2018/abstract/')),
      urls.join(' '),
    ).toBe(true);
  });

  it('"量子纠缠" finds nothing and says so', async () => {
    const { urls, status, groups } = await search('量子纠缠');
    expect(urls).toEqual([]);
    expect(groups).toEqual([]);
    expect(status).toBe('没有找到与“量子纠缠”相关的内容。');
  });

  it('"区块链技术标准" finds no page holding it, says so, and labels the pages holding some of its words as partial', async () => {
    const { pages, status, partial } = await search('区块链技术标准');
    expect(status).toBe('没有找到与“区块链技术标准”完全匹配的内容；以下结果包含其中部分词语。');
    expect(partial).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
    const marks = await page.locator('[data-results] mark').allTextContents();
    expect(
      marks.every((m) => ['区块链', '技术', '标准'].includes(m)),
      marks.join(' '),
    ).toBe(true);
  });

  // Once Pagefind 1.5 gaps (issues #659/#987: names inside longer runs of Han characters were
  // not found); the index of character pairs finds them.
  it('"横店" finds B.1 (金华市东阳市横店镇)', async () => {
    expect((await search('横店')).pages).toContain('/2018/b1/');
  });
  it('"顶层设计", a theme the book\'s subtitle names, leads to the edition home, then the abstract (关键词：顶层设计)', async () => {
    expect((await search('顶层设计')).pages.slice(0, 2)).toEqual(['/2018/', '/2018/abstract/']);
  });
  it("the whole title or subtitle leads to the edition home; a chapter's title to the chapter", async () => {
    expect((await search('顶层设计与智慧架构标准')).pages[0]).toBe('/2018/');
    expect((await search('特色小镇智慧运营报告（2018）')).pages[0]).toBe('/2018/');
    expect((await search('中国智慧城市发展现状')).pages[0]).toBe('/2018/b3/');
  });
  it('"頂層設計" (traditional) and "ｂ．１" (full-width) find what their simplified, half-width forms find', async () => {
    expect((await search('頂層設計')).pages.slice(0, 2)).toEqual(['/2018/', '/2018/abstract/']);
    expect((await search('ｂ．１')).pages[0]).toBe('/2018/b1/');
  });
  it('"镇", a single character, finds every chapter holding it, wherever it stands (小镇, 乡镇, 镇政府)', async () => {
    // Counted from the built pages, apart from the index: chapters whose text holds 镇.
    const expected = builtRecords('dist').filter(
      (r) => r.filters.kind?.includes('章节') && r.blocks.some((b) => normaliseQuery(b.text).includes('镇')),
    ).length;
    expect(expected).toBeGreaterThan(3);
    const p = await site.page(`/search/?q=${encodeURIComponent('镇')}&kind=${encodeURIComponent('章节')}`);
    await p.waitForFunction(
      () => (document.querySelector('[data-results]') as HTMLElement).dataset.complete === 'true',
    );
    await expect.poll(() => p.locator('[data-status]').textContent()).toBe(`找到 ${expected} 条结果`);
    await expect.poll(() => p.locator('[data-results] mark').first().textContent()).toBe('镇');
  });
  it('"住建部" also finds pages that write 住房和城乡建设部', async () => {
    expect((await search('住建部')).pages).toContain('/2018/b1/');
  });
});

describe('search quality over phrases sampled from the built site (seeded, not hand-picked)', () => {
  const records = builtRecords('dist');
  it('every one of 300 phrases of 2–8 characters finds the page it came from in the first 10 results', async () => {
    const misses: string[] = [];
    for (const { phrase, url } of samplePhrases(records, 300)) {
      const { pages } = await search(phrase);
      if (!pages.slice(0, 10).includes(url)) misses.push(`${phrase} (${url}): ${pages.slice(0, 10).join(' ')}`);
    }
    expect(misses).toEqual([]);
  });

  it("phrases that stand nowhere on the site (60 generated decoys and 4 from a reader's trial) give no result", async () => {
    const dirty: string[] = [];
    for (const q of [...sampleDecoys(records, 60), '量子计算机', '核聚变反应堆', '冰川融化速度', '火星探测器']) {
      const { status, partial, groups } = await search(q);
      if (!status.startsWith('没有找到') || (!partial && groups.length))
        dirty.push(`${q}: ${status} ${groups.join(' ')}`);
    }
    expect(dirty).toEqual([]);
  });

  it('pages about a topic come first: a chapter, the abstract or a case for 特色小镇, 智慧城市, 基金小镇, 顶层设计; MRR ≥ 0.8 over the judged set', async () => {
    const runs: { results: string[]; relevant: (u: string) => boolean }[] = [];
    for (const [q, relevant] of judged) {
      const { pages } = await search(q);
      runs.push({ results: pages, relevant: (u) => relevant.includes(u) });
      if (['特色小镇', '智慧城市', '基金小镇', '顶层设计'].includes(q))
        expect(pages[0], q).toMatch(q === '顶层设计' ? /^\/2018\/$/ : /^\/2018\/(b\d+|abstract|cases\/[^/]+)\/$/);
    }
    expect(meanReciprocalRank(runs)).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the search page', () => {
  it('filters narrow the results and the counts shown match', async () => {
    await search('智慧');
    const before = await page.locator('[data-results] > li').count();
    const kind = page.locator('[data-filters] input[name="kind"][value="章节"]');
    const shown = Number(await kind.locator('xpath=..').getAttribute('data-count'));
    await kind.check();
    await page.waitForFunction(() =>
      ((document.querySelector('[data-results]') as HTMLElement).dataset.activeFilters ?? '').includes('章节'),
    );
    const after = await page.locator('[data-results] > li').count();
    expect(after).toBe(shown);
    expect(after).toBeLessThan(before);
    expect((await page.locator('[data-results] .kind').allTextContents()).every((k) => k.includes('章节'))).toBe(true);
    await kind.uncheck();
  });

  it('works by keyboard alone: / focuses the box, ArrowDown moves to results, Enter opens', async () => {
    const p = await site.page('/search/');
    await p.locator('h1').click();
    await p.keyboard.press('/');
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await p.keyboard.type('玉皇山南');
    await p.waitForSelector('[data-results] a');
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => p.evaluate(() => document.activeElement?.matches('[data-results] a') ?? false)).toBe(true);
    const href = await p.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowUp');
    await expect
      .poll(() => p.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href')))
      .toBe(href);
    await Promise.all([p.waitForURL((u) => u.pathname !== '/search/'), p.keyboard.press('Enter')]);
    await expect.poll(() => new URL(p.url()).pathname).toBe(new URL(href!, site.origin).pathname);
  });

  it('the header form of any page leads to results for its query', async () => {
    const p = await site.page('/2018/b5/');
    await p.locator('#site-search').fill('基金');
    await Promise.all([p.waitForURL('**/search/?q=*'), p.keyboard.press('Enter')]);
    await p.waitForSelector('[data-results] a');
    await expect.poll(() => p.locator('[data-results] a').count()).toBeGreaterThan(0);
  });

  it('loads nothing from the index until used', async () => {
    const p = await site.context.newPage();
    const requests: string[] = [];
    p.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await p.goto(site.origin + '/search/');
    await p.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
  });

  for (const width of [390, 1280]) {
    it(`results and filters fit at ${width} px: nothing overflows, no filter label wraps, result blocks do not overlap`, async () => {
      const p = await site.page('/search/?q=' + encodeURIComponent('特色小镇'), { width, height: 900 });
      await p.waitForSelector('[data-results] li');
      // On a phone the filters fold under one line, so the first result is on the first screen.
      const folded = () => p.locator('[data-filter-box]').evaluate((d) => !(d as HTMLDetailsElement).open);
      await expect.poll(folded).toBe(width < 960);
      expect((await p.locator('[data-results] > li').first().boundingBox())!.y).toBeLessThan(900);
      await p.locator('[data-filter-box]').evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
      await p.waitForSelector('[data-filters] label');
      const report = await p.evaluate(() => {
        const out: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth)
          out.push(`page ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
        for (const el of document.querySelectorAll<HTMLElement>(
          '[data-results] *, [data-filters] *, [data-groups] *',
        )) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > window.innerWidth + 0.5)
            out.push(`${el.className || el.tagName} right ${Math.round(r.right)}`);
        }
        for (const label of document.querySelectorAll<HTMLElement>('[data-filters] label')) {
          const line = parseFloat(getComputedStyle(label).lineHeight) || 24;
          if (label.getBoundingClientRect().height > line * 1.6) out.push(`label "${label.textContent}" wraps`);
        }
        const items = [...document.querySelectorAll<HTMLElement>('[data-results] > li')].map((li) =>
          li.getBoundingClientRect(),
        );
        items.forEach((r, i) => {
          if (i && r.top < items[i - 1]!.bottom - 0.5) out.push(`result ${i} overlaps the one above`);
        });
        return out;
      });
      expect(report).toEqual([]);
      await p.screenshot({ path: `test-results/search-${width}.png` });
    });
  }

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
