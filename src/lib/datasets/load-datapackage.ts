import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource, type Path, type YamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import { packageMetaSchema, resourceInputSchema, type DataPackage, type Resource } from './descriptor.ts';
import { checkForeignKeys } from './foreign-keys.ts';
import { nearMissKeys } from './near-miss-keys.ts';
import type { Dataset } from './dataset.ts';
import { urlSegment } from '../links/urls.ts';
import { listFiles, prefixed } from './descriptor-files.ts';
import { resolveResource } from './resolve-resource.ts';
import { readTable } from './read-table.ts';

export type { Dataset } from './dataset.ts';

export interface LoadedPackage {
  year: number;
  /** datapackage.json, relative to the project root. */
  file: string;
  descriptor: DataPackage | undefined;
  /** The resources whose CSV passed every check. */
  datasets: Dataset[];
  /** Resources listed in the descriptor whose file failed a check: their problems are reported once, here. */
  unavailable: string[];
  /** What is allowed but probably a leftover or a slip: a published dataset with no rows, a CSV no resource lists, a
   * misspelt key. */
  warnings: Problem[];
  problems: Problem[];
}

const cache = new Map<string, { mtimes: string; value: LoadedPackage }>();
/** The descriptor names Bluebook reads in data/<year>/, as the Frictionless framework does. */
export const DESCRIPTOR_NAMES = ['datapackage.json', 'datapackage.yaml', 'datapackage.yml'] as const;

/** A data folder without a descriptor: the tables it holds (and descriptors in its subfolders,
 * which are not read) are reported, so that nothing there is skipped in silence. */
function unreadFolder(dir: string, rel: (p: string) => string): Problem[] {
  if (!existsSync(dir)) return [];
  const files = listFiles(dir);
  const tables = files.filter((n) => /\.(csv|tsv)$/i.test(n));
  const nested = files.filter((n) => /(^|\/)datapackage\.(json|ya?ml)$/.test(n));
  if (!tables.length && !nested.length) return [];
  const what = [...nested.map((n) => `${n} (read only directly in ${rel(dir)}/)`), ...tables].join(', ');
  const expected = `a datapackage.json (or datapackage.yaml) in ${rel(dir)}/ describing its tables`;
  return [{ file: `${rel(dir)}/`, expected, found: `no descriptor, and ${what}` }];
}
const packageShell = packageMetaSchema.extend({ resources: z.array(z.unknown()) });

/** Let go of every loaded package (a process done with the data, such as the build's assembler). */
export function forgetDataPackages(): void {
  cache.clear();
}

