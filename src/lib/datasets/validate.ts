import { describeValue, type Problem } from '../problems/problem.ts';
import { collectProblems } from '../problems/repeated.ts';
import type { Cell, Row } from './row.ts';
import type { Field, Resource } from './descriptor.ts';
import { boundOf, converterFor, INVALID } from './field-types.ts';
import { KeySet } from './key-set.ts';
import type { ParsedCsv } from './parse-csv.ts';

/** At most this many problems are listed per file; the rest are counted. */
export const PROBLEM_CAP = 50;

/** Check a parsed CSV against its Table Schema and return typed rows (with the line each came from), or every problem
 * found. */
export function validateRows(
  parsed: ParsedCsv,
  resource: Resource,
  file: string,
): { rows: Row[]; lines: number[]; problems: Problem[] } {
  // One problem per root cause: a defect on every row is one problem, not one per row up to the cap.
  const collected = collectProblems(file, PROBLEM_CAP);
  const add = (p: Problem) => collected.add(p);
  parsed.problems.forEach(add);
  const more = () => collected.list();
  const checker = tableChecker(resource, parsed.header, parsed.headerLine, file, add);
  if (!checker) return { rows: [], lines: [], problems: more() };

  const width = checker.fields.length;
  const index = checker.index;
  const rows: Row[] = new Array(parsed.rows.length);
  const lines: number[] = new Array(parsed.rows.length);
  const values: Cell[] = new Array(width);
  for (let r = 0; r < parsed.rows.length; r++) {
    const { line, cells } = parsed.rows[r]!;
    for (let c = 0; c < width; c++) values[c] = index[c]! < 0 ? null : checker.cell(c, cells[index[c]!]!, line);
    rows[r] = checker.row(values, line);
    lines[r] = line;
  }
  return { rows, lines, problems: more() };
}

/** How the cells and rows of one table are checked, once its header is known to fit its schema. */
export interface TableChecker {
  fields: Field[];
  /** For each field, its column in the file (-1: absent, as `fieldsMatch` may allow). */
  index: number[];
  /** Marker sets other than "" (most fields have none), unique values seen, numeric bounds: per field. */
  missingSets: (Set<string> | undefined)[];
  seen: (Map<Cell, number> | undefined)[];
  bounds: {
    min: number | string | undefined;
    max: number | string | undefined;
    xmin: number | string | undefined;
    xmax: number | string | undefined;
  }[];
  /** The typed value of field `c` written as `raw` on `line` (null when missing); what is wrong goes to `add`. */
  cell(c: number, raw: string, line: number): Cell;
  /** The row of these values (copied), its keys checked. */
  row(values: Cell[], line: number): Row;
  /** The same row, or undefined when one of its keys was seen before; nothing is reported (the
   * one-pass reader gives such a file to `validateRows`, whose `row` says where). */
  quickRow(values: Cell[]): Row | undefined;
}

/**
 * Check a table's header against its Table Schema (each name once, `fieldsMatch`) and return
 * the checks for its cells and rows, or undefined when the header is wrong (every problem of the
 * header has gone to `add`).
 */
