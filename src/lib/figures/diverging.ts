import { scaleBand, scaleLinear } from 'd3';
import type { Chart, Mark } from './marks.ts';
import { el, esc, fitLabel, frame, ink, r1 } from './svg.ts';

export interface DivergingOptions {
  id: string;
  title: string;
  summary: string;
  /** How a value is printed beside its bar. */
  format: (x: number) => string;
  width?: number;
}

/** Horizontal bars from a zero line: positive to the right, negative to the left, labels on the left. */
export function renderDiverging(items: readonly { label: string; value: number }[], o: DivergingOptions): Chart {
  const width = o.width ?? 640;
  const labelWidth = Math.min(220, width * 0.35, 16 + Math.max(4, ...items.map((m) => m.label.length)) * 14);
  const barH = 26;
  const top = 8;
  const height = top + items.length * barH + 12;
  const extent = Math.max(1e-12, ...items.map((m) => Math.abs(m.value)));
  const pad = Math.min(60, width * 0.15);
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([labelWidth + pad, width - pad]);
  const y = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([top, top + items.length * barH])
    .padding(0.25);
  const marks: Mark[] = items.map((m) => ({
    label: m.label,
    value: m.value,
    display: `${m.value >= 0 ? '+' : '−'}${o.format(Math.abs(m.value))}`,
  }));
  const bars = items.map((m, i) => {
    const y0 = y(i)!;
    const mid = r1(y0 + y.bandwidth() / 2 + 4.5);
    const [a, b] = [x(Math.min(0, m.value)), x(Math.max(0, m.value))];
    const positive = m.value >= 0;
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${m.label}：${marks[i]!.display}`,
        'data-label': m.label,
        'data-value': m.value,
      },
      el(
        'text',
        { x: labelWidth - 8, y: mid, 'text-anchor': 'end', fill: ink.text, class: 'label' },
        esc(fitLabel(m.label, labelWidth - 12)),
      ),
      el('rect', {
        x: r1(a),
        y: r1(y0),
        width: r1(Math.max(b - a, 1)),
        height: r1(y.bandwidth()),
        fill: positive ? ink.accent : '#b3541e',
        class: positive ? 'bar bar--up' : 'bar bar--down',
      }),
      el(
        'text',
        {
          x: r1(positive ? b + 6 : a - 6),
          y: mid,
          'text-anchor': positive ? 'start' : 'end',
          fill: ink.text,
          class: 'value',
        },
        esc(marks[i]!.display),
      ),
    );
  });
  const zero = el('line', {
    x1: r1(x(0)),
    x2: r1(x(0)),
    y1: top - 4,
    y2: top + items.length * barH,
    stroke: ink.muted,
    'stroke-width': 1,
    'aria-hidden': 'true',
  });
  return {
    svg: frame(o.id, width, height, o.title, o.summary, zero + el('g', { role: 'list' }, ...bars)),
    marks,
    width,
    height,
  };
}
