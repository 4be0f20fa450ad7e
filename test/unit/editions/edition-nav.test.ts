import { describe, expect, it } from 'vitest';
import {
  fillNav,
  navMarker,
  olderBanner,
  pageKeyOfUrl,
  switcherItems,
  type NavPlace,
} from '../../../src/lib/editions/edition-nav.ts';
import { pageKeyOfFile } from '../../../src/lib/shards/shard-store.ts';

const editions = [
  { year: 2018, pages: new Set(['', 'b1', 'figures/fig-1']) },
  { year: 2019, pages: new Set(['', 'b1']) },
  { year: 2020, pages: new Set(['', 'b1', 'figures/fig-1']), draft: true },
];
const place = (over: Partial<NavPlace> = {}): NavPlace => ({
  year: 2018,
  key: 'figures/fig-1',
  base: '/',
  locale: 'zh-CN',
  draft: false,
  ...over,
});

describe('switcherItems(editions, place)', () => {
  it('links the same page where an edition has it, else its home; marks this one and the latest', () => {
    expect(switcherItems(editions, place())).toBe(
      '<li><a href="/2020/figures/fig-1/">2020年版</a></li>' +
        '<li><a href="/2019/">2019年版（最新版）</a></li>' +
        '<li><a href="/2018/figures/fig-1/" aria-current="page">2018年版</a></li>',
    );
  });
  it('speaks the page’s interface language under its base', () => {
    expect(switcherItems(editions, place({ key: 'b1', base: '/en/', locale: 'en' }))).toContain(
      '<a href="/en/2019/b1/">2019 edition (latest)</a>',
    );
  });
});

describe('olderBanner(editions, place)', () => {
  it('points an older published edition to the same page in the latest', () => {
    expect(olderBanner(editions, place({ key: 'b1' }))).toMatch(
      /^<div class="older-edition" role="note"><p>.*2018.*<a href="\/2019\/b1\/">.*2019.*<\/a><\/p><\/div>$/,
    );
  });
  it('is empty on the latest edition and on a draft', () => {
    expect(olderBanner(editions, place({ year: 2019 }))).toBe('');
    expect(olderBanner(editions, place({ year: 2020, draft: true }))).toBe('');
  });
});

describe('fillNav(html, editions)', () => {
  it('replaces each marker with what it stands for and leaves the rest of the page alone', () => {
    const p = place({ key: 'b1' });
    const html = `<ul>${navMarker('switcher', p)}</ul><main>${navMarker('banner', p)}<p>正文 --&gt; 保留</p></main>`;
    expect(fillNav(html, editions)).toBe(
      `<ul>${switcherItems(editions, p)}</ul><main>${olderBanner(editions, p)}<p>正文 --&gt; 保留</p></main>`,
    );
  });
  it('reads a marker whose key has characters a page key may carry', () => {
    const p = place({ key: 'rankings/智慧城市/a>b' });
    expect(fillNav(navMarker('switcher', p), editions)).toBe(switcherItems(editions, p));
  });
});

describe('pageKeyOfUrl(pathname, base, year) and pageKeyOfFile(path)', () => {
  it('agree on a page’s key inside its edition', () => {
    expect(pageKeyOfUrl('/2019/figures/fig-1/', '/', 2019)).toBe('figures/fig-1');
    expect(pageKeyOfUrl('/report/en/2019/', '/report/en/', 2019)).toBe('');
    expect(pageKeyOfFile('2019/figures/fig-1/index.html')).toBe('figures/fig-1');
    expect(pageKeyOfFile('2019/index.html')).toBe('');
    expect(pageKeyOfFile('en/2019/b1/index.html')).toBeUndefined();
    expect(pageKeyOfFile('2019/figures/fig-1.png')).toBeUndefined();
  });
});
