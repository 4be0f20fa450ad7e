import { describeValue, type Problem } from '../problems/problem.ts';
import type { Cell, Row } from './row.ts';
import type { Field, Resource } from './descriptor.ts';
import type { ParsedCsv } from './parse-csv.ts';

/** At most this many problems are listed per file; the rest are counted. */
export const PROBLEM_CAP = 50;

type Convert = (text: string) => Cell | typeof INVALID;
const INVALID = Symbol('invalid');

const integerRe = /^[+-]?(\d+|\d{1,3}(,\d{3})+)$/;
const numberRe = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$|^[+-]?\.\d+$/;
const dateRe = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

// Thousands separators are accepted because Chinese office exports write 1,000 for 1000.
const converters: Record<Field['type'], Convert> = {
  string: (t) => t,
  integer: (t) => (integerRe.test(t) ? Number(t.includes(',') ? t.replaceAll(',', '') : t) : INVALID),
  number: (t) => {
    if (!numberRe.test(t)) return INVALID;
    // 1e309 parses as Infinity: beyond what a double holds, so not a number a page can show.
    const n = Number(t.includes(',') ? t.replaceAll(',', '') : t);
    return Number.isFinite(n) ? n : INVALID;
  },
  date: (t) => {
    const m = dateRe.exec(t);
    if (!m) return INVALID;
    const year = Number(m[1]);
    const month = m[2] ? Number(m[2]) : 1;
    const day = m[3] ? Number(m[3]) : 1;
    if (month < 1 || month > 12 || day < 1) return INVALID;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) ? t : INVALID;
  },
  boolean: (t) => (t === 'true' || t === '是' ? true : t === 'false' || t === '否' ? false : INVALID),
};

const typeWords: Record<Field['type'], string> = {
  string: 'text',
  integer: 'a whole number (e.g. 127 or 1,000)',
  number: 'a number (e.g. 50.39)',
  date: 'a date YYYY, YYYY-MM or YYYY-MM-DD',
  boolean: 'true/false (or 是/否)',
};

