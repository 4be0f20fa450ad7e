import type { Field, FieldType } from './descriptor.ts';
import { type Convert, type Converter, INVALID } from './field-value.ts';
import { numberParser } from './field-numbers.ts';
import { dateConverter, datetimeConverter, timeConverter } from './field-dates.ts';
import { geopointConverter } from './field-geo.ts';
export { type Convert, type Converter, INVALID } from './field-value.ts';
export { plainNumber } from './field-numbers.ts';
export { plainDate } from './field-dates.ts';

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

/** A constraint bound (minimum, maximum …) as the field's own values compare: numbers for numeric types, ISO text
 * otherwise. */
export function boundOf(field: Field, bound: number | string): number | string | undefined {
  if (field.type === 'integer' || field.type === 'number' || field.type === 'year') {
    const n = typeof bound === 'number' ? bound : Number(bound);
    return Number.isFinite(n) ? n : undefined;
  }
  if (typeof bound === 'number') return undefined;
  const v = converterFor({ ...field, format: undefined }).convert(bound);
  return v === INVALID || v === null || typeof v === 'boolean' ? undefined : v;
}
