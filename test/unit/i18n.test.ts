import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import { localeBase, localeOfPath, switchLocalePath, t } from '../../src/lib/i18n/ui.ts';

describe('t(key, vars, locale)', () => {
  it('t("contents.page", {page: "001"}) is 第001页 in Chinese and p. 001 in English', () => {
    expect(t('contents.page', { page: '001' })).toBe('第001页');
    expect(t('contents.page', { page: '001' }, 'en')).toBe('p. 001');
  });
  it('every interface string exists in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
});

describe('localeOfPath(pathname, base)', () => {
  it('is en under /en/ and zh-CN elsewhere, also under a sub-path', () => {
    expect(localeOfPath('/en/2018/b1/')).toBe('en');
    expect(localeOfPath('/2018/b1/')).toBe('zh-CN');
    expect(localeOfPath('/sub/en/', '/sub/')).toBe('en');
    expect(localeOfPath('/english/')).toBe('zh-CN');
  });
});

describe('switchLocalePath(pathname, base, to)', () => {
  it('maps /2018/b1/ to /en/2018/b1/ and back', () => {
    expect(switchLocalePath('/2018/b1/', '/', 'en')).toBe('/en/2018/b1/');
    expect(switchLocalePath('/en/2018/b1/', '/', 'zh-CN')).toBe('/2018/b1/');
    expect(switchLocalePath('/sub/2018/', '/sub/', 'en')).toBe('/sub/en/2018/');
  });
  it('localeBase("/sub", "en") is /sub/en/', () => expect(localeBase('/sub', 'en')).toBe('/sub/en/'));
});
