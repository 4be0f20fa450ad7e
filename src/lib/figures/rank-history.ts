import { line, scaleLinear, scalePoint } from 'd3';
import type { Chart, Mark } from './marks.ts';
import { el, esc, frame, ink, r1 } from './svg.ts';

/** One edition of a ranked entity: its rank, and its Monte Carlo interval when the edition computed one. */
export interface RankPoint {
  edition: string;
  rank: number;
  /** What a reader hears for the point ("第102名，0.731"). */
  display: string;
  interval?: { low: number; high: number } | undefined;
  /** The edition computed the ranking differently from the one before (marked on the chart). */
  methodChanged?: boolean | undefined;
}

export interface RankHistoryOptions {
  id: string;
  title: string;
  summary: string;
  /** How many entities the ranking has, at most, over the editions: the bottom of the axis. */
  of: number;
  /** The marker's label for an edition whose method changed ("方法变化"). */
  methodLabel: string;
  width?: number;
}

/** An entity's rank edition by edition (1 at the top), its rank intervals, and the editions whose method changed. */
export function renderRankHistory(points: readonly RankPoint[], o: RankHistoryOptions): Chart {
  const width = o.width ?? 640;
  const height = 260;
  const m = { top: 28, right: 28, bottom: 32, left: 48 };
  const x = scalePoint<string>()
    .domain(points.map((p) => p.edition))
    .range([m.left, width - m.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([1, Math.max(2, o.of)])
    .nice()
    .range([m.top, height - m.bottom]);
  const ticks = y.ticks(4).filter((t) => Number.isInteger(t) && t >= 1);
  if (!ticks.includes(1)) ticks.unshift(1);
  const grid = ticks.map((t) =>
    el(
      'g',
      { class: 'tick' },
      el('line', { x1: m.left, x2: width - m.right, y1: r1(y(t)), y2: r1(y(t)), stroke: ink.rule }),
      el('text', { x: m.left - 8, y: r1(y(t) + 4), 'text-anchor': 'end', fill: ink.muted, class: 'axis' }, String(t)),
    ),
  );
  const editions = points.map((p) =>
    el(
      'text',
      { x: r1(x(p.edition)!), y: height - 10, 'text-anchor': 'middle', fill: ink.muted, class: 'axis' },
      esc(p.edition),
    ),
  );
  const methodMarks = points
    .filter((p) => p.methodChanged)
    .map((p) =>
      el(
        'g',
        { class: 'method-change' },
        el('line', {
          x1: r1(x(p.edition)!),
          x2: r1(x(p.edition)!),
          y1: m.top - 6,
          y2: height - m.bottom,
          stroke: ink.muted,
          'stroke-dasharray': '4 3',
        }),
        el('text', { x: r1(x(p.edition)! + 4), y: m.top - 10, fill: ink.muted, class: 'axis' }, esc(o.methodLabel)),
      ),
    );
  const intervals = points
    .filter((p) => p.interval)
    .map((p) =>
      el('line', {
        x1: r1(x(p.edition)!),
        x2: r1(x(p.edition)!),
        y1: r1(y(p.interval!.low)),
        y2: r1(y(p.interval!.high)),
        stroke: ink.accent,
        'stroke-opacity': 0.35,
        'stroke-width': 8,
        'stroke-linecap': 'round',
      }),
    );
  const path =
    line<RankPoint>()
      .x((p) => r1(x(p.edition)!))
      .y((p) => r1(y(p.rank)))(points as RankPoint[]) ?? '';
  const marks: Mark[] = points.map((p) => ({ label: p.edition, value: p.rank, display: p.display }));
  const dots = points.map((p, i) =>
    el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${p.edition}：${p.display}`,
        'data-label': p.edition,
        'data-value': p.rank,
      },
      el('circle', { cx: r1(x(p.edition)!), cy: r1(y(p.rank)), r: 5, fill: ink.accent, class: 'dot' }),
      el('text', { x: r1(x(p.edition)! + 9), y: r1(y(p.rank) - 8), fill: ink.text, class: 'value' }, String(p.rank)),
    ),
  );
  const body =
    el('g', { class: 'grid', 'aria-hidden': 'true' }, ...grid, ...editions, ...methodMarks) +
    el('g', { 'aria-hidden': 'true' }, ...intervals) +
    el('path', { d: path, fill: 'none', stroke: ink.accent, 'stroke-width': 2, class: 'line' }) +
    el('g', { role: 'list' }, ...dots);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
