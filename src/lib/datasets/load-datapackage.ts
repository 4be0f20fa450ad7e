import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { z } from 'zod';
import type { Row } from './row.ts';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource, type Path, type YamlSource } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import {
  dialectSchema,
  packageMetaSchema,
  resourceInputSchema,
  tableSchemaSchema,
  type DataPackage,
  type PackageMeta,
  type Dialect,
  type License,
  type Resource,
  type ResourceInput,
  type Source,
  type TableSchema,
} from './descriptor.ts';
import { checkForeignKeys } from './foreign-keys.ts';
import { nearMissKeys } from './near-miss-keys.ts';
import type { ParsedCsv } from './parse-csv.ts';
import { readCsv } from './read-csv.ts';
import { PROBLEM_CAP, validateRows } from './validate.ts';
import type { Dataset } from './dataset.ts';
import { urlSegment } from '../links/urls.ts';

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
  /** What is allowed but probably a leftover or a slip: a published dataset with no rows, a CSV no resource lists, a misspelt key. */
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
const tabularFormats = new Set(['csv', 'tsv']);

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

function prefixed(error: z.ZodError, path: PropertyKey[]): z.ZodError {
  return new z.ZodError(
    error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })) as z.core.$ZodIssue[],
  );
}

/** Files below `dir`, relative to it, with forward slashes (a package may keep its tables in data/). */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

interface Context {
  dir: string;
  year?: number;
  file: string;
  at: (path: Path) => { file: string; line: number; column: number };
  rel: (p: string) => string;
  names?: string[];
}

const isUrl = (p: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p);

