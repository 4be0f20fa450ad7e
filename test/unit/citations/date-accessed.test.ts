import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { dateAccessed } from '../../../src/lib/citations/date-accessed.ts';
import { formatReference } from '../../../src/lib/citations/format.ts';
import { figureWork, latestWork } from '../../../src/lib/citations/work.ts';
import { citationStyleIds } from '../../../src/lib/content/citation-styles.ts';
import { editionSchema } from '../../../src/lib/content/schema.ts';

const edition = editionSchema.parse(parseYaml(readFileSync('content/2018/edition.yaml', 'utf8')));
const pinned = figureWork(
  edition,
  { id: 'towns-2016-by-province', number: '图1-1', title: '第一批中国特色小镇的省份分布' },
  'https://example.org/2018/figures/towns-2016-by-province/',
);
const latest = latestWork(
  pinned,
  edition,
  'https://example.org/latest/figures/towns-2016-by-province/',
  '第一批中国特色小镇的省份分布',
);
const sept5 = new Date(2027, 8, 5);

describe('latestWork(item, edition, url, title)', () => {
  it('cites the /latest/ address as a web page of the series, with no edition year, number or ISBN', () => {
    for (const style of citationStyleIds) {
      const text = formatReference(latest, style).text;
      expect(text, style).toContain('https://example.org/latest/figures/towns-2016-by-province/');
      expect(text, style).toContain('第一批中国特色小镇的省份分布');
      expect(text, style).not.toMatch(/2018|图1-1|978-/);
    }
    expect(formatReference(latest, citationStyleIds[0]).text).toContain('[EB/OL]');
  });
});

describe('dateAccessed(text, today)', () => {
  it('dates every style’s rendering of the placeholder, the pinned and the latest citation alike', () => {
    const expected: Record<string, RegExp> = {
      'china-national-standard-gb-t-7714-2015-numeric': /\[2027\]\[2027-09-05\]/,
      'china-national-standard-gb-t-7714-2015-author-date': /, \[2027\]\..*\[2027-09-05\]/,
      apa: /Retrieved September 5, 2027, from/,
      'chicago-author-date': /Accessed September 5, 2027\./,
      'modern-language-association': /Accessed 5 Sept\. 2027\./,
    };
    for (const style of citationStyleIds) {
      const dated = dateAccessed(formatReference(latest, style).text, sept5);
      expect(dated, style).toMatch(expected[style]!);
      expect(dated, style).not.toContain('9999');
      expect(dateAccessed(formatReference(pinned, style).text, sept5), style).not.toContain('9999');
    }
  });
  it('leaves a text without the placeholder as it is', () => {
    expect(dateAccessed('陈劲. 特色小镇[M]. 北京: 社会科学文献出版社, 2018.', sept5)).toBe(
      '陈劲. 特色小镇[M]. 北京: 社会科学文献出版社, 2018.',
    );
  });
});
