import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;

/** A course page served by its own server, at http://localhost:<port> (another origin than the site's 127.0.0.1). */
async function coursePage(html: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('figures in a chapter', () => {
  it('are numbered 图1-1 … and readable without JS: SVG with title, summary and a data table', async () => {
    const page = await site.page('/2018/b1/');
    await expect
      .poll(() => page.locator('figure .figure__number').allTextContents())
      .toEqual(['图1-1', '图1-2', '图1-3']);
    const svg = page.locator('#fig-towns-2016-by-region .chart-wide svg');
    await expect.poll(() => svg.locator('title').textContent()).toBe('第一批中国特色小镇的地区分布');
    await expect.poll(() => svg.locator('desc').textContent()).toBe('华东最多，39个。');
  });

  it('show a tooltip on hover and on focus; arrow keys move between marks', async () => {
    const page = await site.page('/2018/b1/');
    const marks = page.locator('#fig-towns-2016-by-region .chart-wide .mark');
    await marks.nth(1).hover();
    const tip = page.locator('#fig-towns-2016-by-region .chart-wide .chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await expect.poll(() => tip.textContent()).toBe('西南：21个');
    await marks.first().focus();
    await expect.poll(() => tip.textContent()).toBe('华东：39个');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-label'))).toBe('西南');
    await expect.poll(() => tip.textContent()).toBe('西南：21个');
  });

  it('open the data table by keyboard', async () => {
    const page = await site.page('/2018/b1/');
    const details = page.locator('#fig-town-types-2016 details');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getAttribute('open')).not.toBeNull();
    const cells = await details.locator('tbody tr').first().locator('td').allTextContents();
    expect(cells).toEqual(['旅游发展型', '64']);
    await expect.poll(() => details.locator('tbody tr').nth(2).locator('td').nth(1).textContent()).toBe('无数据');
  });
});

describe('a figure page', () => {
  it('offers SVG, PNG and CSV downloads that are valid files and hold exactly the data shown', async () => {
    const page = await site.page('/2018/figures/towns-2016-by-region/');
    const get = async (ext: string) =>
      page.request.get(site.origin + (await page.locator(`a[download][href$=".${ext}"]`).getAttribute('href')));
    const png = await (await get('png')).body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgText = await (await get('svg')).text();
    const parsed = await page.evaluate(
      (s) => new DOMParser().parseFromString(s, 'image/svg+xml').getElementsByTagName('parsererror').length,
      svgText,
    );
    expect(parsed).toBe(0);
    expect(svgText).toContain('图1-2 第一批中国特色小镇的地区分布');
    const csv = Papa.parse<string[]>((await (await get('csv')).text()).trim()).data;
    const shown = await page
      .locator('figure [data-view="table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((td) => td.textContent)));
    expect(csv.slice(1)).toEqual(shown);
  });

  it("gives citations from the CSL styles (GB/T 7714 both systems, APA, Chicago, MLA), dated the reader's today", async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/');
    const cites = () => page.locator('[data-cite]').allTextContents();
    await expect
      .poll(() => page.locator('.cite-this > h3').allTextContents())
      .toEqual([
        'GB/T 7714-2015（顺序编码制）',
        'GB/T 7714-2015（著者-出版年制）',
        'APA 7',
        'Chicago (author-date)',
        'MLA 9',
      ]);
    // The reader's local date.
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    // The access date is the reader's today, filled in by the page's script.
    await expect
      .poll(async () => (await cites())[0])
      .toBe(
        `特色小镇蓝皮书数字版. 图1-1 第一批中国特色小镇的省份分布[M/OL]//陈劲. 特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准. 北京: 社会科学文献出版社, 2018[${today}]. https://bluebook.example.org/2018/figures/towns-2016-by-province/.`,
      );
    await expect
      .poll(async () => (await cites())[2])
      .toMatch(/^特色小镇蓝皮书数字版\. \(2018\)\. 图1-1 第一批中国特色小镇的省份分布\. In 陈劲 \(Ed\.\), /);
    // Its card is the chart's own PNG (title and source drawn in), not a second image.
    expect(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname).toBe(
      '/2018/figures/towns-2016-by-province.png',
    );
  });

  it('offers the citation as BibTeX, RIS and CSL-JSON files a reference manager imports', async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/');
    const links = page.locator('.cite-this .downloads a');
    await expect
      .poll(() => links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      .toEqual(['bib', 'ris', 'json'].map((f) => `/2018/figures/towns-2016-by-province/cite.${f}`));
    const bib = await (await page.request.get(`${site.origin}/2018/figures/towns-2016-by-province/cite.bib`)).text();
    const { entries, errors } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries[0]!.fields.title).toBe('图1-1 第一批中国特色小镇的省份分布');
    const json = await (await page.request.get(`${site.origin}/2018/figures/towns-2016-by-province/cite.json`)).json();
    expect(json[0]).toMatchObject({
      type: 'chapter',
      'container-title': '特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准',
      ISBN: '978-7-5201-2179-8',
    });
    expect(json[0].accessed).toBeUndefined();
  });

  it('has an embed snippet whose iframe renders the figure on another page', async () => {
    const page = await site.page('/2018/figures/yuhuangshannan-aum/');
    const snippet = (await page.locator('#embed ~ pre code').first().textContent())!;
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(new URL(src).pathname).toBe('/2018/figures/yuhuangshannan-aum/embed/');
    // A course page with the snippet pasted in, served by a server of its own at another origin
    // (localhost:<its port>; Chromium's local-network checks stop a page that is not itself
    // served from this machine from framing a loopback address); the site's address in the
    // snippet becomes this server's, as on a deployment.
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const server = await coursePage(
      `<!doctype html><html lang="en"><body><h1>Course</h1>${snippet.replaceAll(new URL(src).origin, site.origin)}</body></html>`,
    );
    const course = server.origin;
    await page.goto(`${course}/course/unit-1`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('figcaption').textContent()).toContain('玉皇山南基金小镇资产管理规模');
    await expect.poll(() => frame.locator('svg.chart:visible').count()).toBe(1);
    await expect.poll(() => frame.locator('header, footer').count()).toBe(0);
    // The frame grows to its content (the snippet's listener), and the site's links leave the frame.
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    // The frame is of another origin: its content's height is asked inside it.
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    const heights = {
      frame: await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height),
      content: await inner.evaluate(() => document.documentElement.getBoundingClientRect().height),
    };
    expect(Math.abs(heights.frame - heights.content)).toBeLessThan(2);
    await expect.poll(() => frame.locator('base').getAttribute('target')).toBe('_blank');
    // Two origins: the course page's and the frame's.
    await expect.poll(() => page.evaluate(() => location.origin)).toBe(course);
    await expect
      .poll(() => page.evaluate(() => new URL(document.querySelector('iframe')!.src).origin))
      .toBe(site.origin);
    expect(errors).toEqual([]);
    server.close();
  });

  it('offers a picture-and-link snippet for platforms that strip iframes, and a copy button for every snippet and citation', async () => {
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await site.page('/2018/figures/yuhuangshannan-aum/');
    const snippet = (await page.locator('[data-image-snippet] code').textContent())!;
    expect(snippet).toMatch(
      /^<a href="[^"]+\/2018\/figures\/yuhuangshannan-aum\/"><img src="[^"]+\/2018\/figures\/yuhuangshannan-aum\.png" alt="案例图1 玉皇山南基金小镇资产管理规模：[^"]+" width="720" style="max-width:100%;height:auto"><\/a>$/,
    );
    const buttons = page.locator('.figure-page .copy-button');
    await expect.poll(() => buttons.count()).toBe(await page.locator('.figure-page .snippet').count());
    const gbt = page.locator('[data-cite]').first();
    await gbt.locator('xpath=following-sibling::button[1]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe((await gbt.textContent())!.trim());
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('已复制');
  });

  it('answers oEmbed: the page names its oEmbed response, which is valid and embeds the figure in a course page', async () => {
    const page = await site.page('/2018/figures/yuhuangshannan-aum/');
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    const url = new URL((await link.getAttribute('href'))!);
    expect(url.pathname).toBe('/2018/figures/yuhuangshannan-aum/oembed.json');
    const response = await page.request.get(site.origin + url.pathname);
    expect(response.status()).toBe(200);
    const o = (await response.json()) as Record<string, unknown>;
    // oEmbed 1.0: a rich response has version, type, html, width and height; thumbnails come in threes.
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: '特色小镇蓝皮书', width: 720 });
    expect(o.title).toBe(await link.getAttribute('title'));
    expect(typeof o.height).toBe('number');
    expect(o.html).toMatch(
      /^<iframe src="[^"]+\/2018\/figures\/yuhuangshannan-aum\/embed\/" [^>]*height="\d+"[^>]*><\/iframe>$/,
    );
    expect([o.thumbnail_url, o.thumbnail_width, o.thumbnail_height].every((x) => x !== undefined)).toBe(true);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    // Rendered by a course page of another origin (localhost, the site at 127.0.0.1).
    const html = String(o.html).replaceAll(new URL(String(o.html).match(/src="([^"]+)"/)![1]!).origin, site.origin);
    const server = await coursePage(`<!doctype html><html lang="en"><body><h1>Course</h1>${html}</body></html>`);
    const course = server.origin;
    await page.goto(`${course}/course/oembed`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('figcaption').textContent()).toContain('玉皇山南基金小镇资产管理规模');
    await expect.poll(() => frame.locator('svg.chart:visible').count()).toBe(1);
    expect(errors).toEqual([]);
    server.close();
  });

  it('the English interface embeds with English interface strings, linking back to the English figure page', async () => {
    const page = await site.page('/en/2018/figures/yuhuangshannan-aum/');
    const src = /src="([^"]+)"/.exec((await page.locator('#embed ~ pre code').first().textContent())!)![1]!;
    expect(new URL(src).pathname).toBe('/en/2018/figures/yuhuangshannan-aum/embed/');
    const embed = await site.page(new URL(src).pathname);
    await expect.poll(() => embed.locator('html').getAttribute('lang')).toBe('en');
    await expect
      .poll(() => embed.locator('.figure__links a').getAttribute('href'))
      .toMatch(/\/en\/2018\/figures\/yuhuangshannan-aum\/$/);
    await expect.poll(() => embed.locator('main').innerText()).toMatch(/Source/);
    const zh = await site.page('/2018/figures/yuhuangshannan-aum/embed/');
    await expect.poll(() => zh.locator('main').innerText()).not.toMatch(/Source/);
    // The description is the figure's summary in the interface's language.
    const description = (p: typeof zh) => p.locator('meta[name="description"]').getAttribute('content');
    await expect.poll(() => description(embed)).toMatch(/ in \d{4}-/);
    await expect.poll(() => description(embed)).not.toBe(await description(zh));
    // Interface punctuation follows the interface: "Gaps: …" in English, "数据缺口：…" in Chinese;
    // the Chinese text after the label keeps lang="zh-CN".
    const gaps = embed.locator('.figure__gaps');
    await expect.poll(() => gaps.innerText()).toMatch(/^Gaps: \S/);
    await expect.poll(() => gaps.locator('span[lang="zh-CN"]').count()).toBe(1);
    await expect.poll(() => zh.locator('.figure__gaps').innerText()).toMatch(/^[^:]+：\S/);
  });

  it('the embed route fits a narrow frame without horizontal scrolling', async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/embed/', { width: 360, height: 700 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
