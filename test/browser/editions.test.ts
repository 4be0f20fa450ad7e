import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';
import { openSite, type Site } from './harness.ts';

/** A generated dataset of `rows` rows (test data, labelled illustrative), longer than a page shows. */
function addLongDataset(dir: string, rows: number): void {
  writeFileSync(
    join(dir, 'long-test-series.csv'),
    ['n,value', ...Array.from({ length: rows }, (_, i) => `${i + 1},${(i * 7919) % 1000}`)].join('\n') + '\n',
  );
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  descriptor.resources.push({
    ...descriptor.resources[0],
    name: 'long-test-series',
    path: 'long-test-series.csv',
    title: '长数据集（测试数据）',
    schema: {
      fields: [
        { name: 'n', type: 'integer', title: '序号' },
        { name: 'value', type: 'integer', title: '数值' },
      ],
    },
    gaps: [],
  });
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor, null, 2));
}

/** Every built page as its URL path. */
function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === 'index.html')
        out.push('/' + relative(dist, dir).split('\\').join('/') + (dir === dist ? '' : '/'));
    }
  };
  walk(dist);
  return out.map((p) => p.replace(/^\/+/, '/')).sort();
}

let project: FixtureProject;
let site: Site;
beforeAll(async () => {
  project = fixtureProject();
  cpSync('test/fixtures/editions/2019', join(project.dir, 'content/2019'), { recursive: true });
  cpSync('test/fixtures/editions/data-2019', join(project.dir, 'data/2019'), { recursive: true });
  addLongDataset(join(project.dir, 'data/2019'), 1234);
  // TEST DATA: a 2019 figure with the id of a 2018 one, so that /latest/ follows it; the other 2018 figures are dropped.
  const b10 = join(project.dir, 'content/2019/chapters/b10.mdx');
  writeFileSync(
    b10,
    readFileSync(b10, 'utf8') +
      '\n<Figure id="towns-2016-by-region" kind="bar" dataset="smart-city-indicators-illustrative" x="city" ' +
      'y="broadband_pct" unit="%" title="测试图（测试数据）" />\n\n' +
      '丙市宽带普及率（测试数据）：<Num dataset="smart-city-indicators-illustrative" measure="value" ' +
      'column="broadband_pct" where="city_id=bing" />%；甲市：<Num dataset="smart-city-indicators-illustrative" ' +
      'measure="value" column="broadband_pct" where="city_id=jia" />%。\n',
  );
  // TEST DATA: a phrase 2018's B.1 holds, in 2019's B.1 too, for search over the series.
  const b1 = join(project.dir, 'content/2019/chapters/b1.mdx');
  writeFileSync(b1, `${readFileSync(b1, 'utf8')}\n测试句子：新型城镇化（测试数据）。\n`);
  // TEST DATA: 2018's town types, renamed in 2019 and declared so (`formerly`), with one count changed.
  const pkgPath = join(project.dir, 'data/2019/datapackage.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const types = JSON.parse(readFileSync('data/2018/datapackage.json', 'utf8')).resources.find(
    (x: { name: string }) => x.name === 'town-types-2016',
  );
  pkg.resources.push({
    ...types,
    name: 'town-types',
    path: 'town-types.csv',
    title: '小镇类型（测试数据）',
    status: 'illustrative',
    formerly: 'town-types-2016',
  });
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
  writeFileSync(
    join(project.dir, 'data/2019/town-types.csv'),
    readFileSync('data/2018/town-types-2016.csv', 'utf8').replace(
      'historical and cultural,23,',
      'historical and cultural,24,',
    ),
  );
  const r = project.build();
  if (r.status !== 0) throw new Error(`two-edition build failed:\n${r.stderr}`);
  site = await openSite(project.dir);
});
afterAll(async () => {
  await site?.close();
  project?.remove();
});

