// `npm run export`: the edition as one print-ready PDF (cover, contents with page numbers, front
// matter, chapters with vector figures, notes and references) plus a PDF per chapter, and as an
// EPUB 3, written to public/downloads/<year>/; then the site is rebuilt so chapter and edition
// pages offer them. Uses Chromium (CHROMIUM_PATH, default /usr/bin/chromium); the build never does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import subsetFont from 'subset-font';
import { checkContent } from '../content/index.ts';
import { readingSequence } from '../content/index.ts';
import { contentsHtml, coverHtml, planBook, type BookPart } from './book-plan.ts';
import { buildEpub, type EpubResource } from './epub.ts';
import { epubCss } from './book-css.ts';
import { toXhtml } from './xhtml.ts';
import { siteAddress } from '../links/index.ts';
import { editionDate } from '../editions/index.ts';

export interface ExportOptions {
  root: string;
  year: number;
  format: 'pdf' | 'epub' | 'all';
  /** Rebuild the site afterwards, so that its pages offer the files. */
  rebuild: boolean;
  /** The build's command line (scripts/build.ts), run when dist/ lacks the edition and to rebuild. */
  buildScript: string;
}

/** Export edition `year` of the project at `root`; returns the exit code. */
// Screen furniture left out of the book: citation boxes, pagers, view controls and the like.
const SCREEN_ONLY =
  /\b(cite-this|pager|data-sources|print-url|figure__links|figure__tabs|figure__controls|Z3988|chart-narrow)\b/;

