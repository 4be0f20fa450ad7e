// A resolved resource's table read and checked: its CSV parts (or inline data) as typed rows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './row.ts';
import type { Problem } from '../problems/problem.ts';
import type { YamlSource } from '../problems/yaml-source.ts';
import type { Resource, ResourceInput } from './descriptor.ts';
import type { ParsedCsv } from './parse-csv.ts';
import { readCsv } from './read-csv.ts';
import { PROBLEM_CAP, validateRows } from './validate.ts';
import type { Dataset } from './dataset.ts';
import type { Context } from './descriptor-files.ts';
import { integrity } from './integrity.ts';

/** Read, decode, parse and validate a resource's table; check its declared size and hash. */
export function readTable(
  resource: Resource,
  input: ResourceInput,
  ctx: Context & { source: YamlSource; index: number },
): { dataset?: Omit<Dataset, 'year'>; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const names = resource.dialect.header === false ? resource.schema.fields.map((f) => f.name) : undefined;
  if (input.data) {
    const parsed = inlineTable(input.data, (r) => ctx.source.positionOf(['resources', ctx.index, 'data', r]).line);
    const { rows, lines, problems: rowProblems } = validateRows(parsed, resource, ctx.file);
    return rowProblems.length
      ? { problems: rowProblems, warnings }
      : { dataset: { resource, file: ctx.file, rows, lines }, problems, warnings };
  }
  const parts: { file: string; rows: Row[]; lines: number[] }[] = [];
  let firstHeader = names ?? resource.schema.fields.map((f) => f.name);
  for (const [j, path] of resource.paths.entries()) {
    const full = join(ctx.dir, path);
    const file = ctx.rel(full);
    if (!existsSync(full)) {
      problems.push({
        ...ctx.at(resource.paths.length > 1 ? ['path', j] : ['path']),
        where: 'path',
        expected: `a CSV file at ${file}`,
        found: 'no such file',
      });
      continue;
    }
    const bytes = readFileSync(full);
    if (resource.paths.length === 1) warnings.push(...integrity(bytes, resource, ctx.at, file));
    // Parts after the first continue the table: they have no header row of their own.
    const dialect = j > 0 ? { ...resource.dialect, header: false } : resource.dialect;
    const checked = readCsv(bytes, resource, file, {
      dialect,
      names: j > 0 ? firstHeader : names,
      encoding: resource.encoding,
    });
    if (j === 0) firstHeader = checked.header;
    problems.push(...checked.problems);
    parts.push({ file, rows: checked.rows, lines: checked.lines });
  }
  if (problems.length) return { problems: problems.slice(0, PROBLEM_CAP + 1), warnings };
  // One file (the usual case): its arrays as they are, not copied.
  const rows = parts.length === 1 ? parts[0]!.rows : parts.flatMap((p) => p.rows);
  const lines = parts.length === 1 ? parts[0]!.lines : parts.flatMap((p) => p.lines);
  return { dataset: { resource, file: parts[0]!.file, rows, lines }, problems, warnings };
}

/** Inline `data`: arrays with a header row first, or objects keyed by field name. */
function inlineTable(data: unknown[], lineOf: (row: number) => number): ParsedCsv {
  const cell = (v: unknown) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (data.every(Array.isArray)) {
    const [head = [], ...body] = data as unknown[][];
    return {
      header: head.map(cell),
      headerLine: lineOf(0),
      rows: body.map((r, i) => ({ line: lineOf(i + 1), cells: r.map(cell) })),
      problems: [],
    };
  }
  const header = [...new Set(data.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r) : [])))];
  return {
    header,
    headerLine: lineOf(0),
    rows: data.map((r, i) => ({
      line: lineOf(i),
      cells: header.map((h) => cell((r as Record<string, unknown>)?.[h])),
    })),
    problems: [],
  };
}
