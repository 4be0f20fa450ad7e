// Search as a reader meets it, on the real search page: quality (recall over phrases sampled from
// the built site, decoys, MRR over a judged query set), bytes fetched by the first query and time
// to results, on the 2018 site and on a synthetic site of 5,000 Chinese pages indexed the same way.
// Run after a build: npx node bench/search.ts [pages]   (prints figures; nothing is asserted)
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { openSite, CHROMIUM } from '../test/browser/harness.ts';
import { judged } from '../test/fixtures/search/judged.ts';
import { builtRecords, sampleDecoys, samplePhrases, seeded } from '../test/helpers/search-sample.ts';
import { buildSearchIndex, searchPages } from '../src/lib/search/build-index.ts';
import { meanReciprocalRank } from '../src/lib/search/rank-results.ts';

const speedQueries = ['智慧城市', '玉皇山南', '浙江', '顶层设计', '特色小镇'];

/** Bytes of every Pagefind request from now on: as sent, and as a gzip-serving host would send the uncompressed ones. */
function meter(page: Page) {
  let raw = 0;
  let gz = 0;
  let last = 0;
  page.on('response', async (r) => {
    if (!new URL(r.url()).pathname.includes('/pagefind/')) return;
    try {
      const body = await r.body();
      raw += body.length;
      // Pagefind's .pf_* files and its wasm are gzip already; its .js and .json are not.
      gz += /\.(js|json)$/.test(new URL(r.url()).pathname) ? gzipSync(body).length : body.length;
      last = Date.now();
    } catch {
      /* redirected or aborted */
    }
  });
  return { raw: () => raw, gz: () => gz, last: () => last };
}

