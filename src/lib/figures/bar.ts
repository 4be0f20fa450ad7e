import { scaleBand, scaleLinear } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatValue } from '../datasets/format.ts';
import { linearTicks, TICK_SPACING } from './axis.ts';
import type { Chart, Mark } from './marks.ts';
import { el, esc, fitLabel, frame, ink, r1, textWidth } from './svg.ts';

export interface BarOptions {
  id: string;
  title: string;
  summary: string;
  label: string;
  value: string;
  groupBy?: string | undefined;
  sort?: 'desc' | 'asc' | 'none';
  unit?: string | undefined;
  width?: number;
}

/** The bars a chart shows: one per row (or per group, summed), sorted, empty values kept as "no data". */
export function barMarks(
  rows: readonly Row[],
  o: Pick<BarOptions, 'label' | 'value' | 'groupBy' | 'sort' | 'unit'>,
): Mark[] {
  const by = o.groupBy ?? o.label;
  const sums = new Map<string, number | null>();
  for (const r of rows) {
    const key = String(r[by] ?? '');
    const v = typeof r[o.value] === 'number' ? (r[o.value] as number) : null;
    const prev = sums.get(key);
    sums.set(key, v === null ? (prev ?? null) : (prev ?? 0) + v);
  }
  const marks = [...sums].map(([label, value]) => ({
    label,
    value,
    display: value === null ? '无数据' : `${formatValue(value)}${o.unit ?? ''}`,
  }));
  if (o.sort === 'none') return marks;
  const dir = o.sort === 'asc' ? 1 : -1;
  return marks.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : dir * (a.value - b.value)));
}

/** Horizontal bars with labels on the left and values at the bar ends (long Chinese labels read best). */
export function renderBar(rows: readonly Row[], o: BarOptions): Chart {
  const marks = barMarks(rows, o);
  const width = o.width ?? 640;
  const labelWidth = Math.min(200, width * 0.4, 16 + Math.max(...marks.map((m) => m.label.length)) * 14);
  const barH = 26;
  const top = 8;
  const height = top + marks.length * barH + 28;
  const max = Math.max(0, ...marks.map((m) => m.value ?? 0));
  // Room after the longest bar for its value label, measured (25.74万亿美元 needs more than 8).
  const valueRoom = Math.min(width / 3, 10 + Math.max(40, ...marks.map((m) => textWidth(m.display))));
  const x = scaleLinear()
    .domain([0, max || 1])
    .nice()
    .range([labelWidth, width - valueRoom]);
  const y = scaleBand<number>()
    .domain(marks.map((_, i) => i))
    .range([top, top + marks.length * barH])
    .padding(0.25);
  const { values: ticks, text: tick } = linearTicks(x, width - valueRoom - labelWidth, TICK_SPACING.bars, 5);
  const grid = ticks.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', {
        x1: r1(x(t)),
        x2: r1(x(t)),
        y1: top,
        y2: top + marks.length * barH,
        stroke: ink.rule,
        'stroke-width': 1,
      }),
      el('text', { x: r1(x(t)), y: height - 8, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(tick(t))),
    ),
  );
  const bars = marks.map((m, i) => {
    const y0 = y(i)!;
    const mid = r1(y0 + y.bandwidth() / 2 + 4.5);
    const w = m.value === null ? 0 : x(m.value) - x(0);
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${m.label}：${m.display}`,
        'data-label': m.label,
        'data-value': m.value ?? '',
      },
      el(
        'text',
        { x: labelWidth - 8, y: mid, 'text-anchor': 'end', fill: ink.text, class: 'label' },
        esc(fitLabel(m.label, labelWidth - 12)),
      ),
      m.value === null
        ? el('text', { x: labelWidth + 4, y: mid, fill: ink.muted, class: 'none' }, '无数据')
        : el('rect', {
            x: r1(x(0)),
            y: r1(y0),
            width: r1(Math.max(w, 1)),
            height: r1(y.bandwidth()),
            fill: ink.accent,
            class: 'bar',
          }),
      m.value === null
        ? ''
        : el('text', { x: r1(x(0) + w + 6), y: mid, fill: ink.text, class: 'value' }, esc(m.display)),
    );
  });
  const body = el('g', { class: 'grid', 'aria-hidden': 'true' }, ...grid) + el('g', { role: 'list' }, ...bars);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
