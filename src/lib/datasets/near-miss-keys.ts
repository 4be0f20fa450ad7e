import type { Problem } from '../problems/problem.ts';
import { valueAt, type Path, type YamlSource } from '../problems/yaml-source.ts';
import {
  dataPackageSchema,
  dialectSchema,
  fieldSchema,
  licenseSchema,
  resourceInputSchema,
  sourceSchema,
  tableSchemaSchema,
} from './descriptor.ts';

type Level = 'package' | 'resource' | 'schema' | 'field' | 'constraints' | 'source' | 'license' | 'dialect';
const known: Record<Level, string[]> = {
  package: Object.keys(dataPackageSchema.shape),
  resource: Object.keys(resourceInputSchema.shape),
  schema: Object.keys(tableSchemaSchema.shape),
  field: Object.keys(fieldSchema.shape),
  constraints: Object.keys(fieldSchema.shape.constraints.unwrap().shape),
  source: Object.keys(sourceSchema.shape),
  license: Object.keys(licenseSchema.shape),
  dialect: Object.keys(dialectSchema.shape),
};
const children: Partial<Record<Level, [string, Level, 'one' | 'each'][]>> = {
  package: [
    ['sources', 'source', 'each'],
    ['licenses', 'license', 'each'],
  ],
  resource: [
    ['schema', 'schema', 'one'],
    ['dialect', 'dialect', 'one'],
    ['sources', 'source', 'each'],
    ['licenses', 'license', 'each'],
  ],
  schema: [['fields', 'field', 'each']],
  field: [['constraints', 'constraints', 'one']],
};

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]!;
}

/**
 * The standard allows any extra key, so an unknown key is not an error; but one a letter or two
 * away from a known key (`staus`, `licences`) is almost surely a slip that silently drops what
 * the editor meant: warn about it at its place.
 */
export function nearMissKeys(
  source: YamlSource,
  path: Path,
  level: Level = path.length ? 'resource' : 'package',
): Problem[] {
  const value = valueAt(source.data, path);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const out: Problem[] = [];
  const keys = known[level];
  for (const key of Object.keys(value)) {
    if (keys.includes(key)) continue;
    const lower = key.toLowerCase();
    const near = keys.find(
      (k) => k.toLowerCase() === lower || (k.length > 3 && distance(lower, k.toLowerCase()) <= (k.length > 6 ? 2 : 1)),
    );
    if (near)
      out.push({
        file: source.file,
        ...source.positionOf([...path, key], true),
        where: [...path, key].map(String).join('.'),
        expected: `"${near}" (a key of the standard or of Bluebook; "${key}" is not read)`,
        found: `"${key}"`,
      });
  }
  for (const [key, child, how] of children[level] ?? []) {
    const v = (value as Record<string, unknown>)[key];
    if (how === 'one') out.push(...nearMissKeys(source, [...path, key], child));
    else if (Array.isArray(v)) v.forEach((_, i) => out.push(...nearMissKeys(source, [...path, key, i], child)));
  }
  return out;
}
