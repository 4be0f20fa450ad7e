import { esc } from '../text/escape.ts';

/** One stop of the book in reading order (front matter, then chapters), with its page count once printed. */
export interface BookPart {
  slug: string;
  code: string;
  title: string;
  pages: number;
}
/** The parts with the page each starts on: the cover and contents come first, unnumbered. */
export interface PlannedPart extends BookPart {
  first: number;
}

/** First pages, numbering the body from 1 (the cover and the contents pages carry no number). */
export function planBook(parts: readonly BookPart[]): PlannedPart[] {
  let page = 1;
  return parts.map((p) => {
    const planned = { ...p, first: page };
    page += p.pages;
    return planned;
  });
}

/** What the cover of an edition says. */
export interface CoverText {
  series: string;
  title: string;
  subtitle?: string | undefined;
  editors: string;
  publisher: string;
  year: string;
}

const page = (body: string, lang: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
@page { size: 184mm 260mm; margin: 24mm 20mm; }
body {
  font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans SC", serif;
  color: #000; margin: 0; line-break: strict;
}
.cover { height: 212mm; display: flex; flex-direction: column; justify-content: space-between; text-align: center; }
.cover .series { font-size: 14pt; letter-spacing: 0.3em; }
.cover h1 { font-size: 26pt; line-height: 1.4; margin: 40mm 0 6mm; break-inside: avoid; }
.cover .subtitle { font-size: 15pt; }
.cover .editors, .cover .publisher { font-size: 12pt; }
h1.contents { font-size: 18pt; text-align: center; margin: 0 0 10mm; letter-spacing: 0.5em; }
ol { list-style: none; padding: 0; margin: 0; }
li { display: flex; align-items: baseline; gap: 2mm; font-size: 11pt; line-height: 2; break-inside: avoid; }
li .code { min-width: 12mm; }
li .dots { flex: 1; border-bottom: 1px dotted #555; transform: translateY(-1mm); }
</style></head><body>${body}</body></html>`;

/** The cover page as HTML for Chromium to print. */
export function coverHtml(c: CoverText, lang = 'zh-CN'): string {
  const subtitle = c.subtitle ? `<p class="subtitle">${esc(c.subtitle)}</p>` : '';
  return page(
    `<div class="cover"><div><p class="series">${esc(c.series)}</p><h1>${esc(c.title)}</h1>${subtitle}` +
      `<p class="editors">${esc(c.editors)}</p></div>` +
      `<p class="publisher">${esc(c.publisher)}<br>${esc(c.year)}</p></div>`,
    lang,
  );
}

/** The contents with the page each part starts on. */
export function contentsHtml(parts: readonly PlannedPart[], heading = '目录', lang = 'zh-CN'): string {
  const items = parts
    .map(
      (p) =>
        `<li><span class="code">${esc(p.code)}</span><span class="title">${esc(p.title)}</span><span ` +
        `class="dots"></span><span class="page">${p.first}</span></li>`,
    )
    .join('');
  return page(`<h1 class="contents">${esc(heading)}</h1><ol>${items}</ol>`, lang);
}
