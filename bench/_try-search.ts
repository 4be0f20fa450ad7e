import { openSite } from '../test/browser/harness.ts';
const site = await openSite();
const page = await site.page('/search/');
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const q of process.argv.slice(2)) {
  await page.locator('#search-input').fill(q);
  await page.waitForFunction((query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query, q, { timeout: 20000 });
  const out = await page.evaluate(() => ({
    status: document.querySelector('[data-status]')!.textContent,
    items: [...document.querySelectorAll('[data-results] > li')].slice(0, 6).map((li) => li.querySelector('.title')!.getAttribute('href') + ' | ' + li.querySelector('.kind')!.textContent + ' | ' + li.querySelector('.excerpt')!.innerHTML.slice(0, 50) + ' | subs:' + li.querySelectorAll('.sub-results li').length),
    groups: [...document.querySelectorAll('[data-groups] p')].map((p) => p.textContent),
  }));
  console.log('==', q, JSON.stringify(out, null, 1));
}
await page.screenshot({ path: '/tmp/s/search.png', fullPage: false });
await site.close();
