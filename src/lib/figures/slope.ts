import { scaleLinear } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatNumber } from '../datasets/format.ts';
import type { Chart, Mark } from './marks.ts';
import { el, esc, frame, ink, r1 } from './svg.ts';

/**
 * Move label positions apart so that no two are closer than `gap`, keeping their order and
 * staying within [min, max]: labels of equal ranks would otherwise print on top of each other.
 */
export function spreadLabels(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = new Array<number>(positions.length);
  let prev = -Infinity;
  for (const [p, i] of order) prev = out[i] = Math.max(p, prev + gap, min);
  // If the stack ran past the bottom, push it back up from the end.
  let next = max + gap;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]![1];
    next = out[i] = Math.min(out[i]!, next - gap);
  }
  return out;
}

export interface SlopeOptions {
  id: string;
  title: string;
  summary: string;
  label: string;
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
  /** Ranks: 1 at the top. */
  ranks?: boolean;
  width?: number;
}

/** Each entity's value (or rank) in two editions, joined by a line. */
export function renderSlope(rows: readonly Row[], o: SlopeOptions): Chart {
  const num = (r: Row, k: string) => (typeof r[k] === 'number' ? (r[k] as number) : null);
  const data = rows.filter((r) => num(r, o.before) !== null && num(r, o.after) !== null);
  const marks: Mark[] = data.map((r) => ({
    label: String(r[o.label] ?? ''),
    value: num(r, o.after),
    display: `${o.beforeLabel} ${formatNumber(num(r, o.before)!)} → ${o.afterLabel} ${formatNumber(num(r, o.after)!)}`,
  }));
  const width = o.width ?? 640;
  const height = Math.max(200, 40 + data.length * 22);
  const values = data.flatMap((r) => [num(r, o.before)!, num(r, o.after)!]);
  const y = scaleLinear()
    .domain(o.ranks ? [Math.min(...values), Math.max(...values)] : [Math.max(...values), Math.min(...values)])
    .range([36, height - 16]);
  const [xl, xr] = [width * 0.3, width * 0.7];
  const left = spreadLabels(
    data.map((r) => y(num(r, o.before)!)),
    16,
    36,
    height - 16,
  );
  const right = spreadLabels(
    data.map((r) => y(num(r, o.after)!)),
    16,
    36,
    height - 16,
  );
  const head =
    el('text', { x: r1(xl), y: 18, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(o.beforeLabel)) +
    el('text', { x: r1(xr), y: 18, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' }, esc(o.afterLabel));
  const lines = data.map((r, i) => {
    const [b, a] = [num(r, o.before)!, num(r, o.after)!];
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${marks[i]!.label}：${marks[i]!.display}`,
        'data-label': marks[i]!.label,
        'data-value': a,
      },
      el('line', {
        x1: r1(xl),
        x2: r1(xr),
        y1: r1(y(b)),
        y2: r1(y(a)),
        stroke: ink.accent,
        'stroke-width': 2,
        class: 'line',
      }),
      el('circle', { cx: r1(xl), cy: r1(y(b)), r: 4, fill: ink.accent, class: 'dot' }),
      el('circle', { cx: r1(xr), cy: r1(y(a)), r: 4, fill: ink.accent, class: 'dot' }),
      el(
        'text',
        { x: r1(xl - 8), y: r1(left[i]! + 4), 'text-anchor': 'end', fill: ink.text, class: 'label' },
        esc(`${marks[i]!.label} ${formatNumber(b)}`),
      ),
      el(
        'text',
        { x: r1(xr + 8), y: r1(right[i]! + 4), fill: ink.text, class: 'label' },
        esc(`${formatNumber(a)} ${marks[i]!.label}`),
      ),
    );
  });
  const body = el('g', { class: 'grid', 'aria-hidden': 'true' }, head) + el('g', { role: 'list' }, ...lines);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
