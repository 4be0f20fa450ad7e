// Search cost for a reader: bytes fetched and time from typing to results, for three queries
// on the built 2018 site (its real search page) and on a synthetic site of 5,000 Chinese pages.
// Run after a build: npx node bench/search.ts   (prints figures; nothing is asserted)
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { openSite, CHROMIUM } from '../test/browser/harness.ts';

const queries = ['智慧城市', '玉皇山南', '浙江'];

/** Count the bytes of every Pagefind request a page makes from now on. */
function meter(page: Page) {
  let bytes = 0;
  page.on('response', async (r) => {
    if (!new URL(r.url()).pathname.includes('/pagefind/')) return;
    try { bytes += (await r.body()).length; } catch { /* redirected or aborted */ }
  });
  return () => bytes;
}

async function site2018() {
  const site = await openSite();
  console.log('2018 site (real search page, fresh page per query):');
  for (const q of queries) {
    const page = await site.context.newPage();
    await page.goto(site.origin + '/search/');
    const bytes = meter(page);
    const t0 = Date.now();
    await page.locator('#search-input').fill(q);
    await page.waitForFunction((query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query, q);
    const first = Date.now() - t0;
    // Once the index chunk is loaded: the same query again, as a reader refining it would.
    await page.locator('#search-input').fill('');
    await page.waitForFunction(() => (document.querySelector('[data-results]') as HTMLElement).dataset.query === '');
    const t1 = Date.now();
    await page.locator('#search-input').fill(q);
    await page.waitForFunction((query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query, q);
    const again = Date.now() - t1;
    await page.waitForLoadState('networkidle');
    console.log(`  ${q}: ${(bytes() / 1024).toFixed(1)} KB fetched; first results ${first} ms (incl. 120 ms typing pause), after the chunk is loaded ${again} ms (incl. the 120 ms pause)`);
    await page.close();
  }
  await site.close();
}

async function synthetic(pages = 5000) {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-search-bench-'));
  const words = readFileSync('content/2018/chapters/b1.mdx', 'utf8').replace(/<[^>]+>|---[\s\S]*?---/g, '').match(/\p{Script=Han}{2,4}/gu)!;
  let seed = 1;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const { index } = await pagefind.createIndex({});
  for (let i = 0; i < pages; i++) {
    const text = Array.from({ length: 300 }, () => words[Math.floor(rnd() * words.length)]).join('') + (i % 50 === 0 ? '玉皇山南基金小镇' : '') + (i % 7 === 0 ? '浙江省' : '');
    await index!.addHTMLFile({ url: `/p/${i}/`, content: `<html lang="zh-CN"><body><main data-pagefind-body><h1>第${i}页</h1><p>${text}</p></main></body></html>` });
  }
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><body>bench</body></html>');
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(req.url!.split('?')[0]!).replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path)) { res.statusCode = 404; res.end(); return; }
    res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'bluebook-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  console.log(`synthetic site (${pages} pages, Pagefind API directly):`);
  for (const q of queries) {
    const page = await ctx.newPage();
    await page.goto(origin + '/');
    const bytes = meter(page);
    const [first, again, n] = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      let t = performance.now(); let s = await pf.search(${JSON.stringify(q)}); await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
      const first = performance.now() - t;
      t = performance.now(); s = await pf.search(${JSON.stringify(q)}); await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
      return [first, performance.now() - t, s.results.length];
    })()`)) as number[];
    await page.waitForLoadState('networkidle');
    console.log(`  ${q}: ${n} results; ${(bytes() / 1024).toFixed(1)} KB fetched; first ${Math.round(first!)} ms, after the chunk is loaded ${Math.round(again!)} ms`);
    await page.close();
  }
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

mkdirSync('test-results', { recursive: true });
await site2018();
await synthetic(Number(process.argv[2] ?? 5000));
