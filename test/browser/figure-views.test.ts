// The figure page's views: 图表 / 表格 / 地图 as tabs with their state in the URL, selection,
// a time range, and downloads of exactly the view shown; readable without a script.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const batches = '/2018/figures/towns-by-province-batches/';
const aum = '/2018/figures/yuhuangshannan-aum/';
const visibleViews = (page: Page) =>
  page.locator('[data-view]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.view));
const shownRows = (page: Page) =>
  page
    .locator('[data-view="table"] tbody tr')
    .evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset.key));
const downloaded = async (page: Page, format: string) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-download="${format}"]`).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
};

describe('figure page views without a script', () => {
  it('puts every view on the page, each under its heading, with tabs that are links to them', () => {
    const html = readFileSync(`dist${batches}index.html`, 'utf8');
    expect([...html.matchAll(/data-view="(\w+)"/g)].map((m) => m[1])).toEqual(['chart', 'table', 'map']);
    expect([...html.matchAll(/<a href="([^"]+)" data-tab="(\w+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['?#view-chart', 'chart'],
      ['?tab=table#view-table', 'table'],
      ['?tab=map#view-map', 'map'],
    ]);
    expect(html).toMatch(/<div class="figure__controls" data-controls hidden/);
    // A map figure's chart is its map: no second map.
    const map = readFileSync('dist/2018/figures/towns-2016-by-province/index.html', 'utf8');
    expect([...map.matchAll(/data-tab="(\w+)"/g)].map((m) => m[1])).toEqual(['map', 'table']);
  });
});

describe('figure page views with the script', () => {
  it('tabs show one view at a time, keep it in the URL, and follow the tabs keyboard pattern', async () => {
    const page = await site.page(batches);
    await expect.poll(() => page.locator('[role="tab"]').allTextContents()).toEqual(['图表', '表格', '地图']);
    await expect.poll(() => visibleViews(page)).toEqual(['chart']);
    await page.locator('[data-tab="table"]').click();
    await expect.poll(() => visibleViews(page)).toEqual(['table']);
    await expect.poll(() => new URL(page.url()).search).toBe('?tab=table');
    await expect.poll(() => page.locator('[data-tab="table"]').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-tab'))).toBe('map');
    await expect.poll(() => visibleViews(page)).toEqual(['map']);
    await expect.poll(() => new URL(page.url()).search).toBe('?tab=map');
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => visibleViews(page)).toEqual(['chart']);
  });

  it('the English interface names the views and controls in English', async () => {
    const page = await site.page(`/en${batches}?tab=table`);
    await expect.poll(() => page.locator('[role="tab"]').allTextContents()).toEqual(['Chart', 'Table', 'Map']);
    await expect.poll(() => visibleViews(page)).toEqual(['table']);
    await expect.poll(() => page.locator('.figure__select summary').textContent()).toMatch(/^Highlight items/);
    await expect
      .poll(() => page.locator('.figure__view-downloads').getAttribute('aria-label'))
      .toBe('Download this view');
  });

  it('a shared link opens the same view: ?tab=map&sel=浙江,江苏 highlights the two on the map and in the table', async () => {
    const page = await site.page(`${batches}?tab=map&sel=${encodeURIComponent('浙江,江苏')}`);
    await expect.poll(() => visibleViews(page)).toEqual(['map']);
    const map = page.locator('[data-view="map"] .chart-wide svg.chart');
    await expect
      .poll(() => map.locator('.mark.is-selected').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-label'))))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^浙江/), expect.stringMatching(/^江苏/)]));
    const marks = await map.locator('.mark').count();
    await expect.poll(() => map.locator('.mark.is-dimmed').count()).toBe(marks - 2);
    await expect
      .poll(() =>
        page.locator('[data-choice]:checked').evaluateAll((cs) => cs.map((c) => (c as HTMLInputElement).value)),
      )
      .toEqual(['江苏省', '浙江省']);
    await expect.poll(() => shownRows(page)).toEqual(['江苏省', '浙江省']);
    // The link was normalised to the labels the figure uses.
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe('?tab=map&sel=江苏省,浙江省');
  });

  it('Enter on a chart mark selects it (and again clears it); the status says what the table shows', async () => {
    const page = await site.page(batches);
    const first = page.locator('[data-view="chart"] .chart-wide .mark').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const label = await first.getAttribute('data-label');
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe(`?sel=${label}`);
    await expect.poll(() => first.getAttribute('aria-label')).toMatch(/（已选中）$/);
    const rows = await page.locator('[data-view="table"] tbody tr').count();
    await expect
      .poll(() => page.locator('[data-view-status]').textContent())
      .toBe(`表中显示所选 1 项，共 ${rows} 项。`);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  it('"download this view" gives the rows shown as CSV and the chart as shown as SVG and PNG', async () => {
    const page = await site.page(`${batches}?sel=${encodeURIComponent('浙江省,江苏省')}`);
    const csv = await downloaded(page, 'csv');
    expect(csv.name).toBe('towns-by-province-batches-view.csv');
    expect(csv.text).toBe('\ufeff省份,第一批（2016）,第二批（2017）\n江苏省,7,15\n浙江省,8,15\n');
    const svg = await downloaded(page, 'svg');
    expect(svg.text).toContain('突出显示：江苏省、浙江省');
    expect(svg.text).toContain('opacity="0.25"');
    expect(svg.text.match(/class="mark[^"]*"/g)!.length).toBe(
      await page.locator('[data-view="table"] tbody tr').count(),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-download="png"]').click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(1280);
  });

  it('a time series narrows to a range: the line is drawn again over the points in range, the table and CSV follow', async () => {
    const page = await site.page(`${aum}?from=2016-07`);
    const dots = page.locator('[data-view="chart"] .chart-wide .mark');
    await expect
      .poll(() => dots.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-label'))))
      .toEqual(['2016-07', '2017-07', '2018-06']);
    await expect.poll(() => shownRows(page)).toEqual(['2016-07', '2017-07', '2018-06']);
    await page.locator('[data-to]').selectOption('2017-07');
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2016-07&to=2017-07');
    await expect.poll(() => dots.count()).toBe(2);
    await expect
      .poll(() => page.locator('[data-view-status]').textContent())
      .toBe('显示 2016-07 至 2017-07 的 2 个数据点，共 4 个。');
    expect((await downloaded(page, 'csv')).text).toBe('\ufeff时间,资产管理规模（亿元）\n2016-07,2000\n2017-07,8750\n');
    // The redrawn chart is enhanced like the first: arrow keys move between its points.
    await dots.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-label'))).toBe('2017-07');
  });

  for (const [path, width] of [
    [`${batches}?tab=map&sel=${encodeURIComponent('浙江省')}`, 1280],
    [`${aum}?from=2016-07`, 390],
    [`${batches}?sel=${encodeURIComponent('浙江省')}`, 390],
  ] as const) {
    it(`axe finds nothing and nothing overflows at ${width} px: ${decodeURIComponent(path)}`, async () => {
      const page = await site.page(path, { width, height: 900 });
      // Open the selection list where the figure has one, so that axe checks it too.
      const select = page.locator('.figure__select summary');
      if (await select.count()) await select.first().click();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')}`,
        ),
      ).toEqual([]);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
        .toBe(true);
    });
  }
});
