import { line, scaleLinear, scaleUtc } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatValue } from '../datasets/format.ts';
import { formatTicks, tickCount, TICK_SPACING } from './axis.ts';
import type { Chart, Mark } from './marks.ts';
import { el, esc, frame, ink, r1, textWidth } from './svg.ts';

export interface LineOptions {
  id: string;
  title: string;
  summary: string;
  x: string;
  y: string;
  /** Column whose value `more-than` marks a lower bound. */
  bound?: string | undefined;
  unit?: string | undefined;
  width?: number;
}

const toDate = (s: string) => {
  const [y, m = 1, d = 1] = s.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
};

/** Points of a time series in date order; rows without a value are left out. */
export function lineMarks(
  rows: readonly Row[],
  o: Pick<LineOptions, 'x' | 'y' | 'bound' | 'unit'>,
): (Mark & { date: Date; lowerBound: boolean })[] {
  return rows
    .filter((r) => typeof r[o.y] === 'number' && typeof r[o.x] === 'string')
    .map((r) => {
      const lowerBound = o.bound ? r[o.bound] === 'more-than' : false;
      const value = r[o.y] as number;
      return {
        label: String(r[o.x]),
        value,
        date: toDate(String(r[o.x])),
        lowerBound,
        display: `${lowerBound ? '超过' : ''}${formatValue(value)}${o.unit ?? ''}`,
      };
    })
    .sort((a, b) => +a.date - +b.date);
}

/** A time series: one line, a dot per observation; lower bounds drawn hollow and said in the label. */
export function renderLine(rows: readonly Row[], o: LineOptions): Chart {
  const marks = lineMarks(rows, o);
  const width = o.width ?? 640;
  const height = 320;
  // The unit sits above the axis, clear of the top tick; the left margin fits the widest tick label.
  const m = { top: o.unit ? 34 : 24, right: 24, bottom: 32, left: 64 };
  const y = scaleLinear()
    .domain([0, Math.max(1, ...marks.map((d) => d.value ?? 0))])
    .nice()
    .range([height - m.bottom, m.top]);
  const yTickValues = y.ticks(5);
  const tick = formatTicks(yTickValues);
  m.left = Math.max(m.left, 16 + Math.max(...yTickValues.map((t) => textWidth(tick(t)))));
  const x = scaleUtc()
    .domain([marks[0]?.date ?? new Date(0), marks.at(-1)?.date ?? new Date(1)])
    .range([m.left, width - m.right]);
  // Many points: smaller dots, so they stay points rather than merging into a bar.
  const radius = Math.max(1.5, Math.min(5, (width - m.left - m.right) / Math.max(1, marks.length) / 3));
  const yTicks = yTickValues.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', { x1: m.left, x2: width - m.right, y1: r1(y(t)), y2: r1(y(t)), stroke: ink.rule }),
      el(
        'text',
        { x: m.left - 8, y: r1(y(t) + 4), 'text-anchor': 'end', fill: ink.muted, class: 'axis' },
        esc(tick(t)),
      ),
    ),
  );
  const xTicks = x
    .ticks(tickCount(width - m.left - m.right, TICK_SPACING.time, Math.min(6, marks.length)))
    .map((t) =>
      el(
        'text',
        { x: r1(x(t)), y: height - 10, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' },
        esc(`${t.getUTCFullYear()}年${t.getUTCMonth() ? `${t.getUTCMonth() + 1}月` : ''}`),
      ),
    );
  const path =
    line<(typeof marks)[number]>()
      .x((d) => r1(x(d.date)))
      .y((d) => r1(y(d.value!)))(marks) ?? '';
  const dots = marks.map((d, i) =>
    el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${d.label}：${d.display}`,
        'data-label': d.label,
        'data-value': d.value ?? '',
      },
      el('circle', {
        cx: r1(x(d.date)),
        cy: r1(y(d.value!)),
        r: r1(radius),
        fill: d.lowerBound ? '#ffffff' : ink.accent,
        stroke: ink.accent,
        'stroke-width': radius < 3 ? 1 : 2,
        class: d.lowerBound ? 'dot dot--bound' : 'dot',
      }),
    ),
  );
  const unit = o.unit ? el('text', { x: 8, y: 14, fill: ink.muted, class: 'axis' }, esc(o.unit)) : '';
  const body =
    el('g', { class: 'grid', 'aria-hidden': 'true' }, ...yTicks, ...xTicks, unit) +
    el('path', { d: path, fill: 'none', stroke: ink.accent, 'stroke-width': 2, class: 'line' }) +
    el('g', { role: 'list' }, ...dots);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
