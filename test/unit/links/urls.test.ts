import { describe, expect, it } from 'vitest';
import { href, pageUrl } from '../../../src/lib/links/urls.ts';

describe('href(base, ...segments)', () => {
  it('href("/", 2018, "b1") is /2018/b1/', () => expect(href('/', 2018, 'b1')).toBe('/2018/b1/'));
  it('href("/bluebook/", 2018) keeps the sub-path', () => expect(href('/bluebook/', 2018)).toBe('/bluebook/2018/'));
  it('href("/", "favicon.svg") adds no trailing slash to a file', () =>
    expect(href('/', 'favicon.svg')).toBe('/favicon.svg'));
  it('href("/") is the root', () => expect(href('/')).toBe('/'));
  it('pageUrl("/sub", 2019, "preface") joins with single slashes', () =>
    expect(pageUrl('/sub', 2019, 'preface')).toBe('/sub/2019/preface/'));
});
