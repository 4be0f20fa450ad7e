// `npm run new-report` starts another series: here a report written in English, with no towns
// directory and one ranking (the UNDP HDI 2022, real published data), built from that empty start.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';

const hdi = 'test/fixtures/rankings/hdi-2022';
let root: string;
let dir: string;
let site: Site;
let made: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bluebook-report-'));
  dir = join(root, 'human-development');
  const run = spawnSync(
    process.execPath,
    [
      resolve('scripts/new-report.ts'),
      dir,
      '--title',
      'Human Development Test Report (2025)',
      '--series',
      'Human Development Test Series',
      '--year',
      '2025',
      '--language',
      'en',
      '--editor',
      'Test Editor',
      '--publisher',
      'Test Press',
      '--place',
      'Testville',
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`new-report failed:\n${run.stderr}`);
  made = run.stdout;
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  // The empty start builds as it is.
  const empty = spawnSync(process.execPath, [join(dir, 'scripts/build.ts')], { cwd: dir, encoding: 'utf8' });
  if (empty.status !== 0) throw new Error(`the empty report did not build:\n${empty.stderr}`);
  // What an editor adds: one chapter, one dataset, one ranking; then publishes.
  writeFileSync(
    join(dir, 'content/2025/chapters/b1.mdx'),
    `---
code: B.1
part: general
title: Measuring human development (test chapter)
authors: [Test Author]
page: 1
status: full
---

This chapter is test text for the second-report test, not the text of any report. The Human
Development Index combines a long and healthy life, knowledge and a decent standard of living;
its method is given on the ranking's methodology page.
`,
  );
  cpSync(`${hdi}/hdi-2022.csv`, join(dir, 'data/2025/hdi-2022.csv'));
  const pkgFile = join(dir, 'data/2025/datapackage.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  pkg.resources.push({
    name: 'hdi-2022',
    path: 'hdi-2022.csv',
    title: 'Human Development Index inputs, 2022',
    status: 'published',
    sources: [
      {
        title: 'UNDP, Human Development Report 2023/2024: composite indices time series',
        path: 'https://hdr.undp.org/data-center/documentation-and-downloads',
      },
    ],
    licenses: [{ name: 'CC-BY-3.0-IGO', path: 'https://creativecommons.org/licenses/by/3.0/igo/' }],
    schema: {
      fields: [
        { name: 'iso3', type: 'string', title: 'ISO code' },
        { name: 'country', type: 'string', title: 'Country' },
        ...['le', 'eys', 'mys', 'gnipc'].map((name) => ({ name, type: 'number' })),
      ],
    },
  });
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
  // The HDI as the site's own ranking, its names written in English alone.
  const spec = readFileSync(`${hdi}/hdi.yaml`, 'utf8')
    .replace(/\{ zh: ([^,}]+), en: ([^}]+) \}/g, '$2')
    .replace(/title:\n {2}zh: .*\n {2}en: (.*)\n/, 'title: $1\n')
    .replace('unit: 岁', 'unit: years')
    .replace(/unit: 年/g, 'unit: years')
    .replace('unit: 美元', 'unit: PPP $');
  writeFileSync(join(dir, 'data/2025/rankings/hdi.yaml'), spec);
  const edition = join(dir, 'content/2025/edition.yaml');
  writeFileSync(edition, readFileSync(edition, 'utf8').replace('draft: true\n', ''));
  const built = spawnSync(process.execPath, [join(dir, 'scripts/build.ts')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, BLUEBOOK_SITE: 'https://report.example.org' },
  });
  if (built.status !== 0) throw new Error(`the report did not build:\n${built.stdout}\n${built.stderr}`);
  site = await openSite(dir);
});
afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run new-report: a second report, in English', () => {
  it('starts empty: the engine and one draft edition, no content of the 2018 report', () => {
    expect(made).toContain('✓ Human Development Test Series: a new report in');
    expect(existsSync(join(dir, 'content/2018'))).toBe(false);
    expect(existsSync(join(dir, 'test'))).toBe(false);
    expect(existsSync(join(dir, 'dist/2018'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.test).toBe('node scripts/check.ts');
  });
  it('its pages say they are English, with an English interface at the root and no /en/ copy', async () => {
    const page = await site.page('/2025/b1/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('article h1').getAttribute('lang')).toBe('en');
    await expect
      .poll(() => page.locator('article h1').textContent())
      .toBe('Measuring human development (test chapter)');
    await expect.poll(() => page.locator('.site-header__lang').count()).toBe(0);
    expect(existsSync(join(dir, 'dist/en/2025'))).toBe(false);
    await expect.poll(() => page.locator('.breadcrumbs').textContent()).toMatch(/Home/);
    const html = readFileSync(join(dir, 'dist/2025/b1/index.html'), 'utf8');
    expect(html).not.toMatch(/lang="zh-CN"/);
    // Nothing of the 2018 book's own notes: the footer says only what this report says.
    await expect.poll(() => page.locator('.site-footer').textContent()).not.toMatch(/scan|Chinese/);
  });
  it('has no towns directory until one is configured, and its one ranking: Switzerland first', async () => {
    expect(existsSync(join(dir, 'dist/2025/towns'))).toBe(false);
    const home = await site.page('/2025/');
    await expect.poll(() => home.locator('a[href="/2025/towns/"]').count()).toBe(0);
    const ranking = await site.page('/2025/rankings/hdi/');
    await expect.poll(() => ranking.locator('h1').textContent()).toContain('Human Development Index');
    await expect.poll(() => ranking.locator('tbody tr').first().textContent()).toContain('Switzerland');
  });
  it('English search finds the chapter by a phrase of its text', async () => {
    const page = await site.page(`/search/?q=${encodeURIComponent('decent standard of living')}`);
    await page.locator('#search-results > li').first().waitFor({ timeout: 60_000 });
    const first = page.locator('#search-results > li').first();
    await expect.poll(() => first.locator('a').first().getAttribute('href')).toMatch(/\/2025\/b1\/$/);
    // The excerpt is where the words stand together, each marked.
    await expect
      .poll(() => first.locator('.excerpt mark').allTextContents())
      .toEqual(['decent', 'standard', 'of', 'living']);
  });
});