/** Fill in what a resource inherits from its package and read a schema or dialect kept in its own file. */
function resolveResource(
  input: ResourceInput,
  pkg: PackageMeta,
  ctx: Context & { year: number; names: string[] },
): { resource?: Resource; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const { at } = ctx;
  const paths = input.path === undefined ? [] : ([] as string[]).concat(input.path);
  if (!paths.length && !input.data)
    problems.push({
      ...at([]),
      where: 'path',
      expected: 'a `path` to a CSV file beside datapackage.json (or inline `data`)',
      found: '(missing)',
    });
  paths.forEach((p, j) => {
    const where = Array.isArray(input.path) ? ['path', j] : ['path'];
    if (isUrl(p)) {
      const base = p.split(/[?#]/)[0]!.split('/').pop() || `${input.name}.csv`;
      problems.push({
        ...at(where),
        where: 'path',
        expected: `a local file: download it into data/${ctx.year}/ first (e.g. curl -L -o data/${ctx.year}/${base} '${p}') and set "path": "${base}"`,
        found: `a URL ${p}`,
      });
    } else if (p.startsWith('/') || /^[a-z]:/i.test(p) || normalize(p).split(/[\\/]/).includes('..')) {
      problems.push({
        ...at(where),
        where: 'path',
        expected: `a path inside data/${ctx.year}/, relative to datapackage.json`,
        found: JSON.stringify(p),
      });
    }
  });

  const format = (input.format ?? (extname(paths[0] ?? '').slice(1) || (input.data ? 'json' : ''))).toLowerCase();
  const tabular = tabularFormats.has(format) || (input.data !== undefined && input.schema !== undefined);
  if (!tabular) {
    if (input.schema === undefined) {
      // The standard allows any file in a package (a PDF, a README); Bluebook shows tables only.
      warnings.push({
        ...at(['path']),
        where: input.name,
        expected: 'a CSV or TSV table (other files of a package are listed in it but not shown)',
        found: `format ${JSON.stringify(format || '(none)')}`,
      });
      return { problems, warnings };
    }
    problems.push({
      ...at(input.format ? ['format'] : ['path']),
      where: 'format',
      expected: 'a CSV or TSV file (save a spreadsheet as "CSV UTF-8")',
      found: JSON.stringify(format || paths[0] || '(none)'),
    });
  }

  const schema = referenced(input.schema, tableSchemaSchema, ['schema'], ctx, problems) as TableSchema | undefined;
  if (tabular && input.schema === undefined)
    problems.push({
      ...at([]),
      where: 'schema',
      expected: 'a Table Schema listing the columns (`schema`: {"fields": [...]})',
      found: '(missing)',
    });
  const dialect = (referenced(input.dialect, dialectSchema, ['dialect'], ctx, problems) ?? {}) as Dialect;
  if (format === 'tsv' && dialect.delimiter === undefined) dialect.delimiter = '\t';

  const sources = (input.sources ?? pkg.sources)?.map(
    (s): Source => ({
      title: (s.title ?? s.name)!,
      ...((s.path ?? s.web) ? { path: (s.path ?? s.web)! } : {}),
      ...(s.email ? { email: s.email } : {}),
      ...(s.version ? { version: s.version } : {}),
      ...(s.seen ? { seen: s.seen } : {}),
    }),
  );
  if (!sources)
    problems.push({
      ...at([]),
      where: 'sources',
      expected: 'sources on the resource or on the package (where its facts come from)',
      found: '(missing in both)',
    });
  const licenseList =
    input.licenses ??
    (input.license ? [input.license] : undefined) ??
    pkg.licenses ??
    (pkg.license ? [pkg.license] : undefined);
  const licenses = licenseList?.map(
    (l): License =>
      typeof l === 'string'
        ? { name: l }
        : {
            ...(l.name ? { name: l.name } : {}),
            ...(l.path ? { path: l.path } : {}),
            ...(l.title ? { title: l.title } : {}),
          },
  );
  if (!licenses)
    problems.push({
      ...at([]),
      where: 'licenses',
      expected: 'licenses on the resource or on the package (e.g. [{"name": "CC-BY-4.0"}])',
      found: '(missing in both)',
    });
  const status = input.status ?? pkg.status;
  if (!status)
    problems.push({
      ...at([]),
      where: 'status',
      expected: 'a Bluebook `status` on the resource or the package: published, derived or illustrative',
      found: '(missing in both)',
    });
  if (status === 'derived' && !input.derivedFrom?.length)
    problems.push({
      ...at(['derivedFrom']),
      where: 'derivedFrom',
      expected: 'a `derivedFrom` list naming the resources this derived dataset was computed from',
      found: '(missing)',
    });
  for (const [j, from] of (input.derivedFrom ?? []).entries()) {
    if (!ctx.names.includes(from))
      problems.push({
        ...at(['derivedFrom', j]),
        where: 'derivedFrom',
        expected: `a resource of this package: ${ctx.names.join(', ')}`,
        found: `"${from}"`,
      });
  }
  if (schema) {
    const fieldNames = schema.fields.map((f) => f.name);
    const schemaAt = typeof input.schema === 'string' ? undefined : (path: Path) => at(['schema', ...path]);
    fieldNames.forEach((n, j) => {
      if (fieldNames.indexOf(n) !== j)
        problems.push({
          ...(schemaAt?.(['fields', j, 'name']) ?? at(['schema'])),
          where: 'schema.fields.name',
          expected: `each field name once (already field ${fieldNames.indexOf(n) + 1})`,
          found: `"${n}" again`,
        });
    });
    const keyCheck = (key: string | string[], path: Path, what: string) => {
      for (const k of ([] as string[]).concat(key))
        if (!fieldNames.includes(k))
          problems.push({
            ...(schemaAt?.(path) ?? at(['schema'])),
            where: what,
            expected: `one of the fields ${fieldNames.join(', ')}`,
            found: `"${k}"`,
          });
    };
    if (schema.primaryKey) keyCheck(schema.primaryKey, ['primaryKey'], 'schema.primaryKey');
    schema.uniqueKeys?.forEach((k, j) => keyCheck(k, ['uniqueKeys', j], 'schema.uniqueKeys'));
    schema.foreignKeys?.forEach((k, j) =>
      keyCheck(k.fields, ['foreignKeys', j, 'fields'], 'schema.foreignKeys.fields'),
    );
    if (input.rowSource && !fieldNames.includes(input.rowSource))
      problems.push({
        ...at(['rowSource']),
        where: 'rowSource',
        expected: `one of the fields ${fieldNames.join(', ')}`,
        found: `"${input.rowSource}"`,
      });
    schema.fields.forEach((f, j) => {
      if (f.constraints?.pattern === undefined) return;
      try {
        new RegExp(f.constraints.pattern, 'u');
      } catch (e) {
        problems.push({
          ...(schemaAt?.(['fields', j, 'constraints', 'pattern']) ?? at(['schema'])),
          where: `${f.name} (pattern)`,
          expected: 'a regular expression',
          found: `${JSON.stringify(f.constraints.pattern)} (${(e as Error).message})`,
        });
      }
    });
  }
  if (problems.length || !schema || !sources || !licenses || !status) return { problems, warnings };
  const title = input.title ?? input.titles?.zh ?? input.name;
  return {
    problems,
    warnings,
    resource: {
      name: input.name,
      paths,
      title: { zh: title, ...(input.titles?.en ? { en: input.titles.en } : {}) },
      ...(input.description ? { description: input.description } : {}),
      schema,
      dialect,
      encoding: input.encoding ?? 'utf-8',
      ...(input.bytes !== undefined ? { bytes: input.bytes } : {}),
      ...(input.hash ? { hash: input.hash } : {}),
      sources,
      licenses,
      status,
      ...(input.derivedFrom ? { derivedFrom: input.derivedFrom } : {}),
      gaps: input.gaps,
      ...(input.rowSource ? { rowSource: input.rowSource } : {}),
    },
  };
}

/** A schema or dialect given inline, or as the path of a JSON file beside datapackage.json. */
function referenced<T extends z.ZodType>(
  value: unknown,
  schema: T,
  path: Path,
  ctx: Context,
  problems: Problem[],
): z.infer<T> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value as z.infer<T>;
  if (isUrl(value)) {
    problems.push({
      ...ctx.at(path),
      where: String(path[0]),
      expected: `a local JSON file: download it into ${ctx.rel(ctx.dir)}/ first and give its name`,
      found: `a URL ${value}`,
    });
    return undefined;
  }
  const full = join(ctx.dir, value);
  if (!existsSync(full)) {
    problems.push({
      ...ctx.at(path),
      where: String(path[0]),
      expected: `a JSON file at ${ctx.rel(full)}`,
      found: 'no such file',
    });
    return undefined;
  }
  const src = parseYamlSource(readFileSync(full, 'utf8'), ctx.rel(full));
  if (src.problems.length) {
    problems.push(...src.problems);
    return undefined;
  }
  const parsed = schema.safeParse(src.data);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, src));
    return undefined;
  }
  return parsed.data;
}

