// Search as a reader meets it, on the real search page: quality (recall over phrases sampled from
// the built site, decoys, MRR over a judged query set) on the 2018 site; then a synthetic series
// (editions of chapters, figure pages and datasets, text drawn from B.1's words) indexed by the
// build's own code: files, bytes fetched before the first results and time to them, for a broad
// two-character query and a rare four-character phrase, and re-indexing after one edit; beside it,
// the same pages in Pagefind as the site indexed them until 2026-12-06 (character pairs spelt as
// words), asked the same queries.
// Run after a build: npx node bench/search.ts [editions] [chapters] [figures]   (prints figures)
// or on a site built by bench/synthetic-site.ts --keep: npx node bench/search.ts --site <its dist>
//   [--page-from dist] (its index behind this checkout's search page)
import { createServer } from 'node:http';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { openSite, CHROMIUM } from '../test/browser/harness.ts';
import { judged } from '../test/fixtures/search/judged.ts';
import { builtRecords, sampleDecoys, samplePhrases, seeded } from '../test/helpers/search-sample.ts';
import { buildSearchIndex, type IndexShard, writeSearchIndex } from '../src/lib/search/build-index.ts';
import { pairsOf } from '../src/lib/search/ngram.ts';
import type { PageRecord } from '../src/lib/search/page-records.ts';
import { normaliseQuery } from '../src/lib/search/prepare-query.ts';
import { meanReciprocalRank } from '../src/lib/search/rank-results.ts';

/** Bytes of every response whose path matches `files` from now on, as a gzip-serving host would send them, by URL. */
function meter(page: Page, files: RegExp) {
  const sizes = new Map<string, number>();
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (!files.test(path)) return;
    try {
      const body = await r.body();
      // .bin and Pagefind's .pf_* files and wasm are gzip already; .js and .json are not.
      sizes.set(r.url(), /\.(js|json|html)$/.test(path) ? gzipSync(body).length : body.length);
    } catch {
      /* redirected or aborted */
    }
  });
  const sum = (urls: Iterable<string>) => [...urls].reduce((n, u) => n + (sizes.get(u) ?? 0), 0);
  return { gz: () => sum(sizes.keys()), count: () => sizes.size, of: sum, has: (u: string) => sizes.has(u) };
}

/**
 * Type `q`; the time to its first results and the files fetched by then are taken in the page (the
 * moment the list says it shows `q`), then the time to every edition's.
 */
async function ask(page: Page, q: string) {
  await page.evaluate((query) => {
    const w = window as unknown as { firstSeen: { t: number; files: string[] } | undefined; t0: number };
    const list = document.querySelector('[data-results]') as HTMLElement;
    w.firstSeen = undefined;
    // The first results: the first list shown for the query that has any (a first pass over the newest
    // edition can find nothing where only an older edition holds the phrase), or the last, empty one.
    new MutationObserver((_, obs) => {
      if (list.dataset.query !== query || w.firstSeen) return;
      if (!list.children.length && list.dataset.complete !== 'true') return;
      w.firstSeen = { t: performance.now(), files: performance.getEntriesByType('resource').map((e) => e.name) };
      obs.disconnect();
    }).observe(list, { attributes: true, attributeFilter: ['data-query', 'data-complete'] });
    w.t0 = performance.now();
  }, q);
  await page.locator('#search-input').fill(q);
  await page.locator('#search-input').press('Enter');
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-results]') as HTMLElement).dataset.complete === 'true' &&
      (window as unknown as { firstSeen?: object }).firstSeen !== undefined,
    undefined,
    { timeout: 120_000 },
  );
  const { first, all, files } = await page.evaluate(() => {
    const w = window as unknown as { firstSeen: { t: number; files: string[] }; t0: number };
    return { first: w.firstSeen.t - w.t0, all: performance.now() - w.t0, files: w.firstSeen.files };
  });
  return {
    pages: await page
      .locator('[data-results] > li .title')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    first: Math.round(first),
    all: Math.round(all),
    files,
    status: (await page.locator('[data-status]').textContent()) ?? '',
    partial: (await page.locator('[data-status]').getAttribute('data-partial')) === 'true',
  };
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
  await site.close();
}

