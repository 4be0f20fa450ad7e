import { scaleBand, scaleLinear } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatValue } from '../datasets/format.ts';
import { linearTicks, TICK_SPACING } from './axis.ts';
import type { Chart, Mark } from './marks.ts';
import { categorical } from './palette.ts';
import { el, esc, fitLabel, frame, ink, r1, textWidth } from './svg.ts';

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
  const known = (r: Row, k: string) => typeof r[k] === 'number';
  // A missing value is unknown, not zero: said in the label and drawn as an empty outlined box.
  const marks: Mark[] = data.map((r) => ({
    label: String(r[o.label] ?? ''),
    value: total(r),
    display: o.series
      .map((s) => `${s.title} ${known(r, s.column) ? `${formatValue(num(r, s.column))}${o.unit ?? ''}` : '无数据'}`)
      .join('，'),
  }));
  const width = o.width ?? 640;
  const labelWidth = Math.min(200, width * 0.4, 16 + Math.max(0, ...marks.map((m) => m.label.length)) * 14);
  // Legend keys flow left to right from under the labels (from the left edge on a narrow chart), each as wide as its
  // text.
  const legendX = width < 480 ? 8 : labelWidth;
  const colour = (k: number) => categorical[k % categorical.length]!;
  const keys = [
    ...o.series.map((s, k) => ({
      text: s.title,
      swatch: { fill: colour(k), class: `series-${k}` } as Record<string, string>,
    })),
    ...(data.some((r) => o.series.some((s) => !known(r, s.column)))
      ? [{ text: '？无数据', swatch: { fill: 'none', stroke: ink.muted, 'stroke-dasharray': '3 2', class: 'unknown' } }]
      : []),
  ];
  // Keys wrap onto a second line when the chart is too narrow for them all.
  let kx = legendX;
  let ky = 8;
  const placed = keys.map((key) => {
    const w = 18 + textWidth(key.text);
    if (kx > legendX && kx + w > width - 8) {
      kx = legendX;
      ky += 22;
    }
    const at = { x: kx, y: ky };
    kx += w + 16;
    return { key, at };
  });
  const legend = placed
    .map(({ key, at }) =>
      el(
        'g',
        {},
        el('rect', { x: r1(at.x), y: at.y, width: 12, height: 12, ...key.swatch }),
        el('text', { x: r1(at.x + 18), y: at.y + 10.5, fill: ink.text, class: 'label' }, esc(key.text)),
      ),
    )
    .join('');
  const band = o.stacked ? 24 : 12 * o.series.length + 10;
  const top = ky + 26;
  const height = top + data.length * band + 28;
  const max = Math.max(
    1,
    ...data.map((r) => (o.stacked ? total(r) : Math.max(...o.series.map((s) => num(r, s.column))))),
  );
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([labelWidth, width - 24]);
  const y = scaleBand<number>()
    .domain(data.map((_, i) => i))
    .range([top, top + data.length * band])
    .padding(0.2);
  const { values: tickValues, text: tick } = linearTicks(x, width - 24 - labelWidth, TICK_SPACING.bars, 5);
  const ticks = tickValues.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', { x1: r1(x(t)), x2: r1(x(t)), y1: top, y2: top + data.length * band, stroke: ink.rule }),
      el('text', { x: r1(x(t)), y: height - 8, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(tick(t))),
    ),
  );
  const bars = data.map((r, i) => {
    const y0 = y(i)!;
    let acc = 0;
    const h = o.stacked ? y.bandwidth() : y.bandwidth() / o.series.length;
    const segs = o.series.map((s, k) => {
      if (!known(r, s.column)) return '';
      const v = num(r, s.column);
      const rect = el('rect', {
        x: r1(x(o.stacked ? acc : 0)),
        y: r1(o.stacked ? y0 : y0 + k * h),
        width: r1(Math.max(0, x(v) - x(0))),
        height: r1(h),
        fill: colour(k),
        class: `bar series-${k}`,
      });
      acc += v;
      return rect;
    });
    // After the known segments (stacked) or in the series' own row (side by side).
    let after = x(acc) + 3;
    const unknown = o.series.map((s, k) => {
      if (known(r, s.column)) return '';
      const at = { x: r1(o.stacked ? after : x(0)), y: r1(o.stacked ? y0 : y0 + k * h) };
      if (o.stacked) after += 30;
      return el(
        'g',
        { class: 'unknown-seg' },
        el('rect', {
          ...at,
          width: 26,
          height: r1(h),
          fill: 'none',
          stroke: colour(k),
          'stroke-dasharray': '3 2',
          class: `unknown series-stroke-${k}`,
        }),
        el(
          'text',
          {
            x: r1(at.x + 13),
            y: r1(at.y + h / 2 + 4),
            'text-anchor': 'middle',
            fill: ink.muted,
            'font-size': 12,
            class: 'unknown-text',
          },
          '?',
        ),
      );
    });
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${marks[i]!.label}：${marks[i]!.display}`,
        'data-label': marks[i]!.label,
        'data-value': total(r),
      },
      el(
        'text',
        {
          x: labelWidth - 8,
          y: r1(y0 + y.bandwidth() / 2 + 4.5),
          'text-anchor': 'end',
          fill: ink.text,
          class: 'label',
        },
        esc(fitLabel(marks[i]!.label, labelWidth - 12)),
      ),
      ...segs,
      ...unknown,
    );
  });
  const body =
    el('g', { class: 'legend' }, legend) +
    el('g', { class: 'grid', 'aria-hidden': 'true' }, ...ticks) +
    el('g', { role: 'list' }, ...bars);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
