import { scaleBand, scaleLinear } from 'd3';
import type { Row } from '../data/row.ts';
import { formatNumber } from '../datasets/format.ts';
import type { Chart, Mark } from './marks.ts';
import { categorical } from './palette.ts';
import { el, esc, frame, ink, r1 } from './svg.ts';

export interface MultiBarOptions {
  id: string;
  title: string;
  summary: string;
  label: string;
  /** The numeric columns: one segment (stacked) or one bar (grouped) each. */
  series: { column: string; title: string }[];
  stacked: boolean;
  unit?: string | undefined;
  width?: number;
}

/** Horizontal bars with several numeric columns per category, stacked or side by side, with a legend. */
export function renderMultiBar(rows: readonly Row[], o: MultiBarOptions): Chart {
  const num = (r: Row, k: string) => (typeof r[k] === 'number' ? (r[k] as number) : 0);
  const total = (r: Row) => o.series.reduce((a, s) => a + num(r, s.column), 0);
  const data = [...rows].sort((a, b) => total(b) - total(a));
  const marks: Mark[] = data.map((r) => ({ label: String(r[o.label] ?? ''), value: total(r), display: o.series.map((s) => `${s.title} ${formatNumber(num(r, s.column))}${o.unit ?? ''}`).join('，') }));
  const width = o.width ?? 640;
  const labelWidth = Math.min(200, 16 + Math.max(0, ...marks.map((m) => m.label.length)) * 14);
  const band = o.stacked ? 24 : 12 * o.series.length + 10;
  const top = 34;
  const height = top + data.length * band + 28;
  const max = Math.max(1, ...data.map((r) => (o.stacked ? total(r) : Math.max(...o.series.map((s) => num(r, s.column))))));
  const x = scaleLinear().domain([0, max]).nice().range([labelWidth, width - 24]);
  const y = scaleBand<number>().domain(data.map((_, i) => i)).range([top, top + data.length * band]).padding(0.2);
  const colour = (k: number) => categorical[k % categorical.length]!;
  const legend = o.series.map((s, k) => el('g', {}, el('rect', { x: r1(labelWidth + k * 130), y: 8, width: 12, height: 12, fill: colour(k), class: `series-${k}` }), el('text', { x: r1(labelWidth + k * 130 + 18), y: 18.5, fill: ink.text, class: 'label' }, esc(s.title)))).join('');
  const ticks = x.ticks(5).map((t) => el('g', { class: 'tick' }, el('line', { x1: r1(x(t)), x2: r1(x(t)), y1: top, y2: top + data.length * band, stroke: ink.rule }), el('text', { x: r1(x(t)), y: height - 8, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(formatNumber(t)))));
  const bars = data.map((r, i) => {
    const y0 = y(i)!;
    let acc = 0;
    const segs = o.series.map((s, k) => {
      const v = num(r, s.column);
      const h = o.stacked ? y.bandwidth() : y.bandwidth() / o.series.length;
      const rect = el('rect', { x: r1(x(o.stacked ? acc : 0)), y: r1(o.stacked ? y0 : y0 + k * h), width: r1(Math.max(0, x(v) - x(0))), height: r1(h), fill: colour(k), class: `bar series-${k}` });
      acc += v;
      return rect;
    });
    return el(
      'g',
      { class: 'mark', tabindex: i === 0 ? 0 : -1, role: 'listitem', 'aria-label': `${marks[i]!.label}：${marks[i]!.display}`, 'data-label': marks[i]!.label, 'data-value': total(r) },
      el('text', { x: labelWidth - 8, y: r1(y0 + y.bandwidth() / 2 + 4.5), 'text-anchor': 'end', fill: ink.text, class: 'label' }, esc(marks[i]!.label)),
      ...segs,
    );
  });
  const body = el('g', { class: 'legend' }, legend) + el('g', { class: 'grid', 'aria-hidden': 'true' }, ...ticks) + el('g', { role: 'list' }, ...bars);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
