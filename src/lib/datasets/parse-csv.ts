import Papa from 'papaparse';
import type { Problem } from '../problems/problem.ts';

export interface ParsedCsv {
  header: string[];
  /** Data rows as text cells, with the file line each starts on. */
  rows: { line: number; cells: string[] }[];
  problems: Problem[];
}

/** Parse CSV text into a header and rows; ragged rows are Problems at their line. */
export function parseCsv(text: string, file: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const problems: Problem[] = [];
  const data = result.data;
  const header = (data[0] ?? []).map((h) => h.trim());
  const rows: ParsedCsv['rows'] = [];
  let line = 1 + newlinesIn(data[0] ?? []) + 1;
  for (let i = 1; i < data.length; i++) {
    const cells = data[i]!;
    const start = line;
    line += 1 + newlinesIn(cells);
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    if (cells.length !== header.length) {
      problems.push({ file, line: start, column: Math.min(cells.length, header.length) + 1, expected: `${header.length} cells, as in the header`, found: `${cells.length} cells` });
      continue;
    }
    rows.push({ line: start, cells });
  }
  for (const e of result.errors) {
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields' || e.code === 'UndetectableDelimiter') continue;
    problems.push({ file, line: (e.row ?? 0) + 1, expected: 'well-formed CSV', found: e.message });
  }
  return { header, rows, problems };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0) continue;
    for (let i = 0; i < c.length; i++) if (c.charCodeAt(i) === 10) n++;
  }
  return n;
}
