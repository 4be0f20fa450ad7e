// A resource as written, resolved: what it inherits from its package (sources, licences, status),
// its schema and dialect (inline or in a file of their own), its paths, checked.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../problems/problem.ts';
import { parseYamlSource, type Path } from '../problems/yaml-source.ts';
import { zodProblems } from '../problems/zod-problems.ts';
import {
  dialectSchema,
  tableSchemaSchema,
  type PackageMeta,
  type Dialect,
  type License,
  type Resource,
  type ResourceInput,
  type Source,
  type TableSchema,
} from './descriptor.ts';
import { type Context, isUrl } from './descriptor-files.ts';

const tabularFormats = new Set(['csv', 'tsv']);

/** Fill in what a resource inherits from its package and read a schema or dialect kept in its own file. */
export function resolveResource(
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
        expected:
          `a local file: download it into data/${ctx.year}/ first (e.g. curl -L -o data/${ctx.year}/${base} ` +
          `'${p}') and set "path": "${base}"`,
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
      ...(input.formerly ? { formerly: [input.formerly].flat() } : {}),
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
