import Papa from 'papaparse';
import type { Row } from '../data/row.ts';
import type { Dataset } from './load-datapackage.ts';

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

/** Prefix text that a spreadsheet would run as a formula with an apostrophe; numbers stay as they are. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  return formulaStart.test(s) ? `'${s}` : s;
}

/** The rows as a CSV download: the declared columns in order, formula-looking text neutralised. */
export function toCsv(dataset: Pick<Dataset, 'resource' | 'rows'>, rows: readonly Row[] = dataset.rows): string {
  const fields = dataset.resource.schema.fields.map((f) => f.name);
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => neutraliseCell(r[f]))) }, { newline: '\n' }) + '\n';
}

/** The rows as JSON, with the provenance a reader needs to cite them. */
export function toJson(dataset: Dataset): string {
  const { resource } = dataset;
  return JSON.stringify(
    {
      name: resource.name,
      title: resource.title,
      description: resource.description,
      status: resource.status,
      sources: resource.sources,
      licenses: resource.licenses,
      ...(resource.derivedFrom ? { derivedFrom: resource.derivedFrom } : {}),
      gaps: resource.gaps,
      fields: resource.schema.fields,
      rows: dataset.rows,
    },
    null,
    2,
  ) + '\n';
}
