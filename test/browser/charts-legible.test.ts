// Charts as a reader sees them: legible on a phone, and every series its own colour in both schemes.
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

/** The smallest rendered size, in CSS px, of the text of every chart the page shows. */
const smallestChartText = (page: Page) =>
  page.evaluate(() => {
    let min = Infinity;
    let where = '';
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      const box = svg.getBoundingClientRect();
      if (!box.width) continue; // the layout for the other screen size, hidden
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < min) {
          min = size;
          where = `${svg.getAttribute('aria-labelledby')}: "${t.textContent}"`;
        }
      }
    }
    return { min: Math.round(min * 10) / 10, where };
  });

/** Whether any chart text sticks out of its SVG's box (clipped on the page). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
      const box = svg.getBoundingClientRect();
      if (!box.width) continue;
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (r.width && (r.left < box.left - 1 || r.right > box.right + 1))
          out.push(`${svg.getAttribute('aria-labelledby')}: "${t.textContent}"`);
      }
    }
    return out;
  });

const phone = { width: 390, height: 844 };
const pages = [
  '/2018/b1/',
  '/2018/b2/',
  '/2018/figures/towns-2016-by-province/',
  '/2018/figures/towns-2016-by-province/embed/',
  '/2018/figures/towns-by-province-batches/',
  '/2018/rankings/smart-city-index-illustrative/',
  '/2018/rankings/smart-city-index-illustrative/jia/',
  '/2018/rankings/smart-city-index-illustrative/methodology/',
];

describe('charts on a 390 px phone', () => {
  for (const path of pages) {
    it(`${path}: no chart text is smaller than 12 px, and none is cut off`, async () => {
      const page = await site.page(path, phone);
      const { min, where } = await smallestChartText(page);
      expect(min, where).toBeGreaterThanOrEqual(12);
      await expect.poll(() => overflowing(page)).toEqual([]);
      await page.close();
    });
  }
  it('the desktop still gets the wide layout', async () => {
    const page = await site.page('/2018/b1/', { width: 1280, height: 900 });
    await expect.poll(() => page.locator('.chart-wide svg.chart').first().isVisible()).toBe(true);
    await expect.poll(() => page.locator('.chart-narrow svg.chart').first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('series colours in light and dark', () => {
  const fills = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.chart-wide svg.chart')].map((svg) => ({
        series: [0, 1, 2, 3]
          .map((k) => [...svg.querySelectorAll(`rect.bar.series-${k}`)].map((r) => getComputedStyle(r).fill))
          .filter((x) => x.length),
        legend: [0, 1, 2, 3]
          .map((k) => svg.querySelector(`.legend rect.series-${k}`))
          .filter(Boolean)
          .map((r) => getComputedStyle(r!).fill),
      })),
    );
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: each series of a multi-series bar chart has one colour of its own, the one its legend shows`, async () => {
      const page = await site.page('/2018/figures/towns-by-province-batches/');
      await page.emulateMedia({ colorScheme: scheme });
      const [chart] = await fills(page);
      expect(chart!.series.length).toBe(2);
      const perSeries = chart!.series.map((xs) => [...new Set(xs)]);
      expect(perSeries.every((xs) => xs.length === 1)).toBe(true);
      expect(perSeries[0]![0]).not.toBe(perSeries[1]![0]);
      expect(chart!.legend).toEqual(perSeries.map((xs) => xs[0]));
      await page.close();
    });
  }
  it('dark: chart text is light on the dark page, in every figure kind', async () => {
    const page = await site.page('/2018/figures/');
    await page.emulateMedia({ colorScheme: 'dark' });
    const links = await page
      .locator('main a[href*="/figures/"]')
      .evaluateAll((as) => [
        ...new Set(as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /\/figures\/[^/]+\/$/.test(p))),
      ]);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const path of links) {
      await page.goto(site.origin + path);
      const dark = await page.evaluate(() =>
        [...document.querySelectorAll('.chart-wide svg.chart text:not(.tile-label)')]
          .filter((t) => !t.closest('.tile, .mark rect'))
          .map((t) => {
            const [r, g, b] = getComputedStyle(t).fill.match(/\d+/g)!.map(Number);
            return {
              text: t.textContent,
              luminance: (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255,
              onTile: !!t.closest('g.mark')?.querySelector('rect.tile:not(.tile--none)'),
            };
          })
          .filter((x) => !x.onTile && x.luminance < 0.45),
      );
      expect(dark, path).toEqual([]);
    }
    await page.close();
  });
});
