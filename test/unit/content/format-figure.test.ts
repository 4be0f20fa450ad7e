import { describe, expect, it } from 'vitest';
import { formatMonth, formatNumber } from '../../../src/lib/content/format-figure.ts';

describe('formatNumber(value, locale)', () => {
  it('formatNumber(11200) is 11,200', () => expect(formatNumber(11200)).toBe('11,200'));
  it('formatNumber(50.3937) keeps two decimals', () => expect(formatNumber(50.3937)).toBe('50.39'));
});
describe('formatMonth(date, locale)', () => {
  it('formatMonth("2017-12") is 2017年12月', () => expect(formatMonth('2017-12')).toBe('2017年12月'));
  it('formatMonth("2016-10-14") is 2016年10月14日', () => expect(formatMonth('2016-10-14')).toBe('2016年10月14日'));
  it('formatMonth("2017-12", "en") is Dec 2017', () => expect(formatMonth('2017-12', 'en')).toBe('Dec 2017'));
});
