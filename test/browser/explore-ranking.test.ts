// A reader explores the illustrative index: filter, highlight, sort, their own weights (URL and keyboard), reset,
// and the guardrails; the ranks under their weights are the engine's for the same weights stated.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadRanking } from '../../src/lib/composite-index/index.ts';
import { loadDataPackage } from '../../src/lib/datasets/index.ts';
import { openSite, type Site } from './harness.ts';

const PATH = '/2018/rankings/smart-city-index-illustrative/';
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** `npm run rank`'s computation of the spec with the services dimension weighing `w` (the others 1). */
function engineRanks(w: number): Map<string, number> {
  const spec = parse(readFileSync('data/2018/rankings/smart-city-index-illustrative.yaml', 'utf8'));
  spec.dimensions.find((d: { id: string }) => d.id === 'services').weight = w;
  const r = loadRanking('spec.yaml', stringify(spec), loadDataPackage('.', 2018).datasets, { analyse: false });
  return new Map(r.ranking!.result.entities.map((e) => [e.id, e.rank]));
}

const yours = async (page: Awaited<ReturnType<Site['page']>>) =>
  new Map(
    await page
      .locator('[data-explore-table] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-id')!, Number(r.querySelector('td[data-yours]')!.textContent)] as const),
      ),
  );

describe('exploring a computed ranking', () => {
  it('weights set through the URL rank the table as the engine does with those weights stated', async () => {
    const page = await site.page(`${PATH}?w=services:2`);
    await expect.poll(() => page.locator('th[data-yours]').isVisible()).toBe(true);
    await expect.poll(async () => Object.fromEntries(await yours(page))).toEqual(Object.fromEntries(engineRanks(2)));
    // The table is in the reader's order, and says whether each new rank is inside its published interval.
    const firstId = await page.locator('[data-explore-table] tbody tr').first().getAttribute('data-id');
    expect(engineRanks(2).get(firstId!)).toBe(1);
    await expect.poll(() => page.locator('td[data-inside]').first().textContent()).toMatch(/^(是|否)$/);
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/按你的权重，\d+个对象的名次有变。/);
  });

  it('a slider moved by keyboard changes the weights in the URL; reset brings back the published ranking', async () => {
    const page = await site.page(PATH);
    const published = await page
      .locator('[data-explore-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const slider = page.locator('input[type="range"]').first();
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).toBe('infrastructure:1.5');
    await expect
      .poll(async () => Object.fromEntries(await yours(page)))
      .toEqual(
        Object.fromEntries(
          (() => {
            const spec = parse(readFileSync('data/2018/rankings/smart-city-index-illustrative.yaml', 'utf8'));
            spec.dimensions[0].weight = 1.5;
            const r = loadRanking('s.yaml', stringify(spec), loadDataPackage('.', 2018).datasets, { analyse: false });
            return r.ranking!.result.entities.map((e) => [e.id, e.rank]);
          })(),
        ),
      );
    await page.locator('[data-reset]').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('w')).toBe(false);
    await expect.poll(() => page.locator('th[data-yours]').isVisible()).toBe(false);
    await expect
      .poll(() =>
        page.locator('[data-explore-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))),
      )
      .toEqual(published);
  });

  it('filters by name and highlights an entity, keeping the highlight in the URL', async () => {
    const page = await site.page(PATH);
    await page.locator('[data-filter]').fill('乙');
    await expect.poll(() => page.locator('[data-explore-table] tbody tr:visible').count()).toBe(1);
    await page.locator('[data-filter]').fill('');
    await page.locator('tr[data-id="yi"] .pin').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('h')).toBe('yi');
    const again = await site.page(`${PATH}?h=yi`);
    await expect.poll(() => again.locator('tr.highlighted').getAttribute('data-id')).toBe('yi');
    await expect.poll(() => again.locator('tr[data-id="yi"] .pin').getAttribute('aria-pressed')).toBe('true');
  });

  it('sorts by a column through its header button', async () => {
    const page = await site.page(PATH);
    await page.locator('thead th', { hasText: '得分' }).locator('button').click();
    const scores = await page.locator('[data-explore-table] tbody tr td:nth-child(3)').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => a - b));
  });

  it("states the guardrails: each entity's reachable ranks, how many can be first, and that they are sampled", async () => {
    const page = await site.page(PATH);
    await expect
      .poll(() => page.locator('[data-reach]').textContent())
      .toMatch(/有\d+个对象可以排第一。这是抽样的结果/);
    const reach = await page
      .locator('[data-explore-table] tbody tr')
      .evaluateAll((rows) =>
        (rows as HTMLTableRowElement[]).map(
          (r) => [Number(r.cells[0]!.dataset.value), r.cells[r.cells.length - 3]!.textContent!] as const,
        ),
      );
    for (const [rank, text] of reach) {
      const [best, worst] = text.split('–').map(Number);
      expect(best! <= rank && rank <= worst!).toBe(true);
    }
  });

  for (const width of [360, 1280])
    it(`is usable and axe-clean at ${width} px with the reader's weights`, async () => {
      const page = await site.page(`${PATH}?w=services:2&h=jia`, { width, height: 900 });
      await expect.poll(() => page.locator('th[data-yours]').isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
});