/** A synthetic series as the index takes it: per edition, chapters of 20 sections of text drawn from
 * B.1's words, a page per figure, three datasets and the edition's home. One chapter per edition
 * holds the rare phrase 玉皇山南基金小镇; one chapter of the oldest edition alone holds 鲸鱼港湾, which
 * the newest edition's first pass cannot find. Illustrative text, not any report's. */
function seriesShards(editions: number, chapters: number, figures: number): (IndexShard & { pages: PageRecord[] })[] {
  const words = readFileSync('content/2018/chapters/b1.mdx', 'utf8')
    .replace(/<[^>]+>|---[\s\S]*?---/g, '')
    .match(/\p{Script=Han}{2,4}/gu)!;
  const rnd = seeded(5000);
  const word = () => words[Math.floor(rnd() * words.length)]!;
  const text = (n: number) => Array.from({ length: n }, word).join('');
  return Array.from({ length: editions }, (_, e) => {
    const year = 2018 + e;
    const record = (url: string, kind: string, title: string, body: PageRecord['blocks']): PageRecord => ({
      url,
      meta: { title },
      filters: { kind: [kind], edition: [String(year)] },
      blocks: [{ tag: 'h1', text: title }, ...body],
    });
    const pages: PageRecord[] = [
      record(`/${year}/`, '版次', `合成蓝皮书（${year}）`, [{ tag: 'p', text: '合成文本，仅用于测量搜索。' }]),
    ];
    for (let c = 1; c <= chapters; c++) {
      const body: PageRecord['blocks'] = [];
      for (let k = 1; k <= 20; k++) {
        body.push({ tag: 'h2', id: `s${k}`, text: `第${k}节 ${word()}` });
        const rare = (c === 7 && k === 3 ? '玉皇山南基金小镇' : '') + (e === 0 && c === 9 && k === 5 ? '鲸鱼港湾' : '');
        body.push({ tag: 'p', text: text(100) + rare + text(10) });
      }
      pages.push(record(`/${year}/b${c}/`, '章节', `B.${c} ${word()}${word()}`, body));
      for (let k = 1; k <= figures; k++)
        pages.push(
          record(`/${year}/figures/fig-${c}-${k}/`, '图表', `图${c}-${k} ${word()}${word()}的分布`, [
            { tag: 'p', text: text(20) },
          ]),
        );
    }
    for (let d = 1; d <= 3; d++)
      pages.push(record(`/${year}/data/set-${d}/`, '数据', `数据集${d} ${word()}`, [{ tag: 'p', text: text(30) }]));
    return { shard: String(year), year, pages };
  });
}

const seriesQueries = [
  ['broad, two characters', '小镇'],
  ['rare, four characters', '玉皇山南'],
  ['rare, four characters, in the oldest edition only', '鲸鱼港湾'],
] as const;

