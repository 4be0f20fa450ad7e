import { describeValue, type Problem } from '../problems/problem.ts';
import type { Path } from '../problems/yaml-source.ts';
import type { Dataset } from './dataset.ts';

const keyOf = (row: Dataset['rows'][number], fields: string[]) => fields.map((f) => String(row[f])).join('\u0000');

/**
 * Table Schema foreign keys: every row's key must exist in the referenced fields of the
 * referenced resource (`""` or no resource: the same one). Rows with an empty key part are not
 * checked. Only tables that loaded are compared; a reference to one that failed is its own problem.
 */
export function checkForeignKeys(
  datasets: readonly Dataset[],
  descriptorAt: (resource: string, path: Path) => Pick<Problem, 'file' | 'line' | 'column'>,
): { problems: Problem[]; failed: Set<string> } {
  const problems: Problem[] = [];
  const failed = new Set<string>();
  const byName = new Map(datasets.map((d) => [d.resource.name, d]));
  for (const d of datasets) {
    d.resource.schema.foreignKeys?.forEach((fk, j) => {
      const fields = ([] as string[]).concat(fk.fields);
      const refFields = ([] as string[]).concat(fk.reference.fields);
      const refName = fk.reference.resource || d.resource.name;
      const target = byName.get(refName);
      const at = descriptorAt(d.resource.name, ['foreignKeys', j, 'reference']);
      if (!target) {
        problems.push({
          ...at,
          where: `${d.resource.name} foreignKeys`,
          expected: `a resource of this package that loads: ${[...byName.keys()].join(', ')}`,
          found: `"${refName}"`,
        });
        failed.add(d.resource.name);
        return;
      }
      const unknown = refFields.filter((f) => !target.resource.schema.fields.some((x) => x.name === f));
      if (unknown.length || refFields.length !== fields.length) {
        problems.push({
          ...at,
          where: `${d.resource.name} foreignKeys`,
          expected:
            `${fields.length} field(s) of ${refName}: ` +
            `${target.resource.schema.fields.map((f) => f.name).join(', ')}`,
          found: JSON.stringify(fk.reference.fields),
        });
        failed.add(d.resource.name);
        return;
      }
      const known = new Set(target.rows.map((r) => keyOf(r, refFields)));
      const column = d.resource.schema.fields.findIndex((f) => f.name === fields[0]) + 1;
      let count = 0;
      d.rows.forEach((row, r) => {
        if (fields.some((f) => row[f] === null) || known.has(keyOf(row, fields))) return;
        failed.add(d.resource.name);
        if (count++ < 50)
          problems.push({
            file: d.file,
            ...(d.lines ? { line: d.lines[r]! } : {}),
            column,
            where: `${fields.join(' + ')} (foreign key)`,
            expected: `a value of ${refName}.${refFields.join(' + ')}`,
            found: describeValue(fields.map((f) => row[f]).join(' / ')),
          });
      });
      if (count > 50)
        problems.push({
          file: d.file,
          expected: 'no more problems',
          found: `${count - 50} more not listed (only the first 50 are shown)`,
        });
    });
  }
  return { problems, failed };
}
