import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

describe('ranking pages', () => {
  it('show the book\'s top 10 as published, in order, without scores', async () => {
    const page = await site.page('/2018/rankings/smart-city-top10-2018/');
    expect(await page.locator('ol.published-list li').allTextContents()).toEqual(['深圳', '上海', '杭州', '北京', '广州', '宁波', '佛山', '厦门', '苏州', '青岛']);
    expect(await page.locator('.badge--data-published').first().textContent()).toBe('已发布');
  });

  it('label an illustrative ranking as such, and sort its table from the keyboard', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/');
    expect(await page.locator('.badge--data-illustrative').first().textContent()).toBe('示例数据');
    const firstEntity = () => page.locator('tbody tr').first().locator('td').nth(1).textContent();
    expect(await firstEntity()).toBe('甲市');
    await page.locator('th button', { hasText: '得分' }).focus();
    await page.keyboard.press('Enter');
    expect(await firstEntity()).toMatch(/^壬市/);
    expect(await page.locator('.rank-interval').count()).toBe(10);
    expect(await page.locator('.lead-lag').textContent()).toMatch(/最领先.*最落后/);
  });

  it('offer the computed table as CSV whose ranks match the page', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/');
    const csv = await (await page.request.get(`${site.origin}/2018/rankings/smart-city-index-illustrative.csv`)).text();
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^rank,rank_label,id,label,score,tier,infrastructure,services,safeguards,rank_median,rank_p5,rank_p95$/);
    expect(lines[1]).toMatch(/^1,1,jia,甲市,/);
  });

  it('write the methodology from the spec: every indicator with direction and weight, and the rules', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/methodology/');
    const text = await page.locator('main').innerText();
    for (const s of ['诉求响应时间', '越低越好', '最小—最大标准化', '75%', '平均值', '=2', '1000次蒙特卡洛']) expect(text).toContain(s);
  });

  it('profile an entity against the median and the best', async () => {
    const page = await site.page('/2018/rankings/smart-city-index-illustrative/jia/');
    expect(await page.locator('.profile tbody tr').count()).toBe(3);
    expect(await page.locator('dl.facts').innerText()).toMatch(/最强维度[\s\S]*最弱维度/);
  });
});