/** A static server over `dir`. */
async function serve(dir: string) {
  const types: Record<string, string> = {
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.html': 'text/html',
    '.css': 'text/css',
    '.wasm': 'application/wasm',
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
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

/**
 * One query on a fresh search page, printed: bytes and files before the first results, time from typing,
 * then the same query again once everything is loaded.
 */
async function measureQuery(ctx: BrowserContext, origin: string, what: string, q: string, all: string) {
  const page = await ctx.newPage();
  await page.goto(`${origin}/search/`);
  const m = meter(page, /^\/_search\//);
  const r = await ask(page, q);
  const fetched = r.files.filter((u) => m.has(u));
  const firstKb = m.of(fetched) / 1024;
  await page.waitForLoadState('networkidle');
  const allKb = m.gz() / 1024;
  await ask(page, '');
  const again = await ask(page, q);
  console.log(
    `  ${what} (${q}): ${r.status}; first results ${firstKb.toFixed(1)} KB gzip in ${fetched.length} files, ${r.first} ms after typing (${r.all} ms for ${all}, ${allKb.toFixed(1)} KB); once loaded ${again.first} ms (all editions ${again.all} ms)`,
  );
  await page.close();
}

async function series(editions: number, chapters: number, figures: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bluebook-search-series-'));
  const shards = seriesShards(editions, chapters, figures);
  const pages = shards.reduce((n, s) => n + s.pages.length, 0);
  const keep = join(dir, 'keep');
  const t = Date.now();
  const built = buildSearchIndex(shards, keep);
  const indexMs = Date.now() - t;
  const perEdition = built.files.filter((f) => f.path.startsWith(`_search/${shards[0]!.shard}/`)).length;
  const bytes = built.files.reduce((n, f) => n + ('content' in f ? f.content.length : 0), 0);
  console.log(
    `synthetic series: ${editions} editions × ${shards[0]!.pages.length} pages = ${pages} pages (illustrative text from B.1's words)`,
  );
  console.log(
    `  our index: ${built.files.length} files (${perEdition} per edition + 1), ${(bytes / 2 ** 20).toFixed(1)} MB on disk, built in ${(indexMs / 1000).toFixed(1)} s (${(indexMs / editions / 1000).toFixed(2)} s per edition)`,
  );
  // One chapter of the newest edition edited: that edition alone is indexed again.
  const newest = shards.at(-1)!;
  const edited = shards.map((s) =>
    s === newest
      ? {
          ...s,
          pages: s.pages.map((p, i) =>
            i === 1 ? { ...p, blocks: [...p.blocks, { tag: 'p' as const, text: '编辑后加的一句。' }] } : p,
          ),
        }
      : s,
  );
  const t2 = Date.now();
  const again = buildSearchIndex(edited, keep);
  // As the build does: the new site's index written, the kept editions' files linked.
  writeSearchIndex(again.files, join(dir, 'edited'));
  console.log(
    `  one chapter of the newest edition edited: ${again.indexed.join(', ')} indexed again, and the index written, in ${((Date.now() - t2) / 1000).toFixed(2)} s (the other ${editions - again.indexed.length} editions' indexes kept)`,
  );
  writeSearchIndex(built.files, dir);
  cpSync('dist/search', join(dir, 'search'), { recursive: true });
  cpSync('dist/_astro', join(dir, '_astro'), { recursive: true });
  const scriptGz = readdirSync('dist/_astro')
    .filter((f) => f.endsWith('.js') && readFileSync('dist/search/index.html', 'utf8').includes(f))
    .reduce((n, f) => n + gzipSync(readFileSync(join('dist/_astro', f))).length, 0);

  // Pagefind, as the site indexed until 2026-12-06: each pair spelt in letters a–p, the text between runs as z-words.
  const spell = (text: string) =>
    [...text]
      .flatMap((c) => [...Array(c.length).keys()].map((i) => c.charCodeAt(i)))
      .map((u) => String.fromCharCode(97 + (u >> 12), 97 + ((u >> 8) & 15), 97 + ((u >> 4) & 15), 97 + (u & 15)))
      .join('');
  const encode = (t: string) =>
    t
      .split(/([\p{L}\p{N}]+)/u)
      .filter(Boolean)
      .flatMap((part) =>
        /[\p{L}\p{N}]/u.test(part) ? pairsOf(normaliseQuery(part).toLowerCase()).map(spell) : [`z${spell(part)}`],
      )
      .join(' ');
  const t3 = Date.now();
  const { index } = await pagefind.createIndex({});
  for (const s of shards)
    for (const p of s.pages) {
      const body = p.blocks
        .map((b) => `<${b.tag}${'id' in b && b.id ? ` id="${b.id}"` : ''}>${encode(b.text)}</${b.tag}>`)
        .join('');
      const marks = `<span data-pagefind-meta="title">${p.meta.title}</span>${Object.entries(p.filters)
        .map(([k, v]) => `<span data-pagefind-filter="${k}">${v[0]}</span>`)
        .join('')}`;
      await index!.addHTMLFile({
        url: p.url,
        content: `<html lang="und"><body><div data-pagefind-ignore>${marks}</div><main data-pagefind-body>${body}</main></body></html>`,
      });
    }
  const pf = await index!.getFiles();
  await pagefind.close();
  const pfBytes = pf.files.reduce((n, f) => n + f.content.length, 0);
  console.log(
    `  Pagefind (the site's index until 2026-12-06): ${pf.files.length} files, ${(pfBytes / 2 ** 20).toFixed(1)} MB, built in ${((Date.now() - t3) / 1000).toFixed(1)} s (all editions at once; an edit indexes them all again)`,
  );
  for (const f of pf.files) {
    mkdirSync(dirname(join(dir, 'pagefind', f.path)), { recursive: true });
    writeFileSync(join(dir, 'pagefind', f.path), f.content);
  }
  // A bare page asking Pagefind as the old search page did: a phrase's pairs, then the first ten results' fragments.
  writeFileSync(
    join(dir, 'pf.html'),
    `<!doctype html><script type="module">
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ ranking: { pageLength: 0.3 }, noWorker: true });
      window.ask = async (words) => {
        const r = await pf.search(words);
        await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
        return r.results.length;
      };
      window.ready = true;
    </script>`,
  );

  const server = await serve(dir);
  const profile = mkdtempSync(join(tmpdir(), 'bluebook-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  console.log(`  the search page's own script: ${(scriptGz / 1024).toFixed(1)} KB gzip, loaded with the page`);
  for (const [what, q] of seriesQueries) {
    await measureQuery(ctx, server.origin, what, q, `all ${editions} editions`);
    const old = await ctx.newPage();
    await old.goto(`${server.origin}/pf.html`);
    await old.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
    const om = meter(old, /^\/pagefind\//);
    const words = pairsOf(q).map(spell).join(' ');
    const o0 = Date.now();
    const n = await old.evaluate((w) => (window as unknown as { ask: (w: string) => Promise<number> }).ask(w), words);
    const oFirst = Date.now() - o0;
    const o1 = Date.now();
    await old.evaluate((w) => (window as unknown as { ask: (w: string) => Promise<number> }).ask(w), words);
    console.log(
      `    Pagefind: ${n} pages holding the pairs; ${(om.gz() / 1024).toFixed(1)} KB gzip (wasm and pagefind.js included) in ${om.count()} files, ${oFirst} ms; once loaded ${Date.now() - o1} ms`,
    );
    await old.close();
  }
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
);
const [editions = 10, chapters = 60, figures = 20] = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
/**
 * The search of a site built by `npm run build` (`--site <dist>`, e.g. bench/synthetic-site.ts --keep's); with
 * `--page-from <dist>`, its index behind the search page (and scripts) of another build, such as this checkout's.
 */
async function builtSite(dist: string, queries: [string, string][], pageFrom?: string) {
  const index = join(dist, '_search');
  let served = dist;
  if (pageFrom) {
    const overlay = mkdtempSync(join(tmpdir(), 'bluebook-search-site-'));
    symlinkSync(resolve(index), join(overlay, '_search'));
    for (const f of ['search', '_astro']) symlinkSync(resolve(pageFrom, f), join(overlay, f));
    served = overlay;
  }
  const manifest = JSON.parse(readFileSync(join(index, 'index.json'), 'utf8')) as { editions: { pages: number }[] };
  const files = readdirSync(index, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const pages = manifest.editions.reduce((n, e) => n + e.pages, 0);
  console.log(`built site ${dist}: ${manifest.editions.length} editions, ${pages} pages indexed, ${files} index files`);
  const server = await serve(served);
  const profile = mkdtempSync(join(tmpdir(), 'bluebook-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  for (const [what, q] of queries) await measureQuery(ctx, server.origin, what, q, 'all editions');
  await ctx.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  if (served !== dist) rmSync(served, { recursive: true, force: true });
}

const site = process.argv.indexOf('--site');
const pageFrom = process.argv.indexOf('--page-from');
if (site >= 0)
  await builtSite(
    process.argv[site + 1]!,
    [
      ['broad, two characters', '小镇'],
      [
        'rare, four characters: the sentence the edit added, in one chapter of the edition before the newest',
        '编辑修改',
      ],
      ['a chapter title, in every edition', '合成章节37'],
    ],
    pageFrom >= 0 ? process.argv[pageFrom + 1] : undefined,
  );
else {
  if (!process.argv.includes('--synthetic-only')) await site2018();
  await series(editions, chapters, figures);
}
