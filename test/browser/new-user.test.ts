// What a new reader met first (issue: phone charts, dark charts, Excel, 404, mixed languages, print, page order).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { en as enStrings } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Every Chinese-interface page of the built site. */
function chinesePages(dir = 'dist', sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory())
      return /^(en|_search|_astro|og|latest)$/.test(rel) ? [] : chinesePages(dir, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

// Latin words the Chinese interface may use: the product's name, file formats, and the names of
// methods as the literature writes them (AHP, CRITIC, Sobol, Cronbach's α, ln).
// The link to the English interface is labelled in English, for the readers who need it.
const allowed = new Set([
  'interface',
  'Bluebook',
  'CSV',
  'JSON',
  'SVG',
  'PNG',
  'CIP',
  'English',
  'Enter',
  'JavaScript',
  'ln',
  'exp',
  'max',
  'AHP',
  'CRITIC',
  'CI',
  'CR',
  'Sobol',
  'Saltelli',
  'Cronbach',
  'goalposts',
  'BibTeX',
  'bib',
  'RIS',
  'EndNote',
  'NoteExpress',
  'CSL-JSON',
  'CSL',
  'Zotero',
  'Pandoc',
  'PDF',
  'EPUB',
  'ZIP',
]);
const zh: Record<string, string> = zhCN;
const en: Record<string, string> = enStrings;

/** The visible text of a page, without scripts, styles and code. */
function pageText(file: string): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.type === ELEMENT_NODE && ['script', 'style', 'code', 'pre', 'head'].includes(node.name)) return;
    // Text marked as English on purpose (the 404 page says it in both languages).
    if (node.type === ELEMENT_NODE && (node.attributes as Record<string, string>).lang?.startsWith('en')) return;
    if (node.type === TEXT_NODE) out += `${node.value} `;
    for (const c of node.children ?? []) visit(c);
  };
  visit(parse(readFileSync(join('dist', file), 'utf8')));
  return out;
}

describe('the Chinese interface speaks Chinese', () => {
  it('every Chinese interface string is Chinese but for names of formats, methods and the product', () => {
    const latin = Object.entries(zh).flatMap(([k, v]) =>
      (v.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z-]+/g) ?? [])
        .filter((w) => !allowed.has(w))
        .map((w) => `${k}: ${w}`),
    );
    expect(latin).toEqual([]);
  });

  it('no Chinese page shows an English interface string (warnings, reasons, licences, types, method names)', () => {
    // Each English string's longest stretch without a placeholder, when it is a phrase of its own.
    const phrases = Object.entries(en)
      .filter(([k, v]) => zh[k] !== v)
      .map(
        ([, v]) =>
          v
            .split(/\{\w+\}/)
            .map((s) => s.trim())
            .sort((a, b) => b.length - a.length)[0]!,
      )
      .filter((p) => p.length >= 12 && /[a-z]{3,} [a-z]{2,}/i.test(p));
    expect(phrases.length).toBeGreaterThan(50);
    const leaks: string[] = [];
    for (const file of chinesePages()) {
      const text = pageText(file);
      for (const p of phrases) if (text.includes(p)) leaks.push(`${file}: "${p}"`);
      for (const w of ['minmax', 'zscore', 'string/integer', 'required; unique', 'Compilation ©'])
        if (text.includes(w)) leaks.push(`${file}: "${w}"`);
    }
    expect(leaks).toEqual([]);
  });

  it('links and breadcrumbs name datasets and rankings by title, not by their ids', () => {
    const ids: string[] = [];
    for (const file of chinesePages()) {
      const visit = (node: Node) => {
        if (
          node.type === ELEMENT_NODE &&
          (node.name === 'a' || (node.name === 'span' && (node.attributes as Record<string, string>)['aria-current']))
        ) {
          const text = (node.children ?? [])
            .filter((c) => c.type === TEXT_NODE)
            .map((c) => String(c.value))
            .join('')
            .trim();
          if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(text)) ids.push(`${file}: "${text}"`);
        }
        for (const c of node.children ?? []) visit(c);
      };
      visit(parse(readFileSync(join('dist', file), 'utf8')));
    }
    expect(ids).toEqual([]);
  });
});

describe('reading order and print', () => {
  it('front matter pages lead on to each other and into B.1, whose previous page is the preface; page numbers as printed', async () => {
    const committee = await site.page('/2018/committee/');
    await expect.poll(() => committee.locator('.pager__next').getAttribute('href')).toBe('/2018/contributors/');
    await expect.poll(() => committee.locator('.pager__prev').count()).toBe(0);
    const b1 = await site.page('/2018/b1/');
    await expect.poll(() => b1.locator('.pager__prev').getAttribute('href')).toBe('/2018/preface/');
    await expect.poll(() => b1.locator('.byline dd').nth(1).textContent()).toMatch(/^[1-9]\d*$/);
    const home = await site.page('/2018/');
    await expect.poll(() => home.locator('.contents').innerText()).not.toMatch(/第0\d/);
  });

  it('print shows the page address and leaves out table toggles and figure-page links', async () => {
    const page = await site.page('/2018/b1/');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.print-url').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.print-url').textContent()).toContain('/2018/b1/');
    await expect.poll(() => page.locator('.figure__table').first().isVisible()).toBe(false);
    await expect.poll(() => page.locator('.figure__links').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('.print-url').isVisible()).toBe(false);
  });

  it('Latin letters and digits use the CJK font first (not a system UI font next to it)', async () => {
    const page = await site.page('/2018/b1/');
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family.indexOf('Noto Sans CJK SC')).toBeLessThan(family.indexOf('system-ui'));
  });
});

describe('the header at 1280 px', () => {
  for (const path of ['/2018/b1/', '/en/2018/b1/']) {
    it(`${path}: one line, and the search placeholder fits its box`, async () => {
      const page = await site.page(path, { width: 1280, height: 800 });
      const { height, fits } = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search')!;
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {
          height: document.querySelector('.site-header')!.getBoundingClientRect().height,
          fits: ctx.measureText(input.placeholder).width <= room,
        };
      });
      expect(height).toBeLessThan(70);
      expect(fits).toBe(true);
    });
  }
  it('the English edition home heads its abstract box in English', async () => {
    const page = await site.page('/en/2018/');
    await expect.poll(() => page.locator('#abstract').textContent()).toBe('Abstract');
  });
});

describe('figure details', () => {
  it('a figure page does not repeat its title as a visible caption under the heading', async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/');
    await expect.poll(() => page.locator('h1').textContent()).toContain('第一批中国特色小镇的省份分布');
    // Kept for screen readers (visually hidden), not shown twice.
    expect((await page.locator('figure figcaption').first().boundingBox())!.width).toBeLessThanOrEqual(1);
    await expect
      .poll(() => page.locator('figure figcaption').first().textContent())
      .toContain('第一批中国特色小镇的省份分布');
  });
  it('a case study numbers its figures 案例图1 …', async () => {
    const page = await site.page('/2018/cases/yuhuangshannan/');
    await expect.poll(() => page.locator('figure .figure__number').first().textContent()).toBe('案例图1');
  });
  it("the map's CSV keeps 陕西 and 宁夏's combined total", async () => {
    const page = await site.page('/2018/figures/towns-2016-by-province/');
    const csv = await (await page.request.get(`${site.origin}/2018/figures/towns-2016-by-province.csv`)).text();
    expect(csv).toMatch(/陕西,,"?陕西\+宁夏合计7个"?/);
  });
});
