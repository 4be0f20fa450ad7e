// The example series a newcomer opens (`npm run example -- hdi-series`): UNDP's HDI from the HDR 2021/22 and the
// HDR 2023/24, real published numbers, with each rank change split into method, revision and real change.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExample } from '../../src/lib/editions/index.ts';
import { openSite, type Site } from './harness.ts';

const dir = resolve('.examples/hdi-series-test');
let site: Site;
beforeAll(async () => {
  prepareExample({ engine: resolve('.'), name: 'hdi-series', dir });
  const built = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the example did not build:\n${built.stdout}\n${built.stderr}`);
  site = await openSite(dir);
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Published ranks of both reports, read from UNDP's files as kept in the repository. */
const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').trim(), { header: true }).data;
const before = new Map(
  csv('docs/examples/hdi-series/data/2021/hdi-2021.csv').map((r) => [r.iso3!, Number(r.hdi_rank)]),
);
const after = new Map(
  csv('test/fixtures/rankings/hdi-2022/hdi-2022-published.csv').map((r) => [r.iso3!, Number(r.hdi_rank_2022)]),
);

describe('npm run example -- hdi-series', () => {
  it('the 2022 ranking download gives, for each of 191 countries, parts that add up to the published change', () => {
    const rows = csv(join(dir, 'dist/2022/rankings/hdi.csv'));
    const both = rows.filter((r) => before.has(r.id!));
    expect(both).toHaveLength(191);
    const wrong = both.filter((r) => {
      const published = before.get(r.id!)! - after.get(r.id!)!;
      const sum = Number(r.method) + Number(r.revision) + Number(r.real);
      return Number(r.change) !== published || sum !== published || Number(r.method) !== 0;
    });
    expect(wrong).toEqual([]);
  });

  it('the methodology page states the sign reversals: 28 of 191', async () => {
    const page = await site.page('/2022/rankings/hdi/methodology/');
    await expect.poll(() => page.locator('[data-reversals]').getAttribute('data-reversals')).toBe('28');
    await expect.poll(() => page.locator('[data-reversals]').textContent()).toContain('Of the 191 entities');
  });

  it('an entity page walks from the previous rank through the parts: Marshall Islands 131 → =102', async () => {
    const page = await site.page('/2022/rankings/hdi/MHL/');
    const steps = page.locator('[data-change-path] li');
    await expect
      .poll(() => steps.allTextContents())
      .toEqual([
        'Rank in the 2021 edition: 131',
        'method: 0',
        'revision: ↑30',
        'real: ↓1',
        'Rank in this edition: =102',
      ]);
    expect(readFileSync(join(dir, 'dist/2022/rankings/hdi/MHL/index.html'), 'utf8')).not.toMatch(/<script/);
  });

  it('the ranking page shows each change split, and the biggest real movers', async () => {
    const page = await site.page('/2022/rankings/hdi/');
    const row = page.locator('tbody tr', { hasText: 'Marshall Islands' });
    await expect.poll(() => row.locator('.change-split').textContent()).toBe('method 0 · revision ↑30 · real ↓1');
    await expect.poll(() => page.locator('.movers li').count()).toBe(10);
    // Nauru is in the revised 2021 data but not in the HDR 2021/22; Somalia only in 2022.
    for (const [name, step] of [
      ['Nauru', 'revision'],
      ['Somalia', 'real'],
    ] as const)
      await expect
        .poll(() => page.locator('tbody tr', { hasText: name }).locator('.change-split').textContent())
        .toBe(`in the data from the ${step} step on`);
  });

  for (const width of [390, 1280]) {
    it(`an entity's history at ${width} px: a chart and a table, edition by edition, with the split`, async () => {
      const page = await site.page('/2022/rankings/hdi/MHL/', { width, height: 900 });
      await expect.poll(() => page.locator('[data-history] svg:visible .mark').count()).toBe(2);
      const rows = page.locator('[data-history] tbody tr');
      await expect
        .poll(() => rows.allTextContents())
        .toEqual([
          expect.stringMatching(/2021.*131.*0\.639.*—/),
          expect.stringMatching(/2022.*=102.*0\.731.*↑29 \(method 0 · revision ↑30 · real ↓1\)/),
        ]);
      // The page fits the phone: nothing wider than the window but the scrolling table.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });

    it(`the compare view at ${width} px: the entities in the URL side by side, and ticking one adds it`, async () => {
      const page = await site.page('/2022/rankings/hdi/compare/?e=MHL,CHE', { width, height: 900 });
      const cards = page.locator('.compare-card');
      await expect.poll(() => cards.locator('h2').allTextContents()).toEqual(['Marshall Islands', 'Switzerland']);
      await expect
        .poll(() => cards.first().locator('.compare-history li').allTextContents())
        .toEqual(['2021 edition: 131']);
      await expect.poll(() => cards.first().locator('dt').count()).toBe(3);
      await page.locator('#pick-NOR').check();
      await expect.poll(() => cards.count()).toBe(3);
      await expect.poll(() => new URL(page.url()).search).toBe('?e=MHL,CHE,NOR');
      await page.locator('#pick-ISL').check();
      // Four at most: the other boxes are disabled.
      await expect.poll(() => page.locator('#pick-DNK').isDisabled()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });

    it(`the ranking, entity and compare pages have no axe violations at ${width} px`, async () => {
      for (const path of ['/2022/rankings/hdi/', '/2022/rankings/hdi/MHL/', '/2022/rankings/hdi/compare/?e=MHL,CHE']) {
        const page = await site.page(path, { width, height: 900 });
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        expect(result.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
        await page.close();
      }
    });
  }

  it('without JavaScript, the compare page is a table of every entity with its scores and earlier ranks', async () => {
    const context = await site.context.browser()!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/2022/rankings/hdi/compare/?e=MHL,CHE`);
    await expect.poll(() => page.locator('.compare-table tbody tr').count()).toBe(193);
    await expect.poll(() => page.locator('tr[data-id="MHL"] td[data-year="2021"]').textContent()).toBe('131');
    await context.close();
  });
});
