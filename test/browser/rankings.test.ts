import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('ranking pages', () => {
  it("show the book's top 10 as published, in order, without scores", async () => {
    const page = await site.page('/2018/rankings/smart-city-top10-2018/');
    await expect
      .poll(() => page.locator('ol.published-list li').allTextContents())
      .toEqual(['深圳', '上海', '杭州', '北京', '广州', '宁波', '佛山', '厦门', '苏州', '青岛']);
    await expect.poll(() => page.locator('.badge--data-published').first().textContent()).toBe('已发布');
  });

  it('label an illustrative ranking as such, and sort its table from the keyboard', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/');
    await expect.poll(() => page.locator('.badge--data-illustrative').first().textContent()).toBe('示例数据');
    const firstEntity = () => page.locator('tbody tr').first().locator('td').nth(1).textContent();
    await expect.poll(() => firstEntity()).toBe('甲市');
    await page.locator('th button', { hasText: '得分' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => firstEntity()).toMatch(/^壬市/);
    await expect.poll(() => page.locator('.rank-interval').count()).toBe(10);
    await expect.poll(() => page.locator('.lead-lag').textContent()).toMatch(/最领先.*最落后/);
  });

  it('offer the computed table as CSV whose ranks match the page', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/');
    const csv = await (await page.request.get(`${site.origin}/2018/rankings/smart-city-index-illustrative.csv`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'rank,tied,id,label,score,score_full,tier,infrastructure,services,safeguards,rank_median,rank_p5,rank_p95',
    );
    expect(lines[1]).toMatch(/^1,false,jia,甲市,93\.3,93\.2692/);
  });

  it('write the methodology from the spec: every indicator with direction and weight, and the rules', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/methodology/');
    const text = await page.locator('main').innerText();
    for (const s of ['诉求响应时间', '越低越好', '最小—最大标准化', '75%', '平均值', '=2', '1000次蒙特卡洛'])
      expect(text).toContain(s);
  });

  it('show Sobol indices in words, a table and a chart, and the coherence statistics', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/methodology/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/对平均名次变动影响最大的是(权重|标准化方法|加总方法|插补方法)（总效应 0\.\d+）/);
    await expect
      .poll(() => page.locator('table.sobol tbody tr th').allTextContents())
      .toEqual(['权重', '标准化方法', '加总方法', '插补方法']);
    await expect
      .poll(() =>
        page
          .locator('svg#sobol-smart-city-index-illustrative, svg [id="sobol-smart-city-index-illustrative-title"]')
          .count(),
      )
      .toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.coherence tbody tr').count()).toBe(7);
    expect(text).toContain("Cronbach's α");
    // Method names are in the page's language, not the spec's keys.
    expect(text).not.toMatch(/minmax|zscore|arithmetic|geometric/);
  });

  it('say on an entity page what drives its rank, in a sentence, a chart and a table', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/jia/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/使得分比中位水平(高|低)\d/);
    const rows = await page.locator('table.drivers tbody tr').allInnerTexts();
    expect(rows).toHaveLength(10);
    // 甲市 under an arithmetic mean of equal thirds: each dimension's effect is a third of its distance from the median.
    const infra = rows
      .find((r) => r.startsWith('智慧基础设施'))!
      .split('\t')
      .map((c) => c.trim());
    expect(Number(infra[3]!.replace('+', ''))).toBeCloseTo((Number(infra[1]) - Number(infra[2])) / 3, 1);
  });

  it('profile an entity against the median and the best', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/jia/');
    await expect.poll(() => page.locator('.profile tbody tr').count()).toBe(3);
    await expect.poll(() => page.locator('dl.facts').innerText()).toMatch(/最强维度[\s\S]*最弱维度/);
  });
});