/** Read, decode, parse and validate a resource's table; check its declared size and hash. */
function readTable(
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

/** `bytes` and `hash` as declared: a mismatch means the file changed since the package was made. */
function integrity(bytes: Buffer, resource: Resource, at: Context['at'], file: string): Problem[] {
  const out: Problem[] = [];
  if (resource.bytes !== undefined && resource.bytes !== bytes.length)
    out.push({
      ...at(['bytes']),
      where: `${resource.name} bytes`,
      expected: `${resource.bytes} bytes, as declared (update \`bytes\` if ${file} was changed on purpose)`,
      found: `${bytes.length} bytes`,
    });
  if (resource.hash) {
    const m = /^(?:(md5|sha1|sha256|sha512):)?([0-9a-f]+)$/i.exec(resource.hash);
    if (!m)
      out.push({
        ...at(['hash']),
        where: `${resource.name} hash`,
        expected: 'a hash such as "sha256:…" or an MD5 hex string',
        found: JSON.stringify(resource.hash),
      });
    else {
      const actual = createHash((m[1] ?? 'md5').toLowerCase())
        .update(bytes)
        .digest('hex');
      if (actual !== m[2]!.toLowerCase())
        out.push({
          ...at(['hash']),
          where: `${resource.name} hash`,
          expected: `the declared ${m[1] ?? 'md5'} ${m[2]} (update \`hash\` if ${file} was changed on purpose)`,
          found: actual,
        });
    }
  }
  return out;
}
