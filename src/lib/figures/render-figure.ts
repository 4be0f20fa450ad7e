import type { Row } from '../datasets/row.ts';
import type { Field } from '../datasets/descriptor.ts';
import { renderBar, barMarks } from './bar.ts';
import { lineMarks, renderLine } from './line.ts';
import type { Chart } from './marks.ts';
import type { FigureSpec } from './spec.ts';
import { summarise } from './summary.ts';
import { renderTileMap, tileMarks } from './tile-map.ts';
import { renderDots } from './dots.ts';
import { renderSlope } from './slope.ts';
import { renderTimeline } from './timeline.ts';
import { renderMultiBar } from './stacked-bar.ts';
import { renderChoropleth } from './choropleth.ts';

export { NARROW_WIDTH } from './marks.ts';

export interface RenderedFigure {
  /** The chart as SVG (undefined for a table figure). */
  chart: Chart | undefined;
  /** The same chart laid out for a phone (NARROW_WIDTH wide), with its own element ids. */
  narrow?: string | undefined;
  summary: { zh: string; en: string };
  /** The table view: exactly the data the figure shows, also its CSV download. */
  table: { columns: string[]; rows: (string | number | null)[][] };
}

/** Render a checked figure declaration over its rows. `svgId` keeps ids unique on a page. */
export function renderFigure(
  spec: FigureSpec,
  rows: readonly Row[],
  fields: readonly Field[],
  svgId = spec.id,
  width?: number,
): RenderedFigure {
  const title = (name: string) => fields.find((f) => f.name === name)?.title ?? name;
  const y = spec.y ?? '';
  if (spec.kind === 'table') {
    const columns = spec.columns ? spec.columns.split(',').map((s) => s.trim()) : fields.map((f) => f.name);
    const marks = rows.map((r) => ({ label: String(r[columns[0]!] ?? ''), value: null, display: '' }));
    // A year is shown as written (2016), not as a quantity (2,016).
    const years = new Set(fields.filter((f) => f.type === 'year').map((f) => f.name));
    return {
      chart: undefined,
      summary: { zh: summarise('table', marks), en: summarise('table', marks, 'en') },
      table: {
        columns: columns.map(title),
        rows: rows.map(
          (r) =>
            columns.map((c) => (years.has(c) && typeof r[c] === 'number' ? String(r[c]) : (r[c] ?? null))) as (
              | string
              | number
              | null
            )[],
        ),
      },
    };
  }
  const base = { id: svgId, title: spec.title, unit: spec.unit, ...(width ? { width } : {}) };
  if (spec.kind === 'bar' && spec.series) {
    const series = [y, ...spec.series.split(',').map((s) => s.trim())].map((c) => ({ column: c, title: title(c) }));
    const chart = renderMultiBar(rows, { ...base, summary: '', label: spec.x, series, stacked: spec.stack === 'true' });
    return withSummary('bar', chart, svgId, {
      columns: [title(spec.x), ...series.map((s) => s.title)],
      rows: rows.map((r) => [
        r[spec.x] as string,
        ...series.map((s) => (typeof r[s.column] === 'number' ? (r[s.column] as number) : null)),
      ]),
    });
  }
  if (spec.kind === 'choropleth') {
    const chart = renderChoropleth(rows, { ...base, summary: '', province: spec.x, value: y });
    return withSummary('map', chart, svgId, {
      columns: [title(spec.x), title(y)],
      rows: chart.marks.map((m) => [m.label, m.value]),
    });
  }
  if (spec.kind === 'dots' || spec.kind === 'slope' || spec.kind === 'timeline') {
    const draft = { ...base, summary: '' };
    const chart =
      spec.kind === 'dots'
        ? renderDots(rows, {
            ...draft,
            label: spec.x,
            value: y,
            low: spec.low ?? y,
            high: spec.high ?? y,
            reversed: spec.ranks === 'true',
          })
        : spec.kind === 'slope'
          ? renderSlope(rows, {
              ...draft,
              label: spec.x,
              before: y,
              after: spec.y2!,
              beforeLabel: title(y),
              afterLabel: title(spec.y2!),
              ranks: spec.ranks === 'true',
            })
          : renderTimeline(rows, { ...draft, date: spec.x, label: spec.label! });
    const columns = spec.kind === 'timeline' ? [spec.x, spec.label!] : [spec.x, y, ...(spec.y2 ? [spec.y2] : [])];
    return withSummary(spec.kind, chart, svgId, {
      columns: columns.map(title),
      rows: rows.map((r) => columns.map((c) => (r[c] ?? null) as string | number | null)),
    });
  }
  let marks: ReturnType<typeof barMarks> | ReturnType<typeof lineMarks> | ReturnType<typeof tileMarks>;
  if (spec.kind === 'bar')
    marks = barMarks(rows, { label: spec.x, value: y, groupBy: spec.groupBy, sort: spec.sort, unit: spec.unit });
  else if (spec.kind === 'line') marks = lineMarks(rows, { x: spec.x, y, bound: spec.bound, unit: spec.unit });
  else marks = tileMarks(rows, { province: spec.x, value: y, unit: spec.unit });
  const summary = { zh: summarise(spec.kind, marks), en: summarise(spec.kind, marks, 'en') };
  const chart =
    spec.kind === 'bar'
      ? renderBar(rows, {
          ...base,
          summary: summary.zh,
          label: spec.x,
          value: y,
          groupBy: spec.groupBy,
          sort: spec.sort,
        })
      : spec.kind === 'line'
        ? renderLine(rows, { ...base, summary: summary.zh, x: spec.x, y, bound: spec.bound })
        : renderTileMap(rows, { ...base, summary: summary.zh, province: spec.x, value: y });
  const labelTitle = spec.kind === 'bar' && spec.groupBy ? title(spec.groupBy) : title(spec.x);
  const columns = [labelTitle, `${title(y)}${spec.unit ? `（${spec.unit}）` : ''}`];
  // A map shows provinces known only as a group (陕西+宁夏 7): the table and its CSV keep that total.
  const combined = chart.marks.some((m) => 'combined' in m && m.combined);
  return {
    chart,
    summary,
    table: combined
      ? {
          columns: [...columns, '合计说明'],
          rows: chart.marks.map((m) => [m.label, m.value, 'combined' in m && m.combined ? m.display : null]),
        }
      : { columns, rows: chart.marks.map((m) => [m.label, m.value]) },
  };
}

/** Summarise a chart drawn without its summary, and write the summary into its <desc>. */
function withSummary(
  kind: FigureSpec['kind'],
  chart: Chart,
  svgId: string,
  table: RenderedFigure['table'],
): RenderedFigure {
  const summary = { zh: summarise(kind, chart.marks), en: summarise(kind, chart.marks, 'en') };
  const desc = summary.zh.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  return {
    chart: {
      ...chart,
      svg: chart.svg.replace(`<desc id="${svgId}-desc"></desc>`, `<desc id="${svgId}-desc">${desc}</desc>`),
    },
    summary,
    table,
  };
}