/** Load and check `data/<year>/`: the descriptor and every table it lists. Parsed once per change. */
export function loadDataPackage(root: string, year: number): LoadedPackage {
  const dir = join(root, 'data', String(year));
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const found = existsSync(dir) ? DESCRIPTOR_NAMES.filter((n) => existsSync(join(dir, n))) : [];
  const descriptorPath = join(dir, found[0] ?? 'datapackage.json');
  const file = rel(descriptorPath);
  const empty = { year, file, descriptor: undefined, datasets: [], unavailable: [], warnings: [] };
  if (!found.length) return { ...empty, problems: unreadFolder(dir, rel) };
  const mtimes = listFiles(dir)
    .map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}`)
    .join('|');
  const hit = cache.get(descriptorPath);
  if (hit && hit.mtimes === mtimes) return hit.value;
  // Let the old tables go before reading the new ones (a dev server would otherwise hold both).
  cache.delete(descriptorPath);

  // JSON is YAML: one parser, with positions, for datapackage.json, .yaml and .yml alike.
  const source = parseYamlSource(readFileSync(descriptorPath, 'utf8'), file);
  const problems: Problem[] = [...source.problems];
  // Two descriptors: which one an editor edits is a guess, and a wrong guess is silent.
  for (const other of found.slice(1)) {
    const expected = `one descriptor in data/${year}/ (${DESCRIPTOR_NAMES.join(', ')})`;
    problems.push({ file: rel(join(dir, other)), line: 1, column: 1, expected, found: `${found[0]} and ${other}` });
  }
  const warnings: Problem[] = [];
  const datasets: Dataset[] = [];
  let descriptor: DataPackage | undefined;
  const shell = problems.length ? undefined : packageShell.safeParse(source.data);
  if (shell && !shell.success) problems.push(...zodProblems(shell.error, source));
  if (shell?.success) {
    const pkg = shell.data;
    warnings.push(...nearMissKeys(source, []));
    // Each resource is checked on its own: one bad entry reports its problems and leaves the others usable.
    const inputs = pkg.resources.map((raw, i) => {
      const parsed = resourceInputSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...zodProblems(prefixed(parsed.error, ['resources', i]), source));
        return undefined;
      }
      warnings.push(...nearMissKeys(source, ['resources', i]));
      return parsed.data;
    });
    const names = inputs.map((r, i) => r?.name ?? (pkg.resources[i] as { name?: string } | undefined)?.name ?? '');
    const resources: Resource[] = [];
    inputs.forEach((input, i) => {
      if (!input) return;
      const at = (path: Path) => ({ file, ...source.positionOf(['resources', i, ...path]) });
      if (names.indexOf(input.name) !== i) {
        problems.push({
          ...at(['name']),
          where: 'name',
          expected: 'a resource name used once',
          found: `"${input.name}" again`,
        });
        return;
      }
      // Two names with one URL ("GDP per capita" and "gdp-per-capita" are not, "p 4" and "p-4" are).
      const segment = urlSegment(input.name);
      const twin = names.findIndex((n, j) => j < i && n !== input.name && urlSegment(n) === segment);
      if (twin >= 0) {
        const expected = `a name whose URL segment no other resource has (here "${segment}")`;
        problems.push({
          ...at(['name']),
          where: 'name',
          expected,
          found: `"${input.name}", the same URL as "${names[twin]}"`,
        });
        return;
      }
      const resolved = resolveResource(input, pkg, { dir, year, file, at, rel, names });
      problems.push(...resolved.problems);
      warnings.push(...resolved.warnings);
      if (!resolved.resource) return;
      const resource = resolved.resource;
      resources.push(resource);
      const table = readTable(resource, input, { dir, file, at, rel, source, index: i });
      problems.push(...table.problems);
      warnings.push(...table.warnings);
      if (table.dataset) datasets.push({ year, ...table.dataset });
    });
    descriptor = { ...pkg, resources };
    const fk = checkForeignKeys(datasets, (name, path) => ({
      file,
      ...source.positionOf(['resources', names.indexOf(name), 'schema', ...path]),
    }));
    problems.push(...fk.problems);
    // A table whose foreign keys do not hold is not usable either (its rows point at nothing).
    datasets.splice(0, datasets.length, ...datasets.filter((d) => !fk.failed.has(d.resource.name)));
    resources.forEach((r) => {
      const ds = datasets.find((d) => d.resource.name === r.name);
      if (ds && !ds.rows.length && r.status === 'published')
        warnings.push({
          file,
          ...source.positionOf(['resources', names.indexOf(r.name), 'status']),
          where: `${r.name} status`,
          expected: 'rows in a published dataset (fill the CSV, or set status until it is)',
          found: `0 rows in ${ds.file} with status "published"`,
        });
    });
    // Paths as written, also of resources that failed their own check (their CSV is not a stray).
    const listed = new Set(
      pkg.resources
        .flatMap((r) => ([] as unknown[]).concat((r as { path?: unknown } | null)?.path ?? []))
        .filter((p): p is string => typeof p === 'string')
        .map((p) => normalize(p).split('\\').join('/')),
    );
    for (const name of listFiles(dir).filter((n) => /\.(csv|tsv)$/i.test(n))) {
      if (!listed.has(name))
        warnings.push({
          file: rel(join(dir, name)),
          where: 'datapackage.json',
          expected: 'a resource in datapackage.json listing this CSV (a CSV no resource lists is not used)',
          found: 'none',
        });
    }
    for (const name of listFiles(dir).filter((n) => /\/datapackage\.(json|ya?ml)$/.test(n))) {
      const expected = `one descriptor, ${file} (a descriptor in a subfolder is not read; move its resources there)`;
      warnings.push({ file: rel(join(dir, name)), expected, found: 'a second descriptor' });
    }
  }
  const unavailable = listedNames(descriptor, source).filter((n) => !datasets.some((d) => d.resource.name === n));
  const value: LoadedPackage = { year, file, descriptor, datasets, unavailable, warnings, problems };
  cache.set(descriptorPath, { mtimes, value });
  return value;
}

/** Every resource name the descriptor lists, also those that failed their own check. */
function listedNames(descriptor: DataPackage | undefined, source: YamlSource): string[] {
  const raw = (source.data as { resources?: unknown } | undefined)?.resources;
  const listed = Array.isArray(raw)
    ? raw
        .map((r) =>
          r && typeof r === 'object' && typeof (r as { name?: unknown }).name === 'string'
            ? (r as { name: string }).name
            : '',
        )
        .filter(Boolean)
    : [];
  return [...new Set([...(descriptor?.resources.map((r) => r.name) ?? []), ...listed])];
}