async function ask(page: Page, q: string): Promise<{ pages: string[]; status: string; partial: boolean }> {
  await page.locator('#search-input').fill(q);
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction(
    (query) => (document.querySelector('[data-results]') as HTMLElement).dataset.query === query,
    q,
    { timeout: 60_000 },
  );
  return {
    pages: await page
      .locator('[data-results] > li .title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    status: (await page.locator('[data-status]').textContent()) ?? '',
    partial: (await page.locator('[data-status]').getAttribute('data-partial')) === 'true',
  };
}

/** Bytes and time per query, each on a fresh page (nothing cached). */
async function speed(origin: string, newPage: () => Promise<Page>, label: string) {
  console.log(`${label}: first query on a fresh page`);
  for (const q of speedQueries) {
    const page = await newPage();
    await page.goto(origin + '/search/');
    const m = meter(page);
    const t0 = Date.now();
    const { pages } = await ask(page, q);
    const first = Date.now() - t0;
    const afterLastByte = Date.now() - m.last();
    await page.waitForLoadState('networkidle');
    // The same query again, every chunk now loaded: the cost of a reader refining a query.
    await ask(page, '');
    const t1 = Date.now();
    await ask(page, q);
    const again = Date.now() - t1;
    console.log(
      `  ${q}: ${pages.length} listed; ${(m.raw() / 1024).toFixed(1)} KB as sent (${(m.gz() / 1024).toFixed(1)} KB with gzip on .js/.json); results ${first} ms after typing, ${afterLastByte} ms after the last index byte; ${again} ms once loaded`,
    );
    await page.close();
  }
}

async function site2018() {
  const site = await openSite();
  const page = await site.page('/search/');
  const records = builtRecords('dist');
  const sample = samplePhrases(records, 300);
  let found = 0;
  const misses: string[] = [];
  for (const { phrase, url } of sample) {
    const { pages } = await ask(page, phrase);
    if (pages.slice(0, 10).includes(url)) found++;
    else misses.push(`${phrase} (${url})`);
  }
  const decoys = [...sampleDecoys(records, 60), '量子计算机', '核聚变反应堆', '冰川融化速度', '火星探测器'];
  let clean = 0;
  let partial = 0;
  for (const d of decoys) {
    const r = await ask(page, d);
    if (r.status.startsWith('没有找到')) clean++;
    if (r.partial) partial++;
  }
  const runs = [];
  const firsts: string[] = [];
  for (const [q, relevant] of judged) {
    const { pages } = await ask(page, q);
    runs.push({ results: pages, relevant: (u: string) => relevant.includes(u) });
    firsts.push(`${q} → ${pages[0] ?? '—'}`);
  }
  console.log('2018 site, real search page:');
  console.log(
    `  recall: ${found}/${sample.length} sampled phrases (2–8 characters, seed 2018) find their page in the first 10${misses.length ? `; missed: ${misses.slice(0, 10).join(', ')}` : ''}`,
  );
  console.log(
    `  precision: ${clean}/${decoys.length} decoys give no exact result (${partial} offer labelled partial matches)`,
  );
  console.log(
    `  relevance: MRR ${meanReciprocalRank(runs).toFixed(3)} over ${judged.length} judged queries; first results: ${firsts.join('; ')}`,
  );
  await speed(site.origin, () => site.context.newPage(), '2018 site');
  await site.close();
}

/** A site of `n` Chinese pages (chapters, cases, datasets, towns over 10 editions), with the real search page. */
async function synthetic(n: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-search-bench-'));
  const words = readFileSync('content/2018/chapters/b1.mdx', 'utf8')
    .replace(/<[^>]+>|---[\s\S]*?---/g, '')
    .match(/\p{Script=Han}{2,4}/gu)!;
  const rnd = seeded(5000);
  const kinds = ['章节', '章节', '案例', '数据', '图表', '小镇', '小镇', '小镇', '小镇', '前言'];
  for (let i = 0; i < n; i++) {
    const text =
      Array.from({ length: 300 }, () => words[Math.floor(rnd() * words.length)]).join('') +
      (i % 50 === 0 ? '玉皇山南基金小镇' : '') +
      (i % 7 === 0 ? '浙江省' : '');
    const kind = kinds[i % kinds.length]!;
    const html = `<!doctype html><html lang="zh-CN"><body><main data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">第${i}页</span><span data-pagefind-filter="kind">${kind}</span><span data-pagefind-filter="edition">${2018 + (i % 10)}</span></div><h1>第${i}页 ${words[i % words.length]}</h1><h2 id="s1">一</h2><p>${text.slice(0, 400)}</p><h2 id="s2">二</h2><p>${text.slice(400)}</p></main></body></html>`;
    const path = join(dir, `p/${i}/index.html`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
  }
  const t = Date.now();
  const built = buildSearchIndex([{ shard: 'synthetic', year: undefined, pages: searchPages(dir, '/') }]);
  const indexMs = Date.now() - t;
  const chunks = built.files.filter((f) => /\/p\d+\.bin$/.test(f.path)).map((f) => f.content.length);
  const frags = built.files.filter((f) => /\/t\d+\.json$/.test(f.path)).map((f) => f.content.length);
  console.log(
    `  index: ${chunks.length} chunks, ${(chunks.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB (largest ${(Math.max(...chunks) / 1024).toFixed(0)} KB); ${frags.length} fragments, ${(frags.reduce((a, b) => a + b, 0) / frags.length / 1024).toFixed(1)} KB each on average`,
  );
  for (const f of built.files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  // The real search page and its script, over this index.
  cpSync('dist/search', join(dir, 'search'), { recursive: true });
  cpSync('dist/_astro', join(dir, '_astro'), { recursive: true });
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.html': 'text/html',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(req.url!.split('?')[0]!).replace(/\/$/, '/index.html'));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'bluebook-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log(
    `synthetic site: ${built.pages} pages indexed in ${(indexMs / 1000).toFixed(1)} s (illustrative text generated from B.1's words)`,
  );
  await speed(origin, () => ctx.newPage(), 'synthetic site');
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
);
if (!process.argv.includes('--synthetic-only')) await site2018();
await synthetic(Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5000));
