// A Word manuscript, imported, filled in by the editor as the import asks, checked and built: the
// chapter page shows the manuscript's text, lists, footnote, tables and picture.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { fullManuscript } from '../helpers/make-docx.ts';
import { openSite, type Site } from './harness.ts';

let project: FixtureProject;
let site: Site;
let imported: string;
beforeAll(async () => {
  project = fixtureProject();
  writeFileSync(join(project.dir, '第10章 稿件.docx'), await fullManuscript());
  const node = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), script), ...args], { cwd: project.dir, encoding: 'utf8' });
  const run = node('scripts/import.ts', '第10章 稿件.docx', '--edition', '2018', '--code', 'B.10', '--part', 'topics');
  if (run.status !== 0) throw new Error(`import failed:\n${run.stderr}`);
  imported = run.stdout;
  // Until the editor fills in what the manuscript does not say, the check refuses to publish.
  const refused = node('scripts/check.ts');
  if (refused.status === 0) throw new Error('the check passed an imported chapter with no page, status or sources');
  // The editor fills them in (the tables are test data, so: illustrative).
  const mdx = join(project.dir, 'content/2018/chapters/b10.mdx');
  writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('page:\n', 'page: 200\n'));
  const dp = join(project.dir, 'data/2018/datapackage.json');
  const pkg = JSON.parse(readFileSync(dp, 'utf8'));
  for (const r of pkg.resources)
    if (r.status === 'TODO')
      Object.assign(r, {
        status: 'illustrative',
        sources: [{ title: '导入测试用的稿件（测试数据，不是任何报告的内容）' }],
        licenses: [{ name: 'CC0-1.0', path: 'https://creativecommons.org/publicdomain/zero/1.0/' }],
      });
  writeFileSync(dp, JSON.stringify(pkg, null, 2));
  const checked = node('scripts/check.ts');
  if (checked.status !== 0) throw new Error(`check failed after filling in:\n${checked.stdout}${checked.stderr}`);
  const built = project.build();
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  site = await openSite(project.dir);
});
afterAll(async () => {
  await site?.close();
  project?.remove();
});

describe('import → check → build', () => {
  it('the import named what was left to fill in', () => {
    expect(imported).toContain('content/2018/chapters/b10.mdx: page');
    expect(imported).toContain('"b10-table-1" — "status"');
  });
  it("the chapter page has the manuscript's title, authors, abstract, sections and text", async () => {
    const page = await site.page('/2018/b10/');
    await expect.poll(() => page.locator('article h1').textContent()).toBe('测试章节：特色小镇的运营');
    await expect.poll(() => page.locator('.byline dd').first().textContent()).toBe('测试作者甲　测试作者乙');
    await expect
      .poll(() => page.locator('#chapter-abstract + p').textContent())
      .toBe('本章是导入测试用的稿件，不是任何报告的内容。');
    await expect.poll(() => page.locator('.prose > h2').allTextContents()).toEqual(['一 发展现状', '二 结论']);
    await expect.poll(() => page.locator('.prose h3').first().textContent()).toBe('（一）运营步骤');
    await expect.poll(() => page.locator('.prose strong').first().textContent()).toBe('运营主体');
    await expect.poll(() => page.locator('.prose em').first().textContent()).toBe('平台公司');
    await expect.poll(() => page.locator('.prose ul > li').allTextContents()).toEqual(['第一项要点', '第二项要点']);
    await expect.poll(() => page.locator('.prose ol > li').first().textContent()).toBe('规划');
  });
  it('the footnote is a 注释 with its link back, the tables are numbered tables with their cells, the picture is shown', async () => {
    const page = await site.page('/2018/b10/');
    await expect
      .poll(() => page.locator('.footnotes li').first().textContent())
      .toContain('测试脚注：数据截至2017年底。');
    const tables = page.locator('.prose figure table');
    await expect.poll(() => tables.count()).toBe(2);
    const rows = await tables
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.textContent)));
    expect(rows).toEqual([
      ['甲镇', '2016', '12.5'],
      ['乙镇', '2017', '8'],
    ]);
    await expect
      .poll(() => page.locator('.prose figure figcaption').first().textContent())
      .toMatch(/^表\S+ 测试小镇的投资$/);
    await expect.poll(() => page.locator('.prose figure').first().textContent()).toContain('示例数据');
    const img = page.locator('.prose img[src="/images/2018/b10-1.png"]');
    await expect.poll(() => img.getAttribute('alt')).toBe('测试示意图');
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(8);
  });
});