/** Check a parsed CSV against its Table Schema and return typed rows, or every problem found. */
export function validateRows(parsed: ParsedCsv, resource: Resource, file: string): { rows: Row[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let dropped = 0;
  const add = (p: Problem) => (problems.length < PROBLEM_CAP ? problems.push(p) : dropped++);
  // Rows with the wrong number of cells count towards the cap like any other problem.
  parsed.problems.forEach(add);
  const fields = resource.schema.fields;
  const names = fields.map((f) => f.name);
  const more = () => (dropped ? [...problems, { file, expected: 'no more problems', found: `${dropped} more not listed (only the first ${PROBLEM_CAP} are shown)` }] : problems);

  // A name twice in the header would keep only one of the two columns: refuse it.
  const firstAt = new Map<string, number>();
  let duplicated = false;
  parsed.header.forEach((h, i) => {
    const first = firstAt.get(h);
    if (first === undefined) firstAt.set(h, i);
    else {
      duplicated = true;
      add({ file, line: 1, column: i + 1, where: h, expected: `each column name once in the header (a second "${h}" would hide one of the two columns)`, found: `"${h}" again, first in column ${first + 1}` });
    }
  });
  if (duplicated) return { rows: [], problems: more() };

  names.forEach((name, i) => {
    if (!parsed.header.includes(name)) add({ file, line: 1, column: i + 1, where: name, expected: `a column "${name}" (declared in datapackage.json)`, found: `header ${parsed.header.join(',')}` });
  });
  parsed.header.forEach((h, i) => {
    if (!names.includes(h)) add({ file, line: 1, column: i + 1, where: h, expected: `only the declared columns: ${names.join(', ')}`, found: `an undeclared column "${h}"` });
  });
  if (problems.length) return { rows: [], problems: more() };

  const index = fields.map((f) => parsed.header.indexOf(f.name));
  const convert = fields.map((f) => converters[f.type]);
  const rows: Row[] = new Array(parsed.rows.length);
  // Rows built by one generated constructor share a shape, which is much faster (and smaller)
  // than filling an empty object key by key for 200k rows.
  const makeRow = new Function('v', `return {${fields.map((f, i) => `${JSON.stringify(f.name)}: v[${i}]`).join(', ')}};`) as (v: Cell[]) => Row;
  const values: Cell[] = new Array(fields.length);
  const seen = fields.map((f) => (f.constraints?.unique ? new Map<Cell, number>() : undefined));
  const pk = ([] as string[]).concat(resource.schema.primaryKey ?? []);
  const pkSeen = new Map<string, number>();
  const patterns = fields.map((f) => (f.constraints?.pattern ? new RegExp(`^(?:${f.constraints.pattern})$`) : undefined));
  // Which cells need more than a type check; most columns of a large file need none.
  const checked = fields.map((f) => {
    const k = f.constraints;
    return !!k && (k.enum !== undefined || k.minimum !== undefined || k.maximum !== undefined || k.pattern !== undefined || !!k.unique);
  });

  for (let r = 0; r < parsed.rows.length; r++) {
    const { line, cells } = parsed.rows[r]!;
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      const col = index[c]!;
      const raw = cells[col]!;
      // trim() only when an end could be blank (ASCII space or control, or any non-ASCII code
      // such as U+3000): the same result, without a call for the millions of plain cells.
      const first = raw.charCodeAt(0);
      const last = raw.charCodeAt(raw.length - 1);
      const text = first <= 32 || last <= 32 || first >= 0xa0 || last >= 0xa0 ? raw.trim() : raw;
      const where = field.name;
      const k = field.constraints;
      if (text === '') {
        values[c] = null;
        if (k?.required) add({ file, line, column: col + 1, where: `${where} (required)`, expected: `a value`, found: '(empty)' });
        continue;
      }
      const v = convert[c]!(text);
      if (v === INVALID) {
        add({ file, line, column: col + 1, where: `${where} (type ${field.type})`, expected: typeWords[field.type], found: describeValue(text) });
        values[c] = null;
        continue;
      }
      values[c] = v;
      if (checked[c] && k) {
        if (k.enum && !k.enum.some((e) => e === v || String(e) === text)) add({ file, line, column: col + 1, where: `${where} (enum)`, expected: `one of ${k.enum.join(', ')}`, found: describeValue(text) });
        if (k.minimum !== undefined && typeof v === 'number' && v < k.minimum) add({ file, line, column: col + 1, where: `${where} (minimum)`, expected: `a value ≥ ${k.minimum}`, found: text });
        if (k.maximum !== undefined && typeof v === 'number' && v > k.maximum) add({ file, line, column: col + 1, where: `${where} (maximum)`, expected: `a value ≤ ${k.maximum}`, found: text });
        if (patterns[c] && !patterns[c]!.test(text)) add({ file, line, column: col + 1, where: `${where} (pattern)`, expected: `text matching ${k.pattern}`, found: describeValue(text) });
        const s = seen[c];
        if (s) {
          const first = s.get(v);
          if (first !== undefined) add({ file, line, column: col + 1, where: `${where} (unique)`, expected: `a value not already on line ${first}`, found: describeValue(text) });
          else s.set(v, line);
        }
      }
    }
    const row = makeRow(values);
    if (pk.length) {
      const key = pk.length === 1 ? String(row[pk[0]!]) : pk.map((n) => String(row[n])).join('\u0000');
      const first = pkSeen.get(key);
      if (first !== undefined) add({ file, line, column: index[names.indexOf(pk[0]!)]! + 1, where: `${pk.join(' + ')} (primary key)`, expected: `a key not already on line ${first}`, found: describeValue(pk.map((n) => row[n]).join(' / ')) });
      else pkSeen.set(key, line);
    }
    rows[r] = row;
  }
  return { rows, problems: more() };
}
