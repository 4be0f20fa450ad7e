import { openSite } from '../test/browser/harness.ts';
import { builtRecords, samplePhrases } from '../test/helpers/search-sample.ts';
const site = await openSite();
const page = await site.page('/search/');
const recs = builtRecords('dist');
const sample = samplePhrases(recs, 300);
let found = 0; const misses: string[] = []; const t0 = Date.now();
for (const { phrase, url } of sample) {
  await page.locator('#search-input').fill(phrase);
  await page.waitForFunction((query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query, phrase, { timeout: 20000 });
  const urls = await page.locator('[data-results] > li .title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  if (urls.slice(0, 10).includes(url)) found++; else misses.push(`${phrase} ${url} -> ${urls.slice(0, 10).join(',')} (${urls.length})`);
}
console.log(found, '/', sample.length, 'in', Date.now() - t0, 'ms'); console.log(misses.slice(0, 30).join('\n'));
await site.close();
