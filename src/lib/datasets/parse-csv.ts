import Papa from 'papaparse';
import type { Problem } from '../problems/problem.ts';
import type { Dialect } from './descriptor.ts';

export interface ParsedCsv {
  header: string[];
  /** The file line the header is on (1 unless the dialect puts it lower). */
  headerLine: number;
  /** Data rows as text cells, with the file line each starts on. */
  rows: { line: number; cells: string[] }[];
  problems: Problem[];
}

export interface CsvOptions {
  dialect?: Dialect;
  /** Column names to use when the dialect says the file has no header row. */
  names?: string[] | undefined;
}

/**
 * Parse CSV text into a header and rows, as its CSV/Table Dialect says (delimiter, quote and
 * escape characters, comment character and rows, header row or none, null sequence); ragged
 * rows are Problems at their line.
 */
export function parseCsv(text: string, file: string, options: CsvOptions = {}): ParsedCsv {
  const d = options.dialect ?? {};
  const quoteChar = d.quoteChar ?? '"';
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: d.delimiter ?? ',',
    quoteChar,
    // doubleQuote (the default) escapes a quote by doubling it; otherwise escapeChar does.
    escapeChar: d.doubleQuote === false && d.escapeChar ? d.escapeChar : (d.escapeChar ?? quoteChar),
    ...(d.lineTerminator && d.lineTerminator !== '\r\n' && d.lineTerminator !== '\n'
      ? { newline: d.lineTerminator as '\n' }
      : {}),
  });
  const problems: Problem[] = [];
  const data = result.data;
  const comments = d.commentChar;
  const commentRows = new Set(d.commentRows ?? []);
  const hasHeader = d.header !== false && d.headerRows?.length !== 0;
  // Without headerRows, the header is the first row that is not a comment or blank.
  const headerRow = hasHeader ? (d.headerRows?.[0] ?? -1) : 0;
  let headerSeen = !hasHeader;
  const skipInitial = d.skipInitialSpace === true;
  const nullSequence = d.nullSequence;

  let header: string[] = options.names ?? [];
  let headerLine = 0;
  const rows: ParsedCsv['rows'] = [];
  let line = 1;
  for (let i = 0; i < data.length; i++) {
    let cells = data[i]!;
    const start = line;
    line += 1 + newlinesIn(cells);
    const rowNumber = i + 1;
    if (commentRows.has(rowNumber) || (comments && cells[0]?.startsWith(comments))) continue;
    if (cells.length === 1 && cells[0] === '') continue; // blank line
    if (skipInitial) cells = cells.map((c) => c.replace(/^ +/, ''));
    if (nullSequence !== undefined) cells = cells.map((c) => (c === nullSequence ? '' : c));
    if (!headerSeen) {
      if (headerRow > 0 && rowNumber < headerRow) continue;
      header = cells.map((h) => h.trim());
      headerLine = start;
      headerSeen = true;
      continue;
    }
    if (cells.length !== header.length) {
      const fix =
        cells.length > header.length
          ? `or a column name in the ${hasHeader ? 'header' : 'schema'} for each extra cell`
          : 'an empty cell written as nothing between two commas';
      const expected = `${header.length} cells, as in the ${hasHeader ? 'header' : 'schema'} (${fix})`;
      const column = Math.min(cells.length, header.length) + 1;
      problems.push({ file, line: start, column, expected, found: `${cells.length} cells` });
      continue;
    }
    rows.push({ line: start, cells });
  }
  for (const e of result.errors) {
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields' || e.code === 'UndetectableDelimiter') continue;
    problems.push({ file, line: (e.row ?? 0) + 1, expected: 'well-formed CSV', found: e.message });
  }
  return { header, headerLine: headerLine || 1, rows, problems };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.indexOf('\n') < 0) continue;
    for (let i = 0; i < c.length; i++) if (c.charCodeAt(i) === 10) n++;
  }
  return n;
}
