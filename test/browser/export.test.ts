// npm run export on a copy of the project: the 2018 edition as a PDF (cover, contents with page
// numbers, parts with vector figures, embedded fonts, text that copies as written), a PDF per
// chapter, and an EPUB 3 that passes EPUBCheck (W3C's, and its TypeScript port); pages then offer them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureProject, type FixtureProject } from '../helpers/fixture-project.ts';

let project: FixtureProject;
let exported: string;
const file = (path: string) => readFileSync(join(project.dir, 'public/downloads/2018', path));
beforeAll(() => {
  project = fixtureProject();
  const built = project.build();
  if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts/export.ts'), 'all', '--edition', '2018'], {
    cwd: project.dir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`export failed:\n${run.stdout}\n${run.stderr}`);
  exported = run.stdout;
}, 300_000);
afterAll(() => project?.remove());

/** The text of each page, as a reader copying from it gets it. */
async function pageTexts(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++)
    out.push((await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(''));
  return out;
}

describe('npm run export -- all --edition 2018: the PDF', () => {
  it('has a cover, then contents whose page numbers lead to each part', async () => {
    const pages = await pageTexts(file('edition.pdf'));
    expect(pages[0]).toContain('特色小镇智慧运营报告（2018）');
    expect(pages[0]).toContain('陈劲 主编');
    expect(pages[1]!.startsWith('目 录')).toBe(true);
    const entries = [...pages[1]!.replace(/^目 录/, '').matchAll(/(B\.\d+ )?([^\dB]+?) (\d+)/g)].map((m) => ({
      title: m[2]!.trim(),
      page: Number(m[3]),
    }));
    expect(entries.length).toBe(13);
    for (const e of entries) {
      // Body page n is PDF page n + 2 (cover and contents carry no number); it starts with that part and ends with its number.
      const text = pages[e.page + 1]!;
      expect(text, e.title).toContain(e.title);
      expect(text.trim().endsWith(String(e.page)), `${e.title} on page ${e.page}`).toBe(true);
    }
    expect(pages.length).toBe(
      2 + entries.reduce((n, e, i) => n + ((entries[i + 1]?.page ?? pages.length - 1) - e.page), 0),
    );
  });
  it('copies as the text is written: no Kangxi radicals for ideographs (⾊ for 色)', async () => {
    const all = (await pageTexts(file('edition.pdf'))).join('');
    expect(all).toContain('特色小镇与智慧城市发展趋势');
    expect(all).not.toMatch(/[\u2e80-\u2fdf]/u);
  });
  it('draws figures as vectors (no images), with their labels as text, and embeds every font', async () => {
    const pages = await pageTexts(file('b1.pdf'));
    expect(pages.join('')).toContain('第一批中国特色小镇的省份分布');
    const doc = await PDFDocument.load(file('edition.pdf'));
    let images = 0;
    const fonts: string[] = [];
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict) && !('dict' in (obj as object))) continue;
      const dict = obj instanceof PDFDict ? obj : (obj as unknown as { dict: PDFDict }).dict;
      if (dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) images++;
      if (dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
        fonts.push(
          dict.has(PDFName.of('FontFile2')) || dict.has(PDFName.of('FontFile3')) || dict.has(PDFName.of('FontFile'))
            ? 'embedded'
            : String(dict.get(PDFName.of('FontName'))),
        );
    }
    expect(images).toBe(0);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f === 'embedded')).toBe(true);
    expect(doc.getTitle()).toBe('特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准');
    expect(doc.getAuthor()).toBe('陈劲');
  });
  it('writes each chapter on its own too, numbered as in the book', async () => {
    const book = await pageTexts(file('edition.pdf'));
    const b1 = await pageTexts(file('b1.pdf'));
    const first = Number(/B\.1 特色小镇与智慧城市发展趋势 (\d+)/.exec(book[1]!)![1]);
    expect(b1[0]!.trim().endsWith(String(first))).toBe(true);
    expect(b1.length).toBe(Number(/B\.2 中国特色小镇发展状况 (\d+)/.exec(book[1]!)![1]) - first);
  });
});

describe('npm run export -- all --edition 2018: the EPUB', () => {
  it('passes EPUBCheck with no error or warning', async () => {
    const result = await new EpubCheck().check(new Uint8Array(file('edition.epub')), 'edition.epub');
    expect(
      result.messages.filter((m) => m.severity !== 'info' && m.severity !== 'usage').map((m) => `${m.id} ${m.message}`),
    ).toEqual([]);
    expect(result.valid).toBe(true);
  });
  it("passes W3C EPUBCheck itself (Debian's epubcheck, Java) with no error or warning", () => {
    const jar = '/usr/share/java/epubcheck.jar';
    if (!existsSync(jar)) throw new Error(`${jar} is missing: apt-get install epubcheck (.ci/run installs it)`);
    const run = spawnSync('java', ['-jar', jar, join(project.dir, 'public/downloads/2018/edition.epub')], {
      encoding: 'utf8',
    });
    expect(`${run.stdout}${run.stderr}`).toContain('No errors or warnings detected.');
    expect(run.status).toBe(0);
  });
  it('and the check finds a broken one (a navigation document missing, an element left open)', async () => {
    const zip = await JSZip.loadAsync(file('edition.epub'));
    zip.remove('OEBPS/nav.xhtml');
    const result = await new EpubCheck().check(await zip.generateAsync({ type: 'uint8array' }), 'broken.epub');
    expect(result.valid).toBe(false);
  });
  it('holds every part in reading order, the figures as SVG, and the font it is set in', async () => {
    const zip = await JSZip.loadAsync(file('edition.epub'));
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
    const nav = await zip.file('OEBPS/nav.xhtml')!.async('string');
    expect([...nav.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]).slice(4, 6)).toEqual([
      'B.1 特色小镇与智慧城市发展趋势',
      'B.2 中国特色小镇发展状况',
    ]);
    const b1 = await zip.file(Object.keys(zip.files).find((f) => f.endsWith('-b1.xhtml'))!)!.async('string');
    expect(b1).toContain('<svg');
    expect(b1).toContain('第一批中国特色小镇的省份分布');
    expect(b1).not.toContain('<script');
    const css = await zip.file('OEBPS/style.css')!.async('string');
    expect(css).toContain('src: url("fonts/NotoSansSC-subset.woff2")');
    expect(zip.file('OEBPS/fonts/NotoSansSC-subset.woff2')).not.toBeNull();
  });
});

describe('after the export', () => {
  it('the rebuilt chapter, edition and imprint pages offer the files', () => {
    expect(exported).toContain('✓ public/downloads/2018/edition.pdf');
    const html = readFileSync(join(project.dir, 'dist/2018/b1/index.html'), 'utf8');
    const links = [...html.matchAll(/<p class="book-downloads"[\s\S]*?<\/p>/g)][0]![0];
    expect([...links.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/downloads/2018/b1.pdf',
      '/downloads/2018/edition.pdf',
      '/downloads/2018/edition.epub',
    ]);
    for (const f of ['b1.pdf', 'edition.pdf', 'edition.epub'])
      expect(existsSync(join(project.dir, 'dist/downloads/2018', f))).toBe(true);
    expect(readFileSync(join(project.dir, 'dist/2018/index.html'), 'utf8')).toContain(
      'href="/downloads/2018/edition.epub"',
    );
  });
  it('a build with nothing changed since (the export rebuilt the site) reuses dist/ as it is', () => {
    const again = project.build();
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/✓ nothing changed since the last build: .*dist is current/);
  });
});
