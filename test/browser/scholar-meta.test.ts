// The built chapter pages carry what Zotero's page reader and Google Scholar read (Highwire
// citation_* tags), in both interfaces, all pointing at the Chinese page.
import { readFileSync } from 'node:fs';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { describe, expect, it } from 'vitest';

const tags = (file: string) => {
  const out: [string, string][] = [];
  walkSync(
    parse(readFileSync(file, 'utf8')),
    (n: { type: number; name?: string; attributes?: Record<string, string> }) => {
      if (n.type === ELEMENT_NODE && n.name === 'meta' && n.attributes?.name?.startsWith('citation_'))
        out.push([n.attributes.name, n.attributes.content!]);
    },
  );
  return out;
};

describe('citation_* tags on the built chapter pages', () => {
  it('B.1 names its title, author, the book, its editor, publisher, date, ISBN, first page and language', () => {
    const t = tags('dist/2018/b1/index.html');
    const get = (n: string) => t.filter(([k]) => k === n).map(([, v]) => v);
    expect(get('citation_title')).toEqual(['特色小镇与智慧城市发展趋势']);
    expect(get('citation_author')).toEqual(['陈劲']);
    expect(get('citation_inbook_title')).toEqual(['特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准']);
    expect(get('citation_publisher')).toEqual(['社会科学文献出版社']);
    expect(get('citation_publication_date')).toEqual(['2018/01']);
    expect(get('citation_isbn')).toEqual(['978-7-5201-2179-8']);
    expect(get('citation_firstpage')).toEqual(['1']);
    expect(get('citation_language')).toEqual(['zh']);
    expect(get('citation_editor').length).toBeGreaterThan(0);
    expect(get('citation_public_url')[0]).toMatch(/\/2018\/b1\/$/);
  });
  it("the English interface's page carries the same tags", () => {
    expect(tags('dist/en/2018/b1/index.html')).toEqual(tags('dist/2018/b1/index.html'));
  });
  it('pages other than chapters carry none', () => {
    expect(tags('dist/2018/index.html')).toEqual([]);
    expect(tags('dist/2018/preface/index.html')).toEqual([]);
  });
});

describe('COinS on the built figure pages', () => {
  it('图1-3 carries an OpenURL book-item record a reference manager reads', () => {
    const html = readFileSync('dist/2018/figures/town-types-2016/index.html', 'utf8');
    const span = /<span class="Z3988" title="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&');
    const kev = new URLSearchParams(span);
    expect(kev.get('ctx_ver')).toBe('Z39.88-2004');
    expect(kev.get('rft.genre')).toBe('bookitem');
    expect(kev.get('rft.atitle')).toBe('图1-3 第一批中国特色小镇的类型');
    expect(kev.get('rft.btitle')).toBe('特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准');
    expect(kev.get('rft.pub')).toBe('社会科学文献出版社');
    expect(kev.get('rft.date')).toBe('2018');
    expect(kev.get('rft_id')).toMatch(/\/2018\/figures\/town-types-2016\/$/);
  });
});

describe('oEmbed for chapters', () => {
  it('B.1 names a link-type oEmbed response with its title, authors and card', () => {
    const html = readFileSync('dist/2018/b1/index.html', 'utf8');
    const href = /<link rel="alternate" type="application\/json\+oembed" href="https?:\/\/[^/"]+(\/[^"]+)"/.exec(
      html,
    )![1]!;
    expect(href).toBe('/2018/b1/oembed.json');
    const o = JSON.parse(readFileSync(`dist${href}`, 'utf8')) as Record<string, unknown>;
    expect(o).toMatchObject({
      version: '1.0',
      type: 'link',
      title: 'B.1 特色小镇与智慧城市发展趋势',
      author_name: '陈劲',
      provider_name: '特色小镇蓝皮书',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(String(o.thumbnail_url)).toMatch(/\/og\/2018\/b1\.png$/);
  });
});

describe('"cite this chapter" and "cite this book" on the built pages', () => {
  const section = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const at = html.indexOf('<section class="cite-this"');
    return html.slice(at, html.indexOf('</section>', at));
  };
  const cites = (s: string) =>
    [...s.matchAll(/<p class="snippet"[^>]*>([^<]+)<\/p>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
  it('B.2 is cited with its own author in GB/T 7714, as a part of the book, with its first printed page', () => {
    const s = section('dist/2018/b2/index.html');
    expect(s).toContain('>引用本章</h2>');
    expect(cites(s)[0]).toMatch(
      /^谢俊\. 中国特色小镇发展状况\[M\/OL\]\/\/陈劲\. 特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准\. 北京: 社会科学文献出版社, 2018: \d+\. https?:\/\/[^ ]+\/2018\/b2\/\.$/,
    );
    expect(s).toContain('href="/2018/b2/cite.ris"');
  });
  it('the imprint page cites the edition as a book by its chief editor, with its ISBN in the files', () => {
    const s = section('dist/2018/imprint/index.html');
    expect(s).toContain('>引用本书</h2>');
    expect(cites(s)[0]).toMatch(
      /^陈劲\. 特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准\[M\/OL\]\. 北京: 社会科学文献出版社, 2018\. https?:\/\/[^ ]+\/2018\/\.$/,
    );
    expect(readFileSync('dist/2018/cite.ris', 'utf8')).toContain('SN  - 978-7-5201-2179-8');
  });
  it('prose pages stay script-free: a chapter without figures (B.3) and the imprint page ship no script for their citations', () => {
    for (const f of ['dist/2018/b3/index.html', 'dist/2018/imprint/index.html'])
      expect(readFileSync(f, 'utf8')).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/);
  });
});
