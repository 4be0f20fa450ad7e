import type { Chart } from './marks.ts';
import type { RenderedFigure } from './render-figure.ts';
import type { FigureSpec } from './spec.ts';
import { renderTileMap } from './tile-map.ts';
import { figureTabs } from './view-state.ts';

/**
 * The 地图 view of a figure whose rows are provinces but whose chart is not a map: its table's
 * first numeric column on the tile-grid map (the column is named under the map).
 */
export function renderFigureMap(
  spec: FigureSpec,
  table: RenderedFigure['table'],
  svgId: string,
  width?: number,
): { chart: Chart; column: string } | undefined {
  const labels = table.rows.map((r) => String(r[0] ?? ''));
  if (!figureTabs(spec.kind, labels).includes('map') || spec.kind === 'map' || spec.kind === 'choropleth')
    return undefined;
  const i = table.columns.findIndex((_, c) => c > 0 && table.rows.some((r) => typeof r[c] === 'number'));
  if (i < 0) return undefined;
  const rows = table.rows.map((r) => ({ province: r[0] ?? null, value: r[i] ?? null }));
  const chart = renderTileMap(rows, {
    id: svgId,
    title: spec.title,
    summary: '',
    province: 'province',
    value: 'value',
    unit: spec.unit,
    ...(width ? { width } : {}),
  });
  return { chart, column: table.columns[i]! };
}
