import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Row } from './row.ts';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import { decodeCsv } from './decode.ts';
import { dataPackageSchema, type DataPackage, type Resource } from './descriptor.ts';
import { parseCsv } from './parse-csv.ts';
import { validateRows } from './validate.ts';

export interface Dataset {
  year: number;
  resource: Resource;
  /** The CSV, relative to the project root. */
  file: string;
  rows: Row[];
}

export interface LoadedPackage {
  year: number;
  /** datapackage.json, relative to the project root. */
  file: string;
  descriptor: DataPackage | undefined;
  /** The resources whose CSV passed every check. */
  datasets: Dataset[];
  /** Resources listed in the descriptor whose file failed a check: their problems are reported once, here. */
  unavailable: string[];
  /** What is allowed but probably a leftover: a published dataset with no rows, a CSV no resource lists. */
  warnings: Problem[];
  problems: Problem[];
}

const cache = new Map<string, { mtimes: string; value: LoadedPackage }>();

/** Load and check `data/<year>/`: the descriptor and every CSV it lists. Parsed once per change. */
export function loadDataPackage(root: string, year: number): LoadedPackage {
  const dir = join(root, 'data', String(year));
  const descriptorPath = join(dir, 'datapackage.json');
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const file = rel(descriptorPath);
  if (!existsSync(descriptorPath)) return { year, file, descriptor: undefined, datasets: [], unavailable: [], warnings: [], problems: [] };
  const mtimes = readdirSync(dir).map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}`).join('|');
  const hit = cache.get(descriptorPath);
  if (hit && hit.mtimes === mtimes) return hit.value;

  const source = parseYamlSource(readFileSync(descriptorPath, 'utf8'), file);
  const problems: Problem[] = [...source.problems];
  let descriptor: DataPackage | undefined;
  if (!problems.length) {
    const parsed = dataPackageSchema.safeParse(source.data);
    if (parsed.success) descriptor = parsed.data;
    else problems.push(...zodProblems(parsed.error, source));
  }
  const datasets: Dataset[] = [];
  if (descriptor) {
    const names = descriptor.resources.map((r) => r.name);
    descriptor.resources.forEach((resource, i) => {
      const at = (path: PropertyKey[]) => ({ file, ...source.positionOf(['resources', i, ...path]) });
      if (names.indexOf(resource.name) !== i) problems.push({ ...at(['name']), where: 'name', expected: 'a resource name used once', found: `"${resource.name}" again` });
      const fieldNames = resource.schema.fields.map((f) => f.name);
      fieldNames.forEach((n, j) => {
        if (fieldNames.indexOf(n) !== j) problems.push({ ...at(['schema', 'fields', j, 'name']), where: 'schema.fields.name', expected: `each field name once (already field ${fieldNames.indexOf(n) + 1})`, found: `"${n}" again` });
      });
      if (new Set(fieldNames).size !== fieldNames.length) return;
      for (const key of ([] as string[]).concat(resource.schema.primaryKey ?? [])) {
        if (!fieldNames.includes(key)) problems.push({ ...at(['schema', 'primaryKey']), where: 'schema.primaryKey', expected: `one of the fields ${fieldNames.join(', ')}`, found: `"${key}"` });
      }
      if (resource.rowSource && !fieldNames.includes(resource.rowSource)) problems.push({ ...at(['rowSource']), where: 'rowSource', expected: `one of the fields ${fieldNames.join(', ')}`, found: `"${resource.rowSource}"` });
      for (const [j, from] of (resource.derivedFrom ?? []).entries()) {
        if (!names.includes(from)) problems.push({ ...at(['derivedFrom', j]), where: 'derivedFrom', expected: `a resource of this package: ${names.join(', ')}`, found: `"${from}"` });
      }
      const csvPath = join(dir, resource.path);
      const csvFile = rel(csvPath);
      if (!existsSync(csvPath)) {
        problems.push({ ...at(['path']), where: 'path', expected: `a CSV file at ${csvFile}`, found: 'no such file' });
        return;
      }
      const decoded = decodeCsv(readFileSync(csvPath), csvFile);
      if ('problem' in decoded) {
        problems.push(decoded.problem);
        return;
      }
      const { rows, problems: rowProblems } = validateRows(parseCsv(decoded.text, csvFile), resource, csvFile);
      problems.push(...rowProblems);
      if (!rowProblems.length) datasets.push({ year, resource, file: csvFile, rows });
    });
  }
  const unavailable = (descriptor?.resources ?? []).map((r) => r.name).filter((n) => !datasets.some((d) => d.resource.name === n));
  const warnings: Problem[] = [];
  descriptor?.resources.forEach((r, i) => {
    const ds = datasets.find((d) => d.resource.name === r.name);
    if (ds && !ds.rows.length && r.status === 'published') warnings.push({ file, ...source.positionOf(['resources', i, 'status']), where: `${r.name} status`, expected: 'rows in a published dataset (fill the CSV, or set status until it is)', found: `0 rows in ${ds.file} with status "published"` });
  });
  const listed = new Set((descriptor?.resources ?? []).map((r) => r.path));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
    if (!listed.has(name)) warnings.push({ file: rel(join(dir, name)), where: 'datapackage.json', expected: 'a resource in datapackage.json listing this CSV (a CSV no resource lists is not used)', found: 'none' });
  }
  const value: LoadedPackage = { year, file, descriptor, datasets, unavailable, warnings, problems };
  cache.set(descriptorPath, { mtimes, value });
  return value;
}

/** Every edition's data package under `<root>/data/`. */
export function loadAllData(root: string): LoadedPackage[] {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((n) => /^\d{4}$/.test(n))
    .sort()
    .map((n) => loadDataPackage(root, Number(n)));
}
