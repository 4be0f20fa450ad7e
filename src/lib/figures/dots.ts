import { scaleLinear } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatValue } from '../datasets/format.ts';
import { linearTicks, TICK_SPACING } from './axis.ts';
import type { Chart, Mark } from './marks.ts';
import { el, esc, fitLabel, frame, ink, r1 } from './svg.ts';

export interface DotsOptions {
  id: string;
  title: string;
  summary: string;
  label: string;
  value: string;
  low: string;
  high: string;
  /** Reverse the axis so that 1 is on the left (ranks). */
  reversed?: boolean;
  unit?: string | undefined;
  width?: number;
}

/** One row per entity: a dot at the value and a line from low to high, in the rows' order. */
export function renderDots(rows: readonly Row[], o: DotsOptions): Chart {
  const num = (r: Row, k: string) => (typeof r[k] === 'number' ? (r[k] as number) : null);
  const data = rows.filter((r) => num(r, o.value) !== null);
  const marks: Mark[] = data.map((r) => {
    const [v, lo, hi] = [num(r, o.value)!, num(r, o.low) ?? num(r, o.value)!, num(r, o.high) ?? num(r, o.value)!];
    return {
      label: String(r[o.label] ?? ''),
      value: v,
      display: `${formatValue(v)}${o.unit ?? ''}（${formatValue(lo)}–${formatValue(hi)}）`,
    };
  });
  const width = o.width ?? 640;
  const labelWidth = Math.min(180, width * 0.4, 16 + Math.max(0, ...marks.map((m) => m.label.length)) * 14);
  const rowH = 24;
  const top = 8;
  const height = top + data.length * rowH + 30;
  const lo = Math.min(...data.map((r) => num(r, o.low) ?? num(r, o.value)!));
  const hi = Math.max(...data.map((r) => num(r, o.high) ?? num(r, o.value)!));
  const x = scaleLinear()
    .domain(o.reversed ? [hi, Math.min(lo, 1)] : [Math.min(0, lo), hi])
    .nice()
    .range([labelWidth, width - 24]);
  const { values: tickValues, text: tick } = linearTicks(x, width - 24 - labelWidth, TICK_SPACING.dots, 6);
  const ticks = tickValues.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', { x1: r1(x(t)), x2: r1(x(t)), y1: top, y2: top + data.length * rowH, stroke: ink.rule }),
      el('text', { x: r1(x(t)), y: height - 8, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(tick(t))),
    ),
  );
  const items = data.map((r, i) => {
    const y = top + i * rowH + rowH / 2;
    const v = num(r, o.value)!;
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${marks[i]!.label}：${marks[i]!.display}`,
        'data-label': marks[i]!.label,
        'data-value': v,
      },
      el(
        'text',
        { x: labelWidth - 8, y: r1(y + 4.5), 'text-anchor': 'end', fill: ink.text, class: 'label' },
        esc(fitLabel(marks[i]!.label, labelWidth - 12)),
      ),
      el('line', {
        x1: r1(x(num(r, o.low) ?? v)),
        x2: r1(x(num(r, o.high) ?? v)),
        y1: r1(y),
        y2: r1(y),
        stroke: ink.accent,
        'stroke-width': 4,
        'stroke-opacity': 0.4,
        'stroke-linecap': 'round',
        class: 'range',
      }),
      el('circle', { cx: r1(x(v)), cy: r1(y), r: 5, fill: ink.accent, class: 'dot' }),
    );
  });
  const body = el('g', { class: 'grid', 'aria-hidden': 'true' }, ...ticks) + el('g', { role: 'list' }, ...items);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