describe('a site with a second edition', () => {
  it('keeps every URL of the 2018 edition', () => {
    const before = builtPages('dist').filter((p) => p.startsWith('/2018/'));
    const after = builtPages(join(project.dir, 'dist'));
    expect(before.length).toBeGreaterThan(10);
    expect(before.filter((p) => !after.includes(p))).toEqual([]);
    expect(after).toContain('/2019/b10/');
  });

  it('renders $…$ and $$…$$ formulas as MathML at build time, with no script on the chapter page', async () => {
    const page = await site.page('/2019/b1/');
    const inline = page.locator('article p math');
    await expect.poll(() => inline.count()).toBe(1);
    await expect.poll(() => inline.locator('annotation').textContent()).toBe('I = \\sum_{i} w_i x_i');
    const block = page.locator('.math-display math[display="block"]');
    await expect.poll(() => block.count()).toBe(1);
    // The browser lays MathML out: the fraction-free sum has a real height, not raw TeX text.
    expect((await block.boundingBox())!.height).toBeGreaterThan(20);
    await expect.poll(() => page.locator('body').textContent()).not.toContain('$$');
    await expect.poll(() => page.locator('script').count()).toBe(0);
  });

  it('renders Markdown footnotes as 注释 after the text, each with a link there and back', async () => {
    const page = await site.page('/2019/b1/');
    const section = page.locator('article .footnotes');
    await expect.poll(() => section.locator('h2').textContent()).toBe('注释');
    await expect.poll(() => section.locator('h2').isVisible()).toBe(true);
    const ref = page.locator('article sup a[data-footnote-ref]');
    await expect.poll(() => ref.textContent()).toBe('1');
    const target = (await ref.getAttribute('href'))!;
    await expect.poll(() => section.locator(`li${target}`).textContent()).toContain('这是测试用的注释');
    const back = section.locator('a[data-footnote-backref]');
    await expect.poll(() => back.getAttribute('aria-label')).toBe('返回正文第 1 处');
    await expect.poll(() => back.getAttribute('href')).toBe(`#${await ref.getAttribute('id')}`);
  });

  it('renders [@key] citations from references.bib in GB/T 7714 numeric, numbered as first cited, with a 参考文献 list', async () => {
    const page = await site.page('/2019/b1/');
    // [@chen2018] → 1; [@saaty2008, p. 85] → 2 with its page; [@undp2024; @saaty2008] → 2,3.
    await expect.poll(() => page.locator('article a.citation').allTextContents()).toEqual(['[1]', '[2]85', '[2,3]']);
    const list = page.locator('article section.references');
    await expect.poll(() => list.locator('h2').textContent()).toBe('参考文献');
    await expect
      .poll(() => list.locator('li').evaluateAll((els) => els.map((e) => e.id)))
      .toEqual(['ref-chen2018', 'ref-saaty2008', 'ref-undp2024']);
    const text = (await list.locator('li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(text[0]).toBe(
      '[1]陈劲. 特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准[M]. 北京: 社会科学文献出版社, 2018.',
    );
    expect(text[1]).toBe(
      '[2]SAATY T L. Decision making with the analytic hierarchy process[J/OL]. International Journal of Services Sciences, 2008, 1(1): 83-98. DOI:10.1504/IJSSCI.2008.017590.',
    );
    await page.locator('article a.citation').nth(1).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#ref-saaty2008');
  });

  it('/ and /latest/ lead to the newest edition', async () => {
    const home = await site.page('/');
    await expect.poll(() => home.locator('.cover h1').textContent()).toContain('2019');
    const latest = await site.page('/latest/b1/');
    await latest.waitForURL('**/2019/b1/');
    await expect.poll(() => latest.locator('h1').textContent()).toContain('测试章节一');
    const english = await site.page('/en/latest/b1/');
    await english.waitForURL('**/en/2019/b1/');
    await expect.poll(() => english.locator('html').getAttribute('lang')).toBe('en');
  });

  it('the switcher on a 2018 chapter leads to the same chapter in 2019, by keyboard', async () => {
    const page = await site.page('/2018/b1/');
    await page.locator('.edition-switcher summary').focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.edition-switcher a', { hasText: '2019' });
    await expect.poll(() => link.getAttribute('href')).toBe('/2019/b1/');
    await link.focus();
    await Promise.all([page.waitForURL('**/2019/b1/'), page.keyboard.press('Enter')]);
  });

  it('falls back to the edition home where the other edition lacks the page', async () => {
    const page = await site.page('/2018/preface/');
    await expect
      .poll(() => page.locator('.edition-switcher a', { hasText: '2019' }).getAttribute('href'))
      .toBe('/2019/');
  });

  it('older editions carry a banner pointing to the latest; the latest has none', async () => {
    const old = await site.page('/2018/b2/');
    await expect.poll(() => old.locator('.older-edition').textContent()).toContain('2019');
    const current = await site.page('/2019/');
    await expect.poll(() => current.locator('.older-edition').count()).toBe(0);
  });
});

describe('comparisons across editions', () => {
  it('the 2019 "what changed" page lists chapters added, removed and retitled, and rank movers', async () => {
    const page = await site.page('/2019/changes/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('与2018年版相比');
    expect(text).toContain('B.10 测试章节十');
    expect(text).toContain('B.2 中国特色小镇发展状况');
    expect(text).toContain('测试章节一（测试数据）');
    expect(text).toMatch(/戊市 ↑\d/);
    expect(text).toMatch(/丙市 ↓\d/);
  });

  it('the 2019 ranking shows change since 2018 and warns that the method changed', async () => {
    const page = await site.page('/2019/rankings/smart-city-index-illustrative/');
    await expect.poll(() => page.locator('th', { hasText: '与2018年版相比' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('.note', { hasText: '计算方法与2018年版不同' }).textContent())
      .toContain('标准化方法由“最小—最大标准化”改为“Z分数”');
    await expect.poll(() => page.locator('.chart-wide svg[aria-labelledby^="rank-slope-"]').count()).toBe(1);
  });

  it('2018 has no earlier edition to compare with, and says so', async () => {
    const page = await site.page('/2018/changes/');
    await expect.poll(() => page.locator('main').innerText()).toContain('这是本系列的第一版');
  });
});

describe('revisions between editions, value by value', () => {
  const name = 'smart-city-indicators-illustrative';
  /** The cells that differ between the two editions' CSVs, for the cities in both, read here with papaparse. */
  const independent = () => {
    const read = (f: string) =>
      Papa.parse<Record<string, string>>(readFileSync(f, 'utf8').trim(), { header: true }).data;
    const before = new Map(read(`data/2018/${name}.csv`).map((r) => [r.city_id!, r]));
    return read(`test/fixtures/editions/data-2019/${name}.csv`).flatMap((r) => {
      const b = before.get(r.city_id!);
      return b ? Object.keys(r).filter((k) => k !== 'city_id' && Number(r[k]) !== Number(b[k]) && r[k] !== b[k]) : [];
    });
  };

  it('the 2019 revisions page lists each revised value, as many as an independent count of the CSVs', async () => {
    const count = independent().length;
    expect(count).toBeGreaterThan(0);
    const page = await site.page(`/2019/data/${name}/revisions/`);
    await expect.poll(() => page.locator('[data-revised-values] tbody tr').count()).toBe(count);
    await expect.poll(() => page.locator('[data-revisions-summary]').textContent()).toBe(`${count}个数值修订。`);
    const csv = readFileSync(join(project.dir, `dist/2019/data/${name}.revisions.csv`), 'utf8');
    expect(csv.startsWith('\uFEFFchange,key,field,before,after\n')).toBe(true);
    expect(csv.trim().split('\n')).toHaveLength(count + 1);
  });

  it('a number in a 2019 chapter whose data was revised since 2018 is marked with the old value; one unrevised is not', async () => {
    const page = await site.page('/2019/b10/');
    // The numbers in the text (the chapter's figure marks its table's cells too: see below).
    const marks = page.locator('.badge--revised[data-revised-from]');
    await expect.poll(() => marks.count()).toBe(1);
    await expect.poll(() => marks.getAttribute('data-revised-from')).toBe('85');
    await expect.poll(() => marks.textContent()).toBe('已修订（2018年版：85）');
  });

  it('a 2019 figure drawn from revised data says how many of its values were revised, with the revisions page', async () => {
    const page = await site.page('/2019/figures/towns-2016-by-region/');
    const note = page.locator('[data-figure-revised]').first();
    // broadband_pct (its y) is revised for two cities (丙市 and 戊市); the cities' names (its x) are not.
    await expect.poll(() => note.getAttribute('data-figure-revised')).toBe('2');
    await expect.poll(() => note.locator('a').getAttribute('href')).toBe(`/2019/data/${name}/revisions/`);
    // And in its table, those two cells, each with its 2018 value, as the CSVs give it.
    const read = (f: string) =>
      Papa.parse<Record<string, string>>(readFileSync(f, 'utf8').trim(), { header: true }).data;
    const now = new Map(read(`test/fixtures/editions/data-2019/${name}.csv`).map((r) => [r.city_id!, r]));
    const expected = read(`data/2018/${name}.csv`)
      .filter((r) => Number(now.get(r.city_id!)?.broadband_pct) !== Number(r.broadband_pct))
      .map((r) => [r.city!, Number(r.broadband_pct)])
      .sort();
    const cells = page.locator('.data-table td[data-revised-from]');
    await expect.poll(() => cells.count()).toBe(2);
    const marked = await cells.evaluateAll((tds) =>
      tds.map((td) => [(td.closest('tr') as HTMLElement).dataset.key!, Number(td.getAttribute('data-revised-from'))]),
    );
    expect(marked.sort()).toEqual(expected);
    await expect.poll(() => cells.first().locator('.badge--revised').textContent()).toMatch(/^已修订（2018年版：/);
  });

  it('a dataset renamed in 2019 and declared so is compared with its 2018 self, not listed as removed and added', async () => {
    const changes = await site.page('/2019/changes/');
    await expect
      .poll(() => changes.locator('[data-renamed-from]').getAttribute('data-renamed-from'))
      .toBe('town-types-2016');
    await expect.poll(() => changes.locator('main').textContent()).not.toContain('小镇类型（测试数据）（2018）');
    const revisions = await site.page('/2019/data/town-types/revisions/');
    await expect.poll(() => revisions.locator('[data-revisions-summary]').textContent()).toBe('1个数值修订。');
    await expect.poll(() => revisions.locator('[data-revised-values] tbody tr').textContent()).toContain('历史文化型');
  });

  it('the dataset page and "what changed" link to it; 2018 has no revisions page', async () => {
    const data = await site.page(`/2019/data/${name}/`);
    await expect
      .poll(() => data.locator('[data-revisions] a').getAttribute('href'))
      .toBe(`/2019/data/${name}/revisions/`);
    const changes = await site.page('/2019/changes/');
    await expect
      .poll(() => changes.locator('[data-revised] a').first().getAttribute('href'))
      .toBe(`/2019/data/${name}/revisions/`);
    expect(
      builtPages(join(project.dir, 'dist')).filter((p) => p.startsWith('/2018/') && p.includes('revisions')),
    ).toEqual([]);
  });
});

describe('search over the series', () => {
  /** The search page for `query`, once every edition it needs is searched. */
  const searched = async (query: string) => {
    const page = await site.page(`/search/?${query}`);
    await page.waitForFunction(
      () => (document.querySelector('[data-results]') as HTMLElement).dataset.complete === 'true',
    );
    const results = page.locator('[data-results] > li');
    return {
      page,
      urls: await results
        .locator('.title')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
      also: await results.evaluateAll((lis) =>
        lis.map((li) => li.querySelector('[data-also]')?.getAttribute('data-also') ?? ''),
      ),
    };
  };

  it('lists the newest edition first and shows a chapter found in both editions once, with "also in 2018"', async () => {
    const { page, urls, also } = await searched(`q=${encodeURIComponent('新型城镇化')}`);
    expect(urls[0]).toBe('/2019/b1/');
    expect(also[0]).toBe('2018');
    await expect
      .poll(() => page.locator('[data-results] > li').first().locator('.also a').getAttribute('href'))
      .toBe('/2018/b1/');
    // 2018's B.1 is not listed again; 2018's other pages holding the phrase come after 2019's.
    expect(urls).not.toContain('/2018/b1/');
    expect(urls.slice(1).length).toBeGreaterThan(0);
    expect(urls.slice(1).every((u) => u.startsWith('/2018/'))).toBe(true);
  });

  it('keeps the edition filter: 2018 alone lists 2018’s B.1, with no other edition', async () => {
    const { page, urls, also } = await searched(`q=${encodeURIComponent('新型城镇化')}&edition=2018`);
    expect(urls).toContain('/2018/b1/');
    expect(urls.every((u) => u.startsWith('/2018/'))).toBe(true);
    expect(also.every((a) => a === '')).toBe(true);
    await expect.poll(() => page.locator('input[name="edition"][value="2018"]').isChecked()).toBe(true);
  });

  it('leads a query that is the 2019 chapter’s title to that chapter', async () => {
    const { urls } = await searched(`q=${encodeURIComponent('测试章节一（测试数据）')}`);
    expect(urls[0]).toBe('/2019/b1/');
  });
});

describe('embeds pinned to an edition, or following the latest', () => {
  const figure = (root: string, path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
  // The switcher and the older-edition banner are what assembly fills in once the next edition exists.
  const withoutNav = (html: string) =>
    html
      .replace(/<details class="edition-switcher">[\s\S]*?<\/details>/g, '')
      .replace(/<div class="older-edition"[\s\S]*?<\/div>/g, '');

  it('a 2018 embed is byte-identical after the 2019 edition is added; its figure page too, but for the switcher', () => {
    for (const id of ['towns-2016-by-province', 'towns-2016-by-region', 'yuhuangshannan-aum']) {
      expect(figure(project.dir, `2018/figures/${id}/embed`)).toBe(figure('.', `2018/figures/${id}/embed`));
      expect(withoutNav(figure(project.dir, `2018/figures/${id}`))).toBe(withoutNav(figure('.', `2018/figures/${id}`)));
    }
  });

  it("oEmbed follows too: /latest/…/oembed.json is the newest edition's, or the last one that had the figure", () => {
    const oembed = (path: string) => JSON.parse(readFileSync(join(project.dir, 'dist', path), 'utf8'));
    expect(oembed('latest/figures/towns-2016-by-region/oembed.json').html).toContain(
      '/2019/figures/towns-2016-by-region/embed/',
    );
    expect(oembed('latest/figures/towns-2016-by-province/oembed.json').html).toContain(
      '/2018/figures/towns-2016-by-province/embed/',
    );
  });

  it('the citation box cites this edition first, and offers the latest edition, dated the reader’s today', async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/');
    const pinned = page.locator('.cite-this > [data-cite]');
    const latest = page.locator('[data-cite-latest] [data-cite]');
    await expect.poll(() => pinned.count()).toBe(5);
    await expect.poll(() => latest.count()).toBe(5);
    for (const text of await pinned.allTextContents()) expect(text).toContain('/2018/figures/towns-2016-by-province/');
    await page.locator('[data-cite-latest] summary').click();
    const year = String(new Date().getFullYear());
    await expect.poll(() => latest.first().textContent()).toContain(`[${year}-`);
    for (const text of await latest.allTextContents()) {
      expect(text).toContain('/latest/figures/towns-2016-by-province/');
      expect(text).not.toMatch(/9999|2018|图1-1/);
    }
  });

  it('the latest embed moves to the newest edition that has the figure', async () => {
    const page = await site.page('/latest/figures/towns-2016-by-region/embed/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/2019/figures/towns-2016-by-region/embed/');
  });

  it('a figure dropped in 2019: /latest/ says where it last was, with a link, not a 404', async () => {
    for (const path of ['/latest/figures/towns-2016-by-province/', '/latest/figures/towns-2016-by-province/embed/']) {
      const page = await site.page(path);
      await expect
        .poll(() => page.locator('main p').first().textContent())
        .toBe('最新的2019年版没有这一页；最后收录它的是2018年版。');
      await expect
        .poll(() => page.locator('main a').first().getAttribute('href'))
        .toBe(path.replace('/latest/', '/2018/'));
    }
  });
});

describe('a dataset longer than a page should hold', () => {
  it('previews its first 500 rows, says how many there are, offers the whole as downloads, and does not sort a part', async () => {
    const page = await site.page('/2019/data/long-test-series/');
    await expect
      .poll(() => page.locator('#preview ~ p.muted, section:has(#preview) p.muted').first().textContent())
      .toBe('预览前 500 行，共 1,234 行；排序和完整数据请下载 CSV 或 JSON。');
    const html = readFileSync(join(project.dir, 'dist/2019/data/long-test-series/index.html'), 'utf8');
    expect(html.match(/<td class="num" data-value="\d+">/g)?.length).toBe(500 * 2);
    await expect.poll(() => page.locator('section:has(#preview) th button').count()).toBe(0);
    await expect.poll(() => page.locator('.table-pager').count()).toBe(1);
    const csv = readFileSync(join(project.dir, 'dist/2019/data/long-test-series.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(1 + 1234);
    const en = await site.page('/en/2019/data/long-test-series/');
    await expect
      .poll(() => en.locator('section:has(#preview) p.muted').textContent())
      .toBe('The first 500 of 1,234 rows; download the CSV or JSON to sort or use them all.');
  });

  it('a short dataset is shown whole and sortable', async () => {
    const page = await site.page('/2019/data/smart-city-indicators-illustrative/');
    await expect.poll(() => page.locator('section:has(#preview) th button').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('section:has(#preview) p.muted').textContent()).toMatch(/^共 \d+ 行$/);
  });
});
