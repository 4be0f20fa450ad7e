import type { Dataset } from '../datasets/load-datapackage.ts';
import { parseCsv } from '../datasets/parse-csv.ts';
import { validateRows } from '../datasets/validate.ts';
import type { Problem } from '../problems/problem.ts';

/**
 * A CSV given on its own (the ranking CLI's `--data`) as the dataset a spec names: the spec's
 * indicator columns are read as numbers (empty = missing), every other column as text. Cells
 * that are not numbers are problems at their line and column.
 */
export function rankingDataset(
  name: string,
  numericColumns: readonly string[],
  text: string,
  file: string,
): { dataset?: Dataset; problems: Problem[] } {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''), file);
  const numeric = new Set(numericColumns);
  const resource = {
    name,
    paths: [file],
    title: { zh: name },
    description: file,
    dialect: {},
    encoding: 'utf-8',
    status: 'illustrative' as const,
    gaps: [],
    schema: {
      fields: parsed.header.map((h) => ({ name: h, type: numeric.has(h) ? ('number' as const) : ('string' as const) })),
    },
    sources: [{ title: file }],
    licenses: [{ name: 'unknown' }],
  };
  const { rows, lines, problems } = validateRows(parsed, resource, file);
  return problems.length ? { problems } : { dataset: { year: 0, resource, file, rows, lines }, problems: [] };
}
