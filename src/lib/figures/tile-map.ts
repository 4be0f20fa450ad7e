import type { Row } from '../datasets/row.ts';
import { formatNumber } from '../datasets/format.ts';
import type { Chart, Mark } from './marks.ts';
import { sequential, textOn } from './palette.ts';
import { findProvince, provinces } from './provinces.ts';
import { el, esc, frame, ink, r1 } from './svg.ts';

export interface MapOptions {
  id: string;
  title: string;
  summary: string;
  province: string;
  value: string;
  unit?: string | undefined;
  width?: number;
}

interface Tile extends Mark {
  col: number;
  row: number;
  /** Part of a unit reported together with others (陕西+宁夏): its value is the group's. */
  combined?: string;
}

/** One tile per province: its value, or the value of the combined unit it belongs to, or no data. */
export function tileMarks(rows: readonly Row[], o: Pick<MapOptions, 'province' | 'value' | 'unit'>): Tile[] {
  const own = new Map<string, number | null>();
  const group = new Map<string, { name: string; value: number | null }>();
  for (const r of rows) {
    const name = r[o.province];
    if (typeof name !== 'string' || !name) continue;
    const value = typeof r[o.value] === 'number' ? (r[o.value] as number) : null;
    const parts = name
      .split('+')
      .map((n) => findProvince(n)!)
      .filter(Boolean);
    if (parts.length > 1)
      for (const p of parts) group.set(p.short, { name: parts.map((q) => q.short).join('+'), value });
    else if (parts[0]) own.set(parts[0].short, value);
  }
  // Units the report's data may not cover at all are drawn only when the data has them.
  const optional = ['台湾', '香港', '澳门', '兵团'];
  return provinces
    .filter((p) => own.has(p.short) || group.has(p.short) || !optional.includes(p.short))
    .map((p) => {
      const v = own.get(p.short) ?? null;
      const g = v === null ? group.get(p.short) : undefined;
      const display =
        v !== null
          ? `${formatNumber(v)}${o.unit ?? ''}`
          : g && g.value !== null
            ? `${g.name}合计${formatNumber(g.value)}${o.unit ?? ''}`
            : '无数据';
      return { label: p.short, value: v, display, col: p.col, row: p.row, ...(g ? { combined: g.name } : {}) };
    });
}

/** A tile-grid map: an equal square per province, coloured by value, with a legend and a "no data" key. */
export function renderTileMap(rows: readonly Row[], o: MapOptions): Chart {
  const tiles = tileMarks(rows, o);
  const width = o.width ?? 640;
  // Eight columns of tiles; a narrow chart gets smaller tiles and its legend on two lines.
  const gap = 4;
  const size = Math.min(64, Math.floor((width - 8) / 8) - gap);
  const left = (width - 8 * (size + gap)) / 2;
  const top = 8;
  const narrow = width < 440;
  const height = top + 8 * (size + gap) + (narrow ? 80 : 56);
  const max = Math.max(1, ...tiles.map((t) => t.value ?? 0));
  const color = sequential(max);
  const cells = tiles.map((t, i) => {
    const x = left + t.col * (size + gap);
    const y = top + t.row * (size + gap);
    const fill = t.value !== null ? color(t.value) : t.combined ? '#e8e3f3' : ink.none;
    const text = t.value !== null ? textOn(fill) : ink.text;
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${t.label}：${t.display}`,
        'data-label': t.label,
        'data-value': t.value ?? '',
      },
      el('rect', {
        x: r1(x),
        y: r1(y),
        width: size,
        height: size,
        rx: 4,
        fill,
        stroke: t.combined ? '#6b4aa0' : ink.rule,
        'stroke-dasharray': t.combined ? '4 3' : undefined,
        class: t.value === null ? 'tile tile--none' : 'tile',
      }),
      el(
        'text',
        {
          x: r1(x + size / 2),
          y: r1(y + (size < 48 ? size * 0.42 + 2 : 26)),
          'text-anchor': 'middle',
          fill: text,
          'font-size': size < 48 ? 12 : 14,
          class: t.value === null ? 'tile-label' : undefined,
        },
        esc(t.label),
      ),
      el(
        'text',
        {
          x: r1(x + size / 2),
          y: r1(y + (size < 48 ? size * 0.85 : 46)),
          'text-anchor': 'middle',
          fill: text,
          'font-size': size < 48 ? 12 : 13,
          'font-weight': 700,
          class: t.value === null ? 'tile-label' : undefined,
        },
        esc(t.value !== null ? formatNumber(t.value) : t.combined ? '合计' : '—'),
      ),
    );
  });
  const ly = top + 8 * (size + gap) + 12;
  const steps = 5;
  const keys = narrow ? { x: left, y: ly + 40 } : { x: left + 220, y: ly };
  const legend = Array.from({ length: steps }, (_, i) => {
    const v = (max * (i + 1)) / steps;
    return el('rect', { x: r1(left + i * 36), y: ly, width: 36, height: 12, fill: color(v) });
  }).join('');
  const legendText =
    el('text', { x: r1(left), y: ly + 28, fill: ink.muted, class: 'axis' }, '0') +
    el(
      'text',
      { x: r1(left + steps * 36), y: ly + 28, 'text-anchor': 'end', fill: ink.muted, class: 'axis' },
      esc(`${formatNumber(max)}${o.unit ?? ''}`),
    ) +
    el('rect', { x: r1(keys.x), y: keys.y, width: 16, height: 12, fill: ink.none, stroke: ink.rule }) +
    el('text', { x: r1(keys.x + 22), y: keys.y + 11, fill: ink.muted, class: 'axis' }, '无数据') +
    (tiles.some((t) => t.combined)
      ? el('rect', {
          x: r1(keys.x + 90),
          y: keys.y,
          width: 16,
          height: 12,
          fill: '#e8e3f3',
          stroke: '#6b4aa0',
          'stroke-dasharray': '4 3',
        }) + el('text', { x: r1(keys.x + 112), y: keys.y + 11, fill: ink.muted, class: 'axis' }, '只有合计数')
      : '');
  const body =
    el('g', { role: 'list' }, ...cells) + el('g', { class: 'legend', 'aria-hidden': 'true' }, legend, legendText);
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks: tiles, width, height };
}
