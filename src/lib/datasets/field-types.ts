import type { Cell } from './row.ts';
import type { Field, FieldType } from './descriptor.ts';

export const INVALID = Symbol('invalid');
export type Convert = (text: string) => Cell | typeof INVALID;

export interface Converter {
  convert: Convert;
  /** What a cell of this field must look like, for an editor's message. */
  expected: string;
}

// Thousands separators are accepted without `groupChar` because Chinese office exports write
// 1,000 for 1000 (a Bluebook leniency; a declared decimalChar "," turns it off).
const integerText = /^[+-]?(\d+|\d{1,3}(,\d{3})+)$/;
const numberText = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
function numberParser(field: Field, integer: boolean): (t: string) => number | typeof INVALID {
  const group = field.groupChar;
  const decimal = field.decimalChar ?? '.';
  const bare = field.bareNumber ?? true;
  const custom = group !== undefined || decimal !== '.';
  const re = custom
    ? new RegExp(
        `^[+-]?\\d+(?:${group ? escapeRe(group) + '\\d+' : '(?!)'})*${integer ? '' : `(?:${escapeRe(decimal)}\\d+)?(?:[eE][+-]?\\d+)?`}$`,
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

function dateConverter(format: string | undefined): Convert {
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

function timeConverter(format: string | undefined): Convert {
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

function datetimeConverter(format: string | undefined): Convert {
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

/** geopoint in its three formats: "lon, lat" (default), [lon, lat] (array), {"lon": …, "lat": …} (object). */
function geopointConverter(format: string | undefined): Convert {
  const ok = (lon: number, lat: number) =>
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  return (t) => {
    let lon: number, lat: number;
    if (format === 'array' || format === 'object') {
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return INVALID;
      }
      if (format === 'array') {
        if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'number')) return INVALID;
        [lon, lat] = v as [number, number];
      } else {
        const o = v as { lon?: unknown; lat?: unknown };
        if (!o || typeof o.lon !== 'number' || typeof o.lat !== 'number') return INVALID;
        lon = o.lon;
        lat = o.lat;
      }
    } else {
      const m = /^([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)$/.exec(t);
      if (!m) return INVALID;
      lon = Number(m[1]);
      lat = Number(m[2]);
    }
    return ok(lon, lat) ? `${lon}, ${lat}` : INVALID;
  };
}

const jsonOf =
  (kind: 'object' | 'array'): Convert =>
  (t) => {
    try {
      const v = JSON.parse(t) as unknown;
      return (kind === 'array' ? Array.isArray(v) : v !== null && typeof v === 'object' && !Array.isArray(v))
        ? t
        : INVALID;
    } catch {
      return INVALID;
    }
  };

const stringFormats: Record<string, RegExp> = {
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  binary: /^[A-Za-z0-9+/]*={0,2}$/,
};

const expectedWords: Record<FieldType, string> = {
  string: 'text',
  integer: 'a whole number (e.g. 127 or 1,000)',
  number: 'a number (e.g. 50.39)',
  boolean: 'true/false (or 是/否)',
  date: 'a date YYYY, YYYY-MM or YYYY-MM-DD',
  time: 'a time HH:MM:SS',
  datetime: 'a date and time YYYY-MM-DDTHH:MM:SS (optionally with Z or ±hh:mm)',
  year: 'a year YYYY',
  yearmonth: 'a month YYYY-MM',
  duration: 'an ISO 8601 duration such as P1Y2M or PT30M',
  geopoint: 'a point "lon, lat"',
  geojson: 'a GeoJSON object',
  object: 'a JSON object',
  array: 'a JSON array',
  list: 'a list of values',
  any: 'any value',
};

/** How the cells of one field are read: text → typed value, or INVALID. */
export function converterFor(field: Field): Converter {
  const format = field.format;
  const custom = format && format !== 'default' && format !== 'any' ? ` in the format ${format}` : '';
  switch (field.type) {
    case 'string': {
      const re = format ? stringFormats[format] : undefined;
      return {
        convert: re ? (t) => (re.test(t) ? t : INVALID) : (t) => t,
        expected: re ? `text in the format ${format}` : 'text',
      };
    }
    case 'integer':
    case 'number': {
      const read = numberParser(field, field.type === 'integer');
      const options =
        field.groupChar !== undefined || field.decimalChar !== undefined
          ? ` (groups "${field.groupChar ?? ''}", decimal "${field.decimalChar ?? '.'}")`
          : '';
      return { convert: read, expected: expectedWords[field.type] + options };
    }
    case 'boolean': {
      // Table Schema's defaults, plus 是/否 as Chinese tables write them.
      const yes = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1', '是']);
      const no = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0', '否']);
      return {
        convert: (t) => (yes.has(t) ? true : no.has(t) ? false : INVALID),
        expected: `one of ${[...yes, ...no].join(', ')}`,
      };
    }
    case 'date':
      return { convert: dateConverter(format), expected: custom ? `a date${custom}` : expectedWords.date };
    case 'time':
      return { convert: timeConverter(format), expected: custom ? `a time${custom}` : expectedWords.time };
    case 'datetime':
      return {
        convert: datetimeConverter(format),
        expected: custom ? `a date and time${custom}` : expectedWords.datetime,
      };
    case 'year':
      return { convert: (t) => (/^[+-]?\d{4}$/.test(t) ? Number(t) : INVALID), expected: expectedWords.year };
    case 'yearmonth':
      return {
        convert: (t) => {
          const m = /^(\d{4})-(\d{2})$/.exec(t);
          return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? t : INVALID;
        },
        expected: expectedWords.yearmonth,
      };
    case 'duration':
      return {
        convert: (t) =>
          /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(t) ? t : INVALID,
        expected: expectedWords.duration,
      };
    case 'geopoint':
      return {
        convert: geopointConverter(format),
        expected:
          format === 'array'
            ? 'a point [lon, lat]'
            : format === 'object'
              ? 'a point {"lon": …, "lat": …}'
              : expectedWords.geopoint,
      };
    case 'geojson':
    case 'object':
      return { convert: jsonOf('object'), expected: expectedWords[field.type] };
    case 'array':
      return { convert: jsonOf('array'), expected: expectedWords.array };
    case 'list': {
      const item =
        field.itemType && field.itemType !== 'list'
          ? converterFor({ ...field, type: field.itemType as FieldType, format: undefined })
          : undefined;
      const sep = field.delimiter ?? ',';
      return {
        convert: (t) => (item && t.split(sep).some((x) => item.convert(x.trim()) === INVALID) ? INVALID : t),
        expected: `a list separated by "${sep}"${item ? ` of ${item.expected}` : ''}`,
      };
    }
    case 'any':
      return { convert: (t) => t, expected: 'any value' };
  }
}

/** A constraint bound (minimum, maximum …) as the field's own values compare: numbers for numeric types, ISO text otherwise. */
export function boundOf(field: Field, bound: number | string): number | string | undefined {
  if (field.type === 'integer' || field.type === 'number' || field.type === 'year') {
    const n = typeof bound === 'number' ? bound : Number(bound);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof bound === 'number') return undefined;
  const v = converterFor({ ...field, format: undefined }).convert(bound);
  return v === INVALID || v === null || typeof v === 'boolean' ? undefined : v;
}
