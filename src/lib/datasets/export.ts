import Papa from 'papaparse';
import type { Row } from './row.ts';
import type { Dataset } from './load-datapackage.ts';

/**
 * A CSV download: UTF-8 with a byte-order mark, so Excel on Chinese Windows reads it as UTF-8
 * rather than GBK mojibake (other readers skip the mark), and text a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR) escaped with an apostrophe by Papa; numbers, negative ones too, stay numbers.
 */
export function csvText(fields: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    '\uFEFF' +
    Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { newline: '\n', escapeFormulae: true }) +
    '\n'
  );
}

/** The rows as a CSV download: the declared columns in order. */
export function toCsv(dataset: Pick<Dataset, 'resource' | 'rows'>, rows: readonly Row[] = dataset.rows): string {
  const fields = dataset.resource.schema.fields.map((f) => f.name);
  return csvText(
    fields,
    rows.map((r) => fields.map((f) => r[f] ?? null)),
  );
}

/** The rows as JSON, with the provenance a reader needs to cite them. */
export function toJson(dataset: Dataset): string {
  const { resource } = dataset;
  return (
    JSON.stringify(
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
    ) + '\n'
  );
}