export async function exportEdition({ root, year, format, rebuild, buildScript }: ExportOptions): Promise<number> {
  const checked = checkContent(root).editions.find((e) => e.year === year);
  if (!checked) {
    console.error(`✗ no edition ${year} in content/`);
    return 1;
  }
  const { edition } = checked;
  const printFont =
    '@font-face { font-family: "Bluebook Print SC"; src: url(http://bluebook.print/regular.ttf); font-weight: 400; } ' +
    '@font-face { font-family: "Bluebook Print SC"; src: url(http://bluebook.print/bold.ttf); font-weight: 700; } ' +
    'html, body, body *, svg text { font-family: "Bluebook Print SC", sans-serif !important; }';
  const node = process.execPath;
  /** The site, built by `buildScript`: the exit code of the build. */
  const build = () => spawnSync(node, [buildScript], { cwd: root, stdio: 'inherit' }).status ?? 1;
  if (!existsSync(join(root, 'dist', String(year), 'index.html'))) {
    const built = build();
    if (built !== 0) return built;
  }

  const stops = readingSequence(
    edition,
    checked.chapters.map((c) => ({ slug: c.slug, data: c.data })),
    checked.front.map((f) => ({ slug: f.slug, title: f.data.title })),
  );
  const out = join(root, 'public', 'downloads', String(year));
  mkdirSync(out, { recursive: true });
  const title = edition.title.zh;
  // The book speaks the report's language: 主编 / 目录, or "Edited by" / "Contents".
  const en = edition.language === 'en';
  const editors = en ? `Edited by ${edition.editors.chief.join(', ')}` : `${edition.editors.chief.join('　')} 主编`;
  const contentsHeading = en ? 'Contents' : '目录';
  // The content's own date, so that two exports of an unchanged edition are the same files.
  const dated = new Date(`${editionDate(edition)}T00:00:00Z`);

  async function exportPdf(): Promise<void> {
    const server = await preview({
      root,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 4900 + (process.pid % 90) },
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      // The site's CSP forbids inline styles; the book's own print rules are added by the exporter.
      const page = await (await browser.newContext({ bypassCSP: true })).newPage();
      await page.emulateMedia({ media: 'print' });
      // The book's font: Noto Sans SC cut down to the characters of this edition, without the radical
      // blocks. A CJK font draws a Kangxi radical and its ideograph (⾊, 色) with one glyph, and
      // Chromium's PDF writer then maps that glyph back to the radical: copied or searched text would
      // read ⾊⼩镇. A font in which no glyph stands for a radical gives the text as written.
      const require = createRequire(import.meta.url);
      const text = [
        ...new Set(
          stops
            .map((s) =>
              readFileSync(join(root, 'dist', String(year), s.slug, 'index.html'), 'utf8').replace(/<[^>]+>/g, ''),
            )
            .join('') +
            [title, edition.subtitle?.zh ?? '', editors, edition.series.zh, edition.publisher.zh].join('') +
            `${contentsHeading}0123456789`,
        ),
      ]
        .filter((c) => !/[\u2e80-\u2fdf]/u.test(c))
        .join('');
      const fonts: Record<string, Buffer> = {};
      for (const [file, source] of [
        ['regular.ttf', '400Regular/NotoSansSC_400Regular.ttf'],
        ['bold.ttf', '700Bold/NotoSansSC_700Bold.ttf'],
      ] as const) {
        fonts[file] = await subsetFont(
          readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${source}`)),
          text,
          {
            targetFormat: 'truetype',
          },
        );
      }
      await page.route('http://bluebook.print/**', (route) =>
        route.fulfill({ contentType: 'font/ttf', body: fonts[new URL(route.request().url()).pathname.slice(1)]! }),
      );
      const print = () =>
        page.pdf({
          width: '184mm',
          height: '260mm',
          margin: { top: '22mm', bottom: '24mm', left: '20mm', right: '20mm' },
          printBackground: false,
          tagged: true,
        });
      const parts: (BookPart & { doc: PDFDocument })[] = [];
      for (const s of stops) {
        await page.goto(`http://127.0.0.1:${server.port}/${year}/${s.slug}/`, { waitUntil: 'networkidle' });
        // The book leaves out what belongs to the web page: citation blocks, data-source lists, the printed URL.
        await page.addStyleTag({
          content:
            `${printFont} .cite-this, .data-sources, .print-url, .related { display: none !important; } ` +
            `article > h1 { break-before: avoid; }`,
        });
        await page.evaluate(() => document.fonts.ready);
        const printed = await PDFDocument.load(await print());
        parts.push({ slug: s.slug, code: s.code, title: s.title, pages: printed.getPageCount(), doc: printed });
      }
      const plan = planBook(parts);
      const withFont = (html: string) => html.replace('<style>', `<style>${printFont}`);
      await page.setContent(
        withFont(
          coverHtml(
            {
              series: edition.series.zh,
              title,
              subtitle: edition.subtitle?.zh,
              editors,
              publisher: edition.publisher.zh,
              year: String(edition.published?.slice(0, 4) ?? year),
            },
            edition.language,
          ),
        ),
        { waitUntil: 'load' },
      );
      await page.evaluate(() => document.fonts.ready);
      const cover = Buffer.from(await print());
      await page.setContent(withFont(contentsHtml(plan, contentsHeading, edition.language)), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const contents = Buffer.from(await print());

      const book = await PDFDocument.create();
      const digits = await book.embedFont(StandardFonts.Helvetica);
      const meta = (doc: PDFDocument, t: string) => {
        doc.setTitle(t);
        doc.setAuthor(edition.editors.chief.join(', '));
        doc.setSubject(edition.series.zh);
        doc.setLanguage(edition.language);
        doc.setProducer('Bluebook (Chromium, pdf-lib)');
        doc.setCreator('npm run export');
        doc.setCreationDate(dated);
        doc.setModificationDate(dated);
      };
      const stamp = (font: typeof digits, pages: ReturnType<PDFDocument['getPages']>, first: number) =>
        pages.forEach((p, i) => {
          const label = String(first + i);
          const size = 9;
          p.drawText(label, {
            x: p.getWidth() / 2 - font.widthOfTextAtSize(label, size) / 2,
            y: 28,
            size,
            font,
            color: rgb(0.2, 0.2, 0.2),
          });
        });
      for (const front of [cover, contents]) {
        const doc = await PDFDocument.load(front);
        (await book.copyPages(doc, doc.getPageIndices())).forEach((p) => book.addPage(p));
      }
      for (const part of plan) {
        const src = parts.find((p) => p.slug === part.slug)!.doc;
        const copied = await book.copyPages(src, src.getPageIndices());
        copied.forEach((p) => book.addPage(p));
        stamp(digits, copied, part.first);
        // Each chapter on its own too, with the book's page numbers.
        const alone = await PDFDocument.create();
        (await alone.copyPages(src, src.getPageIndices())).forEach((p) => alone.addPage(p));
        stamp(await alone.embedFont(StandardFonts.Helvetica), alone.getPages(), part.first);
        meta(alone, `${part.code ? `${part.code} ` : ''}${part.title}`);
        writeFileSync(join(out, `${part.slug}.pdf`), await alone.save({ useObjectStreams: false }));
      }
      meta(book, edition.subtitle ? `${title}：${edition.subtitle.zh}` : title);
      writeFileSync(join(out, 'edition.pdf'), await book.save({ useObjectStreams: false }));
      console.log(
        `✓ public/downloads/${year}/edition.pdf: ${book.getPageCount()} pages (cover, contents, ${plan.length} ` +
          `parts); ${plan.length} part PDFs`,
      );
    } finally {
      await browser.close();
      await server.stop();
    }
  }

  async function exportEpub(): Promise<void> {
    const resources: EpubResource[] = [];
    const chapters = stops.map((s, i) => {
      const html = readFileSync(join(root, 'dist', String(year), s.slug, 'index.html'), 'utf8');
      const article = /<article[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
      const slugs = new Set(stops.map((x) => x.slug));
      const body = toXhtml(`<article>${article}</article>`, {
        drop: ({ name, attributes }) =>
          ['script', 'style', 'link', 'button', 'nav', 'form', 'aside', 'details'].includes(name) ||
          SCREEN_ONLY.test(attributes.class ?? ''),
        url: (value, attribute) => {
          if (attribute === 'src' && value.startsWith('/images/')) {
            const path = value.slice(1);
            if (!resources.some((r) => r.path === path))
              resources.push({
                path,
                bytes: readFileSync(join(root, 'public', path)),
                mediaType: value.endsWith('.png')
                  ? 'image/png'
                  : value.endsWith('.svg')
                    ? 'image/svg+xml'
                    : value.endsWith('.gif')
                      ? 'image/gif'
                      : value.endsWith('.webp')
                        ? 'image/webp'
                        : 'image/jpeg',
              });
            return path;
          }
          const m = new RegExp(`^/${year}/([^/#]+)/?(#.*)?$`).exec(value);
          if (m && slugs.has(m[1]!)) return `${m[1]}.xhtml${m[2] ?? ''}`;
          return value.startsWith('#') || /^https?:|^mailto:/.test(value)
            ? value
            : new URL(value, siteAddress().site).href;
        },
      });
      return {
        id: `p${String(i + 1).padStart(2, '0')}-${s.slug}`,
        title: `${s.code ? `${s.code} ` : ''}${s.title}`,
        body,
        svg: body.includes('<svg'),
        mathml: body.includes('<math'),
      };
    });
    // The font, cut down to the characters the book uses (a whole CJK font is 10 MB).
    const require = createRequire(import.meta.url);
    const used = [
      ...new Set(chapters.map((c) => c.body.replace(/<[^>]+>/g, '') + c.title).join('') + title + contentsHeading),
    ].join('');
    const font = await subsetFont(
      readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
      used,
      { targetFormat: 'woff2' },
    );
    resources.push({ path: 'fonts/NotoSansSC-subset.woff2', bytes: font, mediaType: 'font/woff2' });
    const epub = await buildEpub({
      identifier: edition.isbn
        ? `urn:isbn:${edition.isbn.replaceAll('-', '')}`
        : new URL(`/${year}/`, siteAddress().site).href,
      title: edition.subtitle ? `${title}：${edition.subtitle.zh}` : title,
      language: edition.language,
      contentsHeading,
      creators: edition.editors.chief,
      publisher: edition.publisher.zh,
      date: edition.published,
      modified: dated.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      css: epubCss('fonts/NotoSansSC-subset.woff2'),
      chapters,
      resources,
    });
    writeFileSync(join(out, 'edition.epub'), epub);
    console.log(
      `✓ public/downloads/${year}/edition.epub: ${chapters.length} documents, font subset ` +
        `${(font.length / 1024).toFixed(0)} KB, ${(epub.length / 1024).toFixed(0)} KB in all`,
    );
  }

  if (format === 'pdf' || format === 'all') await exportPdf();
  if (format === 'epub' || format === 'all') await exportEpub();
  return rebuild ? build() : 0;
}
