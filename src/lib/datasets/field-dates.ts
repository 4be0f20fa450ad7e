import { type Convert, INVALID } from './field-value.ts';
import { escapeRe } from './field-numbers.ts';

const daysIn = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validDate = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const validTime = (h: number, mi: number, s: number) => h <= 23 && mi <= 59 && s <= 60;

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const directives: Record<string, { re: string; key: string }> = {
  Y: { re: '(\\d{4})', key: 'Y' },
  y: { re: '(\\d{2})', key: 'y' },
  m: { re: '(\\d{1,2})', key: 'm' },
  d: { re: '(\\d{1,2})', key: 'd' },
  e: { re: '\\s?(\\d{1,2})', key: 'd' },
  H: { re: '(\\d{1,2})', key: 'H' },
  I: { re: '(\\d{1,2})', key: 'I' },
  M: { re: '(\\d{2})', key: 'M' },
  S: { re: '(\\d{2})', key: 'S' },
  f: { re: '(\\d{1,6})', key: 'f' },
  p: { re: '(AM|PM|am|pm)', key: 'p' },
  b: { re: '([A-Za-z]{3})', key: 'b' },
  B: { re: '([A-Za-z]+)', key: 'b' },
  z: { re: '(Z|[+-]\\d{2}:?\\d{2})', key: 'z' },
};

interface Parts {
  Y?: number;
  m?: number;
  d?: number;
  H?: number;
  M?: number;
  S?: number;
  f?: string;
  z?: string;
}

/** A strptime pattern (`%d/%m/%Y`, Table Schema's custom date format) as a reader of parts. */
function strptime(pattern: string): ((t: string) => Parts | undefined) | undefined {
  const keys: string[] = [];
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '%') {
      re += escapeRe(c);
      continue;
    }
    const d = pattern[++i];
    if (d === '%') {
      re += '%';
      continue;
    }
    const dir = d ? directives[d] : undefined;
    if (!dir) return undefined;
    re += dir.re;
    keys.push(dir.key);
  }
  const compiled = new RegExp(`^${re}$`);
  return (t) => {
    const m = compiled.exec(t);
    if (!m) return undefined;
    const p: Parts & { y?: number; I?: number; p?: string; b?: string } = {};
    keys.forEach((k, i) => {
      const v = m[i + 1]!;
      if (k === 'p' || k === 'f' || k === 'z') (p as Record<string, string>)[k] = v;
      else if (k === 'b') {
        const month = months.indexOf(v.slice(0, 3).toLowerCase());
        p.m = month + 1 || -1;
      } else (p as Record<string, number>)[k] = Number(v);
    });
    if (p.y !== undefined && p.Y === undefined) p.Y = p.y < 69 ? 2000 + p.y : 1900 + p.y;
    if (p.I !== undefined) p.H = (p.I % 12) + (p.p?.toLowerCase() === 'pm' ? 12 : 0);
    return p;
  };
}

const isoTime = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;
const isoDatetime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
// Written dates editors and office software produce, for `format: any`.
const anyDates: ((t: string) => Parts | undefined)[] = [
  '%Y-%m-%d',
  '%Y/%m/%d',
  '%Y.%m.%d',
  '%Y年%m月%d日',
  '%d %b %Y',
  '%b %d, %Y',
  '%Y%m%d',
].map((p) => strptime(p)!);

export function dateConverter(format: string | undefined): Convert {
  const toIso = (p: Parts | undefined) =>
    p && p.Y !== undefined && p.m !== undefined && p.d !== undefined && validDate(p.Y, p.m, p.d)
      ? `${pad(p.Y, 4)}-${pad(p.m)}-${pad(p.d)}`
      : INVALID;
  if (format && format !== 'default' && format !== 'any') {
    const read = strptime(format);
    return read ? (t) => toIso(read(t)) : () => INVALID;
  }
  if (format === 'any')
    return (t) => {
      for (const read of anyDates) {
        const v = toIso(read(t));
        if (v !== INVALID) return v;
      }
      return INVALID;
    };
  // YYYY and YYYY-MM are accepted under `date` (a Bluebook leniency: published tables write a
  // year or a month where the standard would want `year` or `yearmonth`); they stay as written.
  return (t) => (plainDate(t, 0, t.length) ? t : INVALID);
}

/** Whether `text` from `from` to `to` is a date YYYY, YYYY-MM or YYYY-MM-DD that exists. */
export function plainDate(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  const digit = (i: number) => {
    const c = text.charCodeAt(from + i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
  };
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  if (Number.isNaN(year)) return false;
  if (n === 4) return true;
  if (text.charCodeAt(from + 4) !== 45) return false;
  const month = digit(5) * 10 + digit(6);
  if (n === 7) return validDate(year, month, 1);
  if (text.charCodeAt(from + 7) !== 45) return false;
  return validDate(year, month, digit(8) * 10 + digit(9));
}

export function timeConverter(format: string | undefined): Convert {
  const read = format && format !== 'default' && format !== 'any' ? strptime(format) : undefined;
  return (t) => {
    if (read) {
      const p = read(t);
      if (!p || p.H === undefined || p.M === undefined || !validTime(p.H, p.M, p.S ?? 0)) return INVALID;
      return `${pad(p.H)}:${pad(p.M)}:${pad(p.S ?? 0)}`;
    }
    const m = isoTime.exec(t) ?? (format === 'any' ? /^(\d{1,2}):(\d{2})()$/.exec(t) : null);
    if (!m || !validTime(Number(m[1]), Number(m[2]), Number(m[3] || 0))) return INVALID;
    return format === 'any' ? `${pad(Number(m[1]))}:${m[2]}:${m[3] || '00'}` : t;
  };
}

export function datetimeConverter(format: string | undefined): Convert {
  const read = format && format !== 'default' && format !== 'any' ? strptime(format) : undefined;
  return (t) => {
    if (read) {
      const p = read(t);
      if (
        !p ||
        p.Y === undefined ||
        p.m === undefined ||
        p.d === undefined ||
        !validDate(p.Y, p.m, p.d) ||
        !validTime(p.H ?? 0, p.M ?? 0, p.S ?? 0)
      )
        return INVALID;
      return `${pad(p.Y, 4)}-${pad(p.m)}-${pad(p.d)}T${pad(p.H ?? 0)}:${pad(p.M ?? 0)}:${pad(p.S ?? 0)}${p.z ?? ''}`;
    }
    const s = format === 'any' ? t.replace(' ', 'T') : t;
    const m = isoDatetime.exec(s);
    if (
      !m ||
      !validDate(Number(m[1]), Number(m[2]), Number(m[3])) ||
      !validTime(Number(m[4]), Number(m[5]), Number(m[6]))
    )
      return INVALID;
    return s;
  };
}
