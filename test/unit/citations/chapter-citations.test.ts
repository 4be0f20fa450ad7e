import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/lib/content/find-citations.ts';
import { citeChapter } from '../../../src/lib/citations/cite-chapter.ts';
import { loadReferences } from '../../../src/lib/citations/references.ts';
import { citationProblems } from '../../../src/lib/citations/check-citations.ts';
import { findCitationGroups } from '../../../src/lib/content/find-tags.ts';

const bib = readFixture();
function readFixture() {
  return `@book{chen2018, editor = {陈劲}, title = {特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准}, publisher = {社会科学文献出版社}, address = {北京}, year = {2018}}
@article{saaty2008, author = {Saaty, Thomas L.}, title = {Decision making with the analytic hierarchy process}, journal = {International Journal of Services Sciences}, volume = {1}, number = {1}, pages = {83--98}, year = {2008}}
`;
}
const edition = (files: Record<string, string>) => {
  const root = mkdtempSync(join(tmpdir(), 'bluebook-cite-'));
  const dir = join(root, 'content', '2019');
  for (const [name, text] of Object.entries({ 'edition.yaml': '', ...files })) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  return { root, dir };
};

describe('findCitations(text)', () => {
  it('reads Pandoc groups: one key, several keys, a page locator, a prefix', () => {
    expect(findCitations('见[@chen2018]。').map((g) => g.works)).toEqual([[{ key: 'chen2018' }]]);
    expect(findCitations('[@a; @b_2, p. 12]')[0]!.works).toEqual([{ key: 'a' }, { key: 'b_2', locator: '12' }]);
    expect(findCitations('[see @saaty2008, pp. 83–85]')[0]!.works).toEqual([
      { key: 'saaty2008', locator: '83–85', prefix: 'see' },
    ]);
    expect(findCitations('[@陈劲2018，第3页；@b]')[0]!.works.map((w) => w.key)).toEqual(['陈劲2018', 'b']);
  });
  it('leaves e-mail addresses, links and footnotes alone', () => {
    expect(findCitations('[mail@example.org] [a @b](https://x.org) [^n@x]')).toEqual([]);
  });
});

describe('citeChapter(groups, items, style, heading)', () => {
  const items = (() => {
    const { dir } = edition({ 'references.bib': bib });
    return loadReferences(dir).items;
  })();
  it('numbers works in the order first cited (GB/T 7714 numeric) and lists them so', () => {
    const groups = findCitations('前文[@saaty2008, p. 85]，后文[@chen2018; @saaty2008]。');
    const { clusters, bibliography } = citeChapter(
      groups,
      items,
      'china-national-standard-gb-t-7714-2015-numeric',
      '参考文献',
    );
    expect(clusters[0]).toBe('<a class="citation" href="#ref-saaty2008"><sup>[1]85</sup></a>');
    expect(clusters[1]).toBe('<a class="citation" href="#ref-chen2018"><sup>[1,2]</sup></a>');
    const entries = [...bibliography.matchAll(/<li id="ref-([^"]+)">(.*?)<\/li>/gs)].map((m) => [
      m[1],
      m[2]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ]);
    expect(entries).toEqual([
      [
        'saaty2008',
        '[1] SAATY T L. Decision making with the analytic hierarchy process[J]. International Journal of Services Sciences, 2008, 1(1): 83-98.',
      ],
      [
        'chen2018',
        '[2] 陈劲. 特色小镇智慧运营报告（2018）：顶层设计与智慧架构标准[M]. 北京: 社会科学文献出版社, 2018.',
      ],
    ]);
    expect(bibliography).toContain('<h2 id="references">参考文献</h2>');
  });
  it('in an author-date style, cites (author, year, page)', () => {
    const { clusters } = citeChapter(findCitations('[@saaty2008, p. 85]'), items, 'apa', 'References');
    expect(clusters[0]!.replace(/<[^>]+>/g, '')).toBe('(Saaty, 2008, p. 85)');
  });
});

describe('loadReferences(dir) and citationProblems(root, year, pages)', () => {
  it('reads BibTeX and CSL-JSON; no file is no works', () => {
    expect(loadReferences(edition({ 'references.bib': bib }).dir).items.map((i) => i.id)).toEqual([
      'chen2018',
      'saaty2008',
    ]);
    expect(
      loadReferences(
        edition({ 'references.json': JSON.stringify([{ id: 'x', type: 'book', title: 'X' }]) }).dir,
      ).items.map((i) => i.id),
    ).toEqual(['x']);
    expect(loadReferences(edition({}).dir)).toEqual({ items: [], problems: [] });
  });
  it('a BibTeX file that does not parse is one problem at its line and column', () => {
    const { root } = edition({ 'references.bib': `${bib}@book{broken,\n  title = {未闭合\n` });
    const page = { file: 'content/2019/chapters/b1.mdx', body: '[@chen2018] [@saaty2008]', bodyLine: 8 };
    const problems = citationProblems(root, 2019, [page]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/2019/references.bib', line: 5, where: 'references.bib' });
  });
  it('an unknown key is reported at its file:line:col, with keys that look like it', () => {
    const { root } = edition({ 'references.bib': bib });
    const body = '第一段。\n\n引用[@chen2018]，又引[@Chen2018; @saaty2009]，代码 `[@nokey]` 不算。\n';
    const problems = citationProblems(root, 2019, [{ file: 'content/2019/chapters/b1.mdx', body, bodyLine: 9 }]);
    expect(problems.map((p) => [p.line, p.column, p.found, p.expected])).toEqual([
      [11, 17, '@Chen2018', 'a key of content/2019/references.bib (such as chen2018)'],
      [11, 17, '@saaty2009', 'a key of content/2019/references.bib (such as saaty2008)'],
    ]);
  });
  it('citing with no bibliography says which file to add', () => {
    const { root } = edition({});
    const [p] = citationProblems(root, 2019, [{ file: 'content/2019/chapters/b1.mdx', body: '[@x]', bodyLine: 1 }]);
    expect(p!.expected).toBe(
      'a bibliography file content/2019/references.bib (or references.json) holding the cited works',
    );
  });
  it('findCitationGroups(body, firstLine) places each group', () => {
    expect(findCitationGroups('a\n\nb [@x]', 5).map((g) => [g.line, g.column])).toEqual([[7, 3]]);
  });
});
