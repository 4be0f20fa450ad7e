import { describeValue, type Problem } from '../problems/problem.ts';
import type { Cell, Row } from './row.ts';
import type { Resource } from './descriptor.ts';
import { boundOf, converterFor, INVALID } from './field-types.ts';
import type { ParsedCsv } from './parse-csv.ts';

/** At most this many problems are listed per file; the rest are counted. */
export const PROBLEM_CAP = 50;

/** Check a parsed CSV against its Table Schema and return typed rows (with the line each came from), or every problem found. */
export function validateRows(parsed: ParsedCsv, resource: Resource, file: string): { rows: Row[]; lines: number[]; problems: Problem[] } {
  const problems: Problem[] = [];
  let dropped = 0;
  const add = (p: Problem) => (problems.length < PROBLEM_CAP ? problems.push(p) : dropped++);
  // Rows with the wrong number of cells count towards the cap like any other problem.
  parsed.problems.forEach(add);
  const fields = resource.schema.fields;
  const names = fields.map((f) => f.name);
  const more = () => (dropped ? [...problems, { file, expected: 'no more problems', found: `${dropped} more not listed (only the first ${PROBLEM_CAP} are shown)` }] : problems);
  const none = () => ({ rows: [], lines: [], problems: more() });

  // A name twice in the header would keep only one of the two columns: refuse it.
  const firstAt = new Map<string, number>();
  let duplicated = false;
  parsed.header.forEach((h, i) => {
    const first = firstAt.get(h);
    if (first === undefined) firstAt.set(h, i);
    else {
      duplicated = true;
      add({ file, line: parsed.headerLine, column: i + 1, where: h, expected: `each column name once in the header (a second "${h}" would hide one of the two columns)`, found: `"${h}" again, first in column ${first + 1}` });
    }
  });
  if (duplicated) return none();

  // Table Schema v2 `fieldsMatch`: Bluebook's default is `equal` (the same names, in any order).
  const match = resource.schema.fieldsMatch ?? 'equal';
  const missing = names.filter((n) => !parsed.header.includes(n));
  const extra = parsed.header.filter((h) => !names.includes(h));
  if (match === 'exact' && !missing.length && !extra.length && names.some((n, i) => parsed.header[i] !== n)) {
    add({ file, line: parsed.headerLine, column: 1, where: 'fieldsMatch exact', expected: `the columns in the declared order: ${names.join(', ')}`, found: `header ${parsed.header.join(',')}` });
  }
  if (match === 'partial' ? missing.length === names.length : match !== 'superset') {
    missing.forEach((name) => add({ file, line: parsed.headerLine, column: names.indexOf(name) + 1, where: name, expected: `a column "${name}" (declared in datapackage.json)`, found: `header ${parsed.header.join(',')}` }));
  }
  if (match !== 'subset' && match !== 'partial') {
    extra.forEach((h) => add({ file, line: parsed.headerLine, column: parsed.header.indexOf(h) + 1, where: h, expected: `only the declared columns: ${names.join(', ')}`, found: `an undeclared column "${h}"` }));
  }
  if (problems.length) return none();

  const index = fields.map((f) => parsed.header.indexOf(f.name));
  const converters = fields.map(converterFor);
  const schemaMissing = resource.schema.missingValues ?? [''];
  // Most fields have only the default marker "" (an empty cell): no look-up needed for them.
  const missingSets = fields.map((f) => {
    const set = new Set(f.missingValues ?? schemaMissing);
    set.delete('');
    return set.size ? set : undefined;
  });
  const emptyIsMissing = fields.map((f) => (f.missingValues ?? schemaMissing).includes(''));
  const rows: Row[] = new Array(parsed.rows.length);
  const lines: number[] = new Array(parsed.rows.length);
  // Rows built by one generated constructor share a shape, which is much faster (and smaller)
  // than filling an empty object key by key for 200k rows.
  const makeRow = new Function('v', `return {${fields.map((f, i) => `${JSON.stringify(f.name)}: v[${i}]`).join(', ')}};`) as (v: Cell[]) => Row;
  const values: Cell[] = new Array(fields.length);
  const seen = fields.map((f) => (f.constraints?.unique ? new Map<Cell, number>() : undefined));
  const keys = [
    { fields: ([] as string[]).concat(resource.schema.primaryKey ?? []), what: 'primary key', skipEmpty: false },
    ...(resource.schema.uniqueKeys ?? []).map((k) => ({ fields: ([] as string[]).concat(k), what: 'unique key', skipEmpty: true })),
  ].filter((k) => k.fields.length);
  const keySeen = keys.map(() => new Map<string, number>());
  const patterns = fields.map((f) => (f.constraints?.pattern ? new RegExp(`^(?:${f.constraints.pattern})$`, 'u') : undefined));
  const bounds = fields.map((f) => {
    const k = f.constraints ?? {};
    const b = (v: number | string | undefined) => (v === undefined ? undefined : boundOf(f, v));
    return { min: b(k.minimum), max: b(k.maximum), xmin: b(k.exclusiveMinimum), xmax: b(k.exclusiveMaximum) };
  });
  // Which cells need more than a type check; most columns of a large file need none.
  const checked = fields.map((f) => {
    const k = f.constraints;
    return !!k && (k.enum !== undefined || k.minimum !== undefined || k.maximum !== undefined || k.exclusiveMinimum !== undefined || k.exclusiveMaximum !== undefined || k.minLength !== undefined || k.maxLength !== undefined || k.pattern !== undefined || !!k.unique);
  });

  let kept = 0;
  for (let r = 0; r < parsed.rows.length; r++) {
    const { line, cells } = parsed.rows[r]!;
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      const col = index[c]!;
      if (col < 0) { values[c] = null; continue; }
      const raw = cells[col]!;
      // trim() only when an end could be blank (ASCII space or control, or any non-ASCII code
      // such as U+3000): the same result, without a call for the millions of plain cells.
      const first = raw.charCodeAt(0);
      const last = raw.charCodeAt(raw.length - 1);
      const text = first <= 32 || last <= 32 || first >= 0xa0 || last >= 0xa0 ? raw.trim() : raw;
      const where = field.name;
      const k = field.constraints;
      if ((text === '' && emptyIsMissing[c]) || (missingSets[c] !== undefined && missingSets[c]!.has(text))) {
        values[c] = null;
        if (k?.required) add({ file, line, column: col + 1, where: `${where} (required)`, expected: `a value`, found: text === '' ? '(empty)' : `${describeValue(text)}, a missing-value marker` });
        continue;
      }
      const v = converters[c]!.convert(text);
      if (v === INVALID) {
        add({ file, line, column: col + 1, where: `${where} (type ${field.type})`, expected: converters[c]!.expected, found: describeValue(text) });
        values[c] = null;
        continue;
      }
      values[c] = v;
      if (checked[c] && k) {
        const at = { file, line, column: col + 1 };
        if (k.enum && !k.enum.some((e) => e === v || String(e) === text)) add({ ...at, where: `${where} (enum)`, expected: `one of ${k.enum.join(', ')}`, found: describeValue(text) });
        const b = bounds[c]!;
        if (typeof v === 'number' || typeof v === 'string') {
          if (b.min !== undefined && v < b.min) add({ ...at, where: `${where} (minimum)`, expected: `a value ≥ ${k.minimum}`, found: text });
          if (b.max !== undefined && v > b.max) add({ ...at, where: `${where} (maximum)`, expected: `a value ≤ ${k.maximum}`, found: text });
          if (b.xmin !== undefined && v <= b.xmin) add({ ...at, where: `${where} (exclusiveMinimum)`, expected: `a value > ${k.exclusiveMinimum}`, found: text });
          if (b.xmax !== undefined && v >= b.xmax) add({ ...at, where: `${where} (exclusiveMaximum)`, expected: `a value < ${k.exclusiveMaximum}`, found: text });
        }
        // Lengths count characters as a reader does (code points: 镇 is one, not two UTF-16 units).
        const length = k.minLength !== undefined || k.maxLength !== undefined ? [...text].length : 0;
        if (k.minLength !== undefined && length < k.minLength) add({ ...at, where: `${where} (minLength)`, expected: `at least ${k.minLength} characters`, found: `${describeValue(text)} (${length})` });
        if (k.maxLength !== undefined && length > k.maxLength) add({ ...at, where: `${where} (maxLength)`, expected: `at most ${k.maxLength} characters`, found: `${describeValue(text)} (${length})` });
        if (patterns[c] && !patterns[c]!.test(text)) add({ ...at, where: `${where} (pattern)`, expected: `text matching ${k.pattern}`, found: describeValue(text) });
        const s = seen[c];
        if (s) {
          const firstLine = s.get(v);
          if (firstLine !== undefined) add({ ...at, where: `${where} (unique)`, expected: `a value not already on line ${firstLine}`, found: describeValue(text) });
          else s.set(v, line);
        }
      }
    }
    const row = makeRow(values);
    for (let ki = 0; ki < keys.length; ki++) {
      const { fields: key, what, skipEmpty } = keys[ki]!;
      // Table Schema v2: a unique key with an empty part is not compared (rows without the key are not duplicates).
      if (skipEmpty && key.some((n) => row[n] === null)) continue;
      const id = key.length === 1 ? String(row[key[0]!]) : key.map((n) => String(row[n])).join('\u0000');
      const firstLine = keySeen[ki]!.get(id);
      if (firstLine !== undefined) add({ file, line, column: index[names.indexOf(key[0]!)]! + 1, where: `${key.join(' + ')} (${what})`, expected: `a key not already on line ${firstLine}`, found: describeValue(key.map((n) => row[n]).join(' / ')) });
      else keySeen[ki]!.set(id, line);
    }
    rows[kept] = row;
    lines[kept++] = line;
  }
  rows.length = kept;
  lines.length = kept;
  return { rows, lines, problems: more() };
}
