// Loaded only when a reader narrows a time series' range: the line drawn again over the points
// in range, at both layouts, by the same renderer the build uses.
import { renderLine } from '@/lib/figures/line.ts';
import { NARROW_WIDTH } from '@/lib/figures/marks.ts';

export function redrawSeries(fig: HTMLElement, points: [string, number, boolean][]): void {
  const rows = points.map(([x, y, bound]) => ({ x, y, b: bound ? 'more-than' : '' }));
  const title = fig.dataset.heading ?? '';
  const unit = fig.dataset.unit || undefined;
  for (const [selector, width] of [
    ['.chart-wide', undefined],
    ['.chart-narrow', NARROW_WIDTH],
  ] as const) {
    const box =
      fig.querySelector<HTMLElement>(`[data-view="chart"] ${selector}`) ??
      (width ? null : fig.querySelector<HTMLElement>('[data-view="chart"] .figure__chart'));
    const old = box?.querySelector('svg');
    if (!box || !old) continue;
    const chart = renderLine(rows, {
      id: old.querySelector('title')!.id.replace(/-title$/, ''),
      title,
      summary: old.querySelector('desc')?.textContent ?? '',
      x: 'x',
      y: 'y',
      bound: 'b',
      unit,
      ...(width ? { width } : {}),
    });
    box.innerHTML = chart.svg;
  }
}
