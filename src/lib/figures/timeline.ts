import type { Row } from '../datasets/row.ts';
import type { Chart, Mark } from './marks.ts';
import { el, esc, frame, ink, r1 } from './svg.ts';
import { wrapText } from './wrap-text.ts';

export interface TimelineOptions {
  id: string;
  title: string;
  summary: string;
  date: string;
  label: string;
  width?: number;
}

/** Dated events down a vertical line, in date order (for a chronicle such as 大事记). */
export function renderTimeline(rows: readonly Row[], o: TimelineOptions): Chart {
  const data = rows
    .filter((r) => r[o.date] !== null && r[o.date] !== undefined)
    .sort((a, b) => String(a[o.date]).localeCompare(String(b[o.date])));
  const marks: Mark[] = data.map((r) => ({ label: String(r[o.date]), value: null, display: String(r[o.label] ?? '') }));
  const width = o.width ?? 640;
  const x = 110;
  // Each event's text wrapped to the width right of the line.
  const lines = marks.map((m) => wrapText(m.display, Math.max(80, width - x - 20)));
  const lineH = 18;
  const tops: number[] = [];
  let at = 20;
  for (const l of lines) {
    tops.push(at);
    at += Math.max(34, 16 + l.length * lineH);
  }
  const height = at + 4;
  const items = data.map((_, i) => {
    const y = tops[i]!;
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${marks[i]!.label}：${marks[i]!.display}`,
        'data-label': marks[i]!.label,
        'data-value': '',
      },
      el('circle', { cx: x, cy: r1(y), r: 5, fill: ink.accent, class: 'dot' }),
      el(
        'text',
        { x: x - 12, y: r1(y + 4.5), 'text-anchor': 'end', fill: ink.muted, class: 'axis' },
        esc(marks[i]!.label),
      ),
      el(
        'text',
        { x: x + 14, y: r1(y + 4.5), fill: ink.text, class: 'label' },
        ...(lines[i]!.length === 1
          ? [esc(lines[i]![0]!)]
          : lines[i]!.map((l, k) => el('tspan', { x: x + 14, dy: k ? lineH : undefined }, esc(l)))),
      ),
    );
  });
  const body =
    el('line', { x1: x, x2: x, y1: 12, y2: height - 12, stroke: ink.rule, 'stroke-width': 2, 'aria-hidden': 'true' }) +
    el('g', { role: 'list' }, ...items);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
