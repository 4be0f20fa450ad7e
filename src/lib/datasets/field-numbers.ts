import type { Field } from './descriptor.ts';
import { INVALID } from './field-value.ts';

// Thousands separators are accepted without `groupChar` because Chinese office exports write
// 1,000 for 1000 (a Bluebook leniency; a declared decimalChar "," turns it off).
const integerText = /^[+-]?(\d+|\d{1,3}(,\d{3})+)$/;
const numberText = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const powers = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written in `text` from `from` to `to` when it is plain ([+-]digits[.digits], at
 * most 15 digits, no point in an integer), else undefined (the full reading decides). Such a
 * number is an integer below 2^53 divided by an exact power of ten, a division IEEE rounds
 * once: the same double as Number(), without cutting the text out first.
 */
export function plainNumber(text: string, from: number, to: number, integer: boolean): number | undefined {
  let i = from;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) i++;
  let m = 0;
  let digits = 0;
  while (i < to && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
    m = m * 10 + c - 48;
    digits++;
    i++;
  }
  let fraction = 0;
  if (i < to && c === 46 && !integer) {
    i++;
    while (i < to && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
      m = m * 10 + c - 48;
      fraction++;
      i++;
    }
    if (fraction === 0) return undefined;
  }
  if (i !== to || digits + fraction === 0 || digits + fraction > 15) return undefined;
  const v = fraction ? m / powers[fraction]! : m;
  return negative ? -v : v;
}

/** Table Schema's number options: groupChar, decimalChar, bareNumber (false lets "$" or "%" surround the number). */
export function numberParser(field: Field, integer: boolean): (t: string) => number | typeof INVALID {
  const group = field.groupChar;
  const decimal = field.decimalChar ?? '.';
  const bare = field.bareNumber ?? true;
  const custom = group !== undefined || decimal !== '.';
  const re = custom
    ? new RegExp(
        `^[+-]?\\d+(?:${group ? escapeRe(group) + '\\d+' : '(?!)'})*` +
          `${integer ? '' : `(?:${escapeRe(decimal)}\\d+)?(?:[eE][+-]?\\d+)?`}$`,
      )
    : integer
      ? integerText
      : numberText;
  return (raw) => {
    if (!custom && bare) {
      const quick = plainNumber(raw, 0, raw.length, integer);
      if (quick !== undefined) return quick;
    }
    let t = raw;
    if (!bare) {
      // Keep from the first sign or digit to the last digit: "€ 1.000,5" → "1.000,5", "12%" → "12".
      const m = /[+-]?\d(?:.*\d)?/.exec(t);
      if (!m) return INVALID;
      t = m[0];
    }
    if (!re.test(t)) return INVALID;
    if (custom) {
      if (group) t = t.split(group).join('');
      if (decimal !== '.') t = t.replace(decimal, '.');
    } else if (t.includes(',')) t = t.replaceAll(',', '');
    const n = Number(t);
    // 1e309 parses as Infinity: beyond what a double holds, so not a number a page can show.
    return Number.isFinite(n) ? n : INVALID;
  };
}
