import { el, esc, ink } from './svg.ts';
import { wrapText } from './wrap-text.ts';

/**
 * A stand-alone copy of a chart for downloads (SVG, PNG): the figure number and title above,
 * the source below, so a slide or handout that uses it still says where it comes from.
 */
export function withCaption(
  chart: { svg: string; width: number; height: number },
  heading: string,
  source: string,
): string {
  const top = 40;
  const lines = wrapText(source, chart.width - 16, 12);
  const bottom = 14 + lines.length * 18;
  const inner = chart.svg.replace(/^<svg /, `<svg x="0" y="${top}" `);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${chart.width} ${chart.height + top + bottom}`,
      width: chart.width,
      height: chart.height + top + bottom,
      'font-family': 'Noto Sans SC, Noto Sans CJK SC, sans-serif',
    },
    el('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
    el('text', { x: 8, y: 26, 'font-size': 17, 'font-weight': 700, fill: ink.text }, esc(heading)),
    inner,
    ...lines.map((l, i) =>
      el('text', { x: 8, y: chart.height + top + 18 + i * 18, 'font-size': 12, fill: ink.muted }, esc(l)),
    ),
  );
}
