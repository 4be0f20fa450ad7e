import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../../src/lib/content/format-figure.ts';

describe('formatMonth(date, locale)', () => {
  it('formatMonth("2017-12") is 2017年12月', () => expect(formatMonth('2017-12')).toBe('2017年12月'));
  it('formatMonth("2016-10-14") is 2016年10月14日', () => expect(formatMonth('2016-10-14')).toBe('2016年10月14日'));
  it('formatMonth("2017-12", "en") is Dec 2017', () => expect(formatMonth('2017-12', 'en')).toBe('Dec 2017'));
});
