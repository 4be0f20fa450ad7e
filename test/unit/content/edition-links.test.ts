import { describe, expect, it } from 'vitest';
import { editionLinks, latestYear } from '../../../src/lib/links/edition-links.ts';

const editions = [
  { year: 2018, pages: new Set(['', 'b1', 'b2', 'preface']) },
  { year: 2019, pages: new Set(['', 'b1', 'b10']) },
];

describe('editionLinks(editions, base, currentYear, pageKey)', () => {
  it('links to the same chapter where the other edition has it, newest first', () => {
    expect(editionLinks(editions, '/', 2018, 'b1')).toEqual([
      { year: 2019, url: '/2019/b1/', current: false, samePage: true },
      { year: 2018, url: '/2018/b1/', current: true, samePage: true },
    ]);
  });
  it('falls back to the edition home where the page does not exist there', () => {
    expect(editionLinks(editions, '/sub/', 2018, 'preface')[0]).toEqual({
      year: 2019,
      url: '/sub/2019/',
      current: false,
      samePage: false,
    });
  });
});

describe('latestYear(editions)', () => {
  it('is the largest year whatever the order', () => expect(latestYear([...editions].reverse())).toBe(2019));
  it('throws on no edition', () => expect(() => latestYear([])).toThrow(/no edition/));
  it('skips a draft: with 2019 a draft, 2018 is the latest; with every edition a draft, the newest', () => {
    expect(latestYear([editions[0]!, { ...editions[1]!, draft: true }])).toBe(2018);
    expect(latestYear(editions.map((e) => ({ ...e, draft: true })))).toBe(2019);
  });
});
