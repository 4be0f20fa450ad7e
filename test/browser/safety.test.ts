import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { openSite, type Site } from './harness.ts';
import { pageTypes } from './pages.ts';

// A copy of the site whose data and case facts carry markup, as a careless paste or a hostile
// source might: it must show up as text, never run.
const script = '<script>window.__pwned = 1</script>';
const img = '<img src=x onerror="window.__pwned = 2">';
let project: FixtureProject;
let site: Site;
beforeAll(async () => {
  project = fixtureProject();
  const csv = join(project.dir, 'data/2018/town-types-2016.csv');
  writeFileSync(csv, readFileSync(csv, 'utf8').replace('tourism development', `"${script.replace(/"/g, '""')}"`));
  const mdx = join(project.dir, 'content/2018/cases/yuhuangshannan.mdx');
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace(/^industry: .*$/m, `industry: '${img}'`));
  const r = project.build();
  if (r.status !== 0) throw new Error(r.stderr);
  site = await openSite(project.dir);
});
afterAll(async () => {
  await site?.close();
  project?.remove();
});

describe('markup in data and content', () => {
  it('a <script> in a CSV cell is shown as text on the dataset page and never runs', async () => {
    const page = await site.page('/2018/data/town-types-2016/');
    await expect.poll(() => page.locator('table[data-sortable] tbody').innerText()).toContain(script);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('an <img onerror> in a case fact is shown as text and never runs', async () => {
    const page = await site.page('/2018/cases/yuhuangshannan/');
    await expect.poll(() => page.locator('.facts-panel').innerText()).toContain(img);
    await expect.poll(() => page.locator('.facts-panel img').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('the JSON download keeps the string as data', async () => {
    const page = await site.page('/2018/data/town-types-2016/');
    const json = await (await page.request.get(`${site.origin}/2018/data/town-types-2016.json`)).json();
    expect(json.rows[0].type_en).toBe(script);
  });
});

describe('Content-Security-Policy', () => {
  it('every page type declares a policy that allows only its own origin', async () => {
    const page = await site.page('/2018/b1/');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });

  it('no page type requests anything from another origin (the site works with the network cut)', async () => {
    const foreign: string[] = [];
    for (const path of Object.values(pageTypes)) {
      const page = await site.context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) foreign.push(`${path} → ${r.url()}`);
      });
      await page.goto(site.origin + path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(foreign).toEqual([]);
  });
});
