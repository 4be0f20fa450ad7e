import { z } from 'zod';
import type { Row } from '../datasets/row.ts';
import type { Problem } from '../problems/problem.ts';
import type { Dataset } from '../datasets/load-datapackage.ts';
import { findProvince } from './provinces.ts';

/** Chart kinds a figure can be. */
export const figureKinds = ['bar', 'line', 'map', 'choropleth', 'table', 'dots', 'slope', 'timeline'] as const;
export type FigureKind = (typeof figureKinds)[number];

/** A `<Figure …/>` declaration, as written in MDX (every attribute is text). */
export const figureSpecSchema = z.strictObject({
  /** Stable id: the figure's URL (/2018/figures/<id>/) and the target of `<Ref id>`. Never renumbered. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id such as towns-by-province'),
  kind: z.enum(figureKinds),
  dataset: z.string().min(1),
  title: z.string().min(1),
  caption: z.string().optional(),
  /** Category (bar), time (line) or province (map) column. */
  x: z.string().min(1),
  /** Numeric column. Not needed for a table. */
  y: z.string().optional(),
  /** Sum `y` per value of this column first (bar), e.g. region. */
  groupBy: z.string().optional(),
  /** Keep rows where `column=value;…`. */
  where: z.string().optional(),
  unit: z.string().optional(),
  /** Column saying `more-than` for lower bounds (line). */
  bound: z.string().optional(),
  /** Dots: the columns of the range's two ends (e.g. a 5–95% interval). */
  low: z.string().optional(),
  high: z.string().optional(),
  /** Slope: the second numeric column (the first is `y`); `ranks` puts 1 at the top. */
  y2: z.string().optional(),
  ranks: z.enum(['true', 'false']).optional(),
  /** Timeline: the column describing each event (`x` is the date). */
  label: z.string().optional(),
  /** Columns a table shows, comma-separated (default: all). */
  columns: z.string().optional(),
  sort: z.enum(['desc', 'asc', 'none']).default('desc'),
  /** Bar: more numeric columns after `y`, comma-separated, drawn side by side, or stacked with `stack="true"`. */
  series: z.string().optional(),
  stack: z.enum(['true', 'false']).optional(),
});
export type FigureSpec = z.infer<typeof figureSpecSchema>;

const numeric = new Set(['integer', 'number']);
const temporal = new Set(['date', 'yearmonth', 'year', 'datetime']);

/** Check a declaration against its dataset; returns the rows it shows, or Problems placed at `at`. */
export function resolveFigure(
  spec: FigureSpec,
  datasets: readonly Dataset[],
  at: { file: string; line?: number; column?: number },
): { dataset: Dataset; rows: Row[] } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const p = (where: string, expected: string, found: string) =>
    problems.push({ ...at, where: `<Figure id="${spec.id}"> ${where}`, expected, found });
  const dataset = datasets.find((d) => d.resource.name === spec.dataset);
  if (!dataset) {
    p('dataset', `a dataset of this edition: ${datasets.map((d) => d.resource.name).join(', ')}`, `"${spec.dataset}"`);
    return { problems };
  }
  const fields = dataset.resource.schema.fields;
  const field = (name: string) => fields.find((f) => f.name === name);
  const names = fields.map((f) => `${f.name} (${f.type})`).join(', ');
  const where = spec.where
    ? Object.fromEntries(spec.where.split(';').map((s) => s.split('=').map((x) => x.trim()) as [string, string]))
    : {};
  for (const [attr, name] of [
    ['x', spec.x],
    ['y', spec.y],
    ['groupBy', spec.groupBy],
    ['bound', spec.bound],
    ['low', spec.low],
    ['high', spec.high],
    ['y2', spec.y2],
    ['label', spec.label],
    ...Object.keys(where).map((k) => ['where', k]),
  ] as const) {
    if (name && !field(name)) p(attr, `a column of ${dataset.resource.name}: ${names}`, `"${name}"`);
  }
  for (const name of spec.columns?.split(',').map((s) => s.trim()) ?? [])
    if (!field(name)) p('columns', `a column of ${dataset.resource.name}: ${names}`, `"${name}"`);
  for (const name of spec.series?.split(',').map((s) => s.trim()) ?? []) {
    if (!field(name)) p('series', `a column of ${dataset.resource.name}: ${names}`, `"${name}"`);
    else if (!numeric.has(field(name)!.type))
      p('series', 'numeric columns (integer or number)', `"${name}" of type ${field(name)!.type}`);
  }
  if (problems.length) return { problems };

  if (spec.kind === 'timeline') {
    if (!temporal.has(field(spec.x)!.type))
      p(
        'x',
        'a date column (date, yearmonth, year or datetime) for a timeline',
        `"${spec.x}" of type ${field(spec.x)!.type}`,
      );
    if (!spec.label) p('label', 'a column describing each event', '(missing)');
  } else if (spec.kind !== 'table') {
    if (!spec.y) p('y', `a numeric column for a ${spec.kind} chart`, '(missing)');
    else if (!numeric.has(field(spec.y)!.type))
      p(
        'y',
        `a numeric column (integer or number) for a ${spec.kind} chart`,
        `"${spec.y}" of type ${field(spec.y)!.type}`,
      );
  }
  for (const [attr, name] of [
    ['low', spec.low],
    ['high', spec.high],
    ['y2', spec.y2],
  ] as const) {
    if (name && !numeric.has(field(name)!.type))
      p(attr, 'a numeric column (integer or number)', `"${name}" of type ${field(name)!.type}`);
  }
  if (spec.kind === 'slope' && !spec.y2) p('y2', 'the second numeric column of a slope chart', '(missing)');
  if (spec.kind === 'line' && !temporal.has(field(spec.x)!.type))
    p(
      'x',
      'a date column (date, yearmonth, year or datetime) for a line chart',
      `"${spec.x}" of type ${field(spec.x)!.type}`,
    );
  if ((spec.kind === 'map' || spec.kind === 'choropleth') && field(spec.x)!.type !== 'string')
    p('x', 'a text column of province names for a map', `"${spec.x}" of type ${field(spec.x)!.type}`);
  if (problems.length) return { problems };

  const rows = dataset.rows.filter((r) => Object.entries(where).every(([k, v]) => String(r[k] ?? '') === v));
  if (spec.kind === 'map' || spec.kind === 'choropleth') {
    for (const r of rows) {
      const name = r[spec.x];
      if (typeof name !== 'string' || !name) continue;
      const unknown = name.split('+').filter((n) => !findProvince(n));
      if (unknown.length)
        p(
          'x',
          `province names such as 浙江 or 浙江省 (a combined unit joins names with +)`,
          `unknown province "${unknown.join('", "')}" in ${dataset.file}`,
        );
    }
  }
  return problems.length ? { problems } : { dataset, rows };
}
