import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('dataset pages', () => {
  it('the catalogue lists every dataset with rows, status, source and licence', async () => {
    const page = await site.page('/2018/data/');
    const rows = page.locator('table.data-table tbody tr');
    await expect.poll(() => rows.count()).toBe(9);
    const first = await rows.first().innerText();
    expect(first).toContain('110');
    expect(first).toContain('已发布');
    expect(first).toContain('CC-BY-4.0');
  });

  it('the preview is paged by 25 and sorts by a column from the keyboard', async () => {
    const page = await site.page('/2018/data/towns-2016-batch1-by-province/');
    const body = page.locator('table[data-sortable] tbody tr');
    await expect.poll(() => body.count()).toBe(25);
    const countHeader = page.locator('th', { hasText: '小镇数量' }).locator('button');
    await countHeader.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // descending
    await expect.poll(() => page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await expect.poll(() => body.first().locator('td').first().textContent()).toBe('浙江省');
    await page.locator('.table-pager button').last().click();
    await expect.poll(() => body.count()).toBe(8);
    await expect.poll(() => page.locator('.table-pager [aria-live]').textContent()).toBe('第 2 / 2 页');
  });

  it('the CSV download holds exactly the rows of the page, and the JSON its provenance', async () => {
    const page = await site.page('/2018/data/town-types-2016/');
    const csvUrl = await page.locator('a[download]', { hasText: 'CSV' }).getAttribute('href');
    const response = await page.request.get(site.origin + csvUrl);
    // A UTF-8 byte-order mark first: Excel on Chinese Windows reads the file as UTF-8, not GBK.
    expect([...(await response.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]![0]).not.toMatch(/^\uFEFF/);
    const shown = await page
      .locator('table[data-sortable] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from((tr as HTMLTableRowElement).cells).map((td) => (td as HTMLElement).dataset.value ?? ''),
        ),
      );
    expect(parsed.slice(1)).toEqual(shown);
    const json = await (await page.request.get(site.origin + csvUrl!.replace(/\.csv$/, '.json'))).json();
    expect(json.status).toBe('published');
    expect(json.sources[0].title).toContain('B.1');
  });

  it("B.1's numbers link to the dataset they are checked against", async () => {
    const page = await site.page('/2018/b1/');
    const datum = page.locator('a.datum', { hasText: '50.39%' });
    await expect.poll(() => datum.getAttribute('href')).toBe('/2018/data/town-types-2016/');
    await expect.poll(() => datum.getAttribute('title')).toContain('50.39%');
    await expect.poll(() => page.locator('.data-sources li').count()).toBe(2);
  });
});