export function tableChecker(
  resource: Resource,
  header: string[],
  headerLine: number,
  file: string,
  add: (p: Problem) => unknown,
): TableChecker | undefined {
  const fields = resource.schema.fields;
  const names = fields.map((f) => f.name);
  let headerWrong = false;
  const wrong = (p: Problem) => {
    headerWrong = true;
    add(p);
  };

  // A name twice in the header would keep only one of the two columns: refuse it.
  const firstAt = new Map<string, number>();
  header.forEach((h, i) => {
    const first = firstAt.get(h);
    if (first === undefined) firstAt.set(h, i);
    else
      wrong({
        file,
        line: headerLine,
        column: i + 1,
        where: h,
        expected: `each column name once in the header (a second "${h}" would hide one of the two columns)`,
        found: `"${h}" again, first in column ${first + 1}`,
      });
  });
  if (headerWrong) return undefined;

  // Table Schema v2 `fieldsMatch`: Bluebook's default is `equal` (the same names, in any order).
  const match = resource.schema.fieldsMatch ?? 'equal';
  const missing = names.filter((n) => !header.includes(n));
  const extra = header.filter((h) => !names.includes(h));
  if (match === 'exact' && !missing.length && !extra.length && names.some((n, i) => header[i] !== n)) {
    wrong({
      file,
      line: headerLine,
      column: 1,
      where: 'fieldsMatch exact',
      expected: `the columns in the declared order: ${names.join(', ')}`,
      found: `header ${header.join(',')}`,
    });
  }
  if (match === 'partial' ? missing.length === names.length : match !== 'superset') {
    missing.forEach((name) =>
      wrong({
        file,
        line: headerLine,
        column: names.indexOf(name) + 1,
        where: name,
        expected: `a column "${name}" (declared in datapackage.json)`,
        found: `header ${header.join(',')}`,
      }),
    );
  }
  if (match !== 'subset' && match !== 'partial') {
    extra.forEach((h) =>
      wrong({
        file,
        line: headerLine,
        column: header.indexOf(h) + 1,
        where: h,
        expected: `only the declared columns: ${names.join(', ')}`,
        found: `an undeclared column "${h}"`,
      }),
    );
  }
  if (headerWrong) return undefined;

  const index = fields.map((f) => header.indexOf(f.name));
  const converters = fields.map(converterFor);
  const schemaMissing = resource.schema.missingValues ?? [''];
  // Most fields have only the default marker "" (an empty cell): no look-up needed for them.
  const missingSets = fields.map((f) => {
    const set = new Set(f.missingValues ?? schemaMissing);
    set.delete('');
    return set.size ? set : undefined;
  });
  const emptyIsMissing = fields.map((f) => (f.missingValues ?? schemaMissing).includes(''));
  // Rows built by one generated constructor share a shape, which is much faster (and smaller)
  // than filling an empty object key by key for 200k rows.
  const makeRow = new Function(
    'v',
    `return {${fields.map((f, i) => `${JSON.stringify(f.name)}: v[${i}]`).join(', ')}};`,
  ) as (v: Cell[]) => Row;
  const keys = [
    { fields: ([] as string[]).concat(resource.schema.primaryKey ?? []), what: 'primary key', skipEmpty: false },
    ...(resource.schema.uniqueKeys ?? []).map((k) => ({
      fields: ([] as string[]).concat(k),
      what: 'unique key',
      skipEmpty: true,
    })),
  ].filter((k) => k.fields.length);
  const keySeen = keys.map(() => new Map<string, number>());
  // A unique field that is the whole primary key is checked once, as the key (one error, not two).
  const soleKey = keys[0]?.what === 'primary key' && keys[0].fields.length === 1 ? keys[0].fields[0] : undefined;
  const seen = fields.map((f) => (f.constraints?.unique && f.name !== soleKey ? new Map<Cell, number>() : undefined));
  const patterns = fields.map((f) =>
    f.constraints?.pattern ? new RegExp(`^(?:${f.constraints.pattern})$`, 'u') : undefined,
  );
  const bounds = fields.map((f) => {
    const k = f.constraints ?? {};
    const b = (v: number | string | undefined) => (v === undefined ? undefined : boundOf(f, v));
    return { min: b(k.minimum), max: b(k.maximum), xmin: b(k.exclusiveMinimum), xmax: b(k.exclusiveMaximum) };
  });
  // Which cells need more than a type check; most columns of a large file need none.
  const checked = fields.map((f) => {
    const k = f.constraints;
    return (
      !!k &&
      (k.enum !== undefined ||
        k.minimum !== undefined ||
        k.maximum !== undefined ||
        k.exclusiveMinimum !== undefined ||
        k.exclusiveMaximum !== undefined ||
        k.minLength !== undefined ||
        k.maxLength !== undefined ||
        k.pattern !== undefined ||
        !!k.unique)
    );
  });

  const cell = (c: number, raw: string, line: number): Cell => {
    const field = fields[c]!;
    const column = index[c]! + 1;
    // trim() only when an end could be blank (ASCII space or control, or any non-ASCII code
    // such as U+3000): the same result, without a call for the millions of plain cells.
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(raw.length - 1);
    const text = first <= 32 || last <= 32 || first >= 0xa0 || last >= 0xa0 ? raw.trim() : raw;
    const where = field.name;
    const k = field.constraints;
    if ((text === '' && emptyIsMissing[c]) || (missingSets[c] !== undefined && missingSets[c]!.has(text))) {
      if (k?.required)
        add({
          file,
          line,
          column,
          where: `${where} (required)`,
          expected: `a value`,
          found: text === '' ? '(empty)' : `${describeValue(text)}, a missing-value marker`,
        });
      return null;
    }
    const v = converters[c]!.convert(text);
    if (v === INVALID) {
      add({
        file,
        line,
        column,
        where: `${where} (type ${field.type})`,
        expected: converters[c]!.expected,
        found: describeValue(text),
      });
      return null;
    }
    if (checked[c] && k) {
      const at = { file, line, column };
      if (k.enum && !k.enum.some((e) => e === v || String(e) === text))
        add({ ...at, where: `${where} (enum)`, expected: `one of ${k.enum.join(', ')}`, found: describeValue(text) });
      const b = bounds[c]!;
      if (typeof v === 'number' || typeof v === 'string') {
        if (b.min !== undefined && v < b.min)
          add({ ...at, where: `${where} (minimum)`, expected: `a value ≥ ${k.minimum}`, found: text });
        if (b.max !== undefined && v > b.max)
          add({ ...at, where: `${where} (maximum)`, expected: `a value ≤ ${k.maximum}`, found: text });
        if (b.xmin !== undefined && v <= b.xmin)
          add({
            ...at,
            where: `${where} (exclusiveMinimum)`,
            expected: `a value > ${k.exclusiveMinimum}`,
            found: text,
          });
        if (b.xmax !== undefined && v >= b.xmax)
          add({
            ...at,
            where: `${where} (exclusiveMaximum)`,
            expected: `a value < ${k.exclusiveMaximum}`,
            found: text,
          });
      }
      // Lengths count characters as a reader does (code points: 镇 is one, not two UTF-16 units).
      const length = k.minLength !== undefined || k.maxLength !== undefined ? [...text].length : 0;
      if (k.minLength !== undefined && length < k.minLength)
        add({
          ...at,
          where: `${where} (minLength)`,
          expected: `at least ${k.minLength} characters`,
          found: `${describeValue(text)} (${length})`,
        });
      if (k.maxLength !== undefined && length > k.maxLength)
        add({
          ...at,
          where: `${where} (maxLength)`,
          expected: `at most ${k.maxLength} characters`,
          found: `${describeValue(text)} (${length})`,
        });
      if (patterns[c] && !patterns[c]!.test(text))
        add({ ...at, where: `${where} (pattern)`, expected: `text matching ${k.pattern}`, found: describeValue(text) });
      const s = seen[c];
      if (s) {
        const firstLine = s.get(v);
        if (firstLine !== undefined)
          add({
            ...at,
            where: `${where} (unique)`,
            expected: `a value not already on line ${firstLine}`,
            found: describeValue(text),
          });
        else s.set(v, line);
      }
    }
    return v;
  };

  // Each key's fields by position in `values`. Table Schema v2: a unique key with an empty part is
  // not compared (rows without the key are not duplicates): no id.
  const keyAt = keys.map((k) => k.fields.map((n) => names.indexOf(n)));
  const keyId = (ki: number, values: Cell[]): string | undefined => {
    const at = keyAt[ki]!;
    if (keys[ki]!.skipEmpty && at.some((i) => values[i] === null)) return undefined;
    return at.length === 1 ? String(values[at[0]!]) : at.map((i) => String(values[i])).join('\u0000');
  };

  const row = (values: Cell[], line: number): Row => {
    for (let ki = 0; ki < keys.length; ki++) {
      const id = keyId(ki, values);
      if (id === undefined) continue;
      const firstLine = keySeen[ki]!.get(id);
      const { fields: key, what } = keys[ki]!;
      if (firstLine !== undefined)
        add({
          file,
          line,
          column: index[keyAt[ki]![0]!]! + 1,
          where: `${key.join(' + ')} (${what})`,
          expected: `a key not already on line ${firstLine}`,
          found: describeValue(keyAt[ki]!.map((i) => values[i]).join(' / ')),
        });
      else keySeen[ki]!.set(id, line);
    }
    return makeRow(values);
  };

  // The hot path of a large valid table: a set that only says whether a key is new (where a key
  // was first seen is `row`'s to say).
  const quickSeen = keys.map(() => new KeySet());
  const quickRow = (values: Cell[]): Row | undefined => {
    for (let ki = 0; ki < keys.length; ki++) {
      const id = keyId(ki, values);
      if (id !== undefined && !quickSeen[ki]!.add(id)) return undefined;
    }
    return makeRow(values);
  };

  return { fields, index, missingSets, seen, bounds, cell, row, quickRow };
}
