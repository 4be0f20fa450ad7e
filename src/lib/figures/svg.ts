import { esc } from '../text/escape.ts';
export { esc };

/** An element as a string: `el('rect', {x: 1}, …children)`; undefined attributes are left out. */
export function el(name: string, attrs: Record<string, string | number | undefined>, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  return children.length ? `<${name}${a}>${children.join('')}</${name}>` : `<${name}${a}/>`;
}

// Characters set a full em wide: Hangul, CJK, full-width forms and the supplementary ideographs.
const WIDE = new RegExp(
  [
    /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.source,
    /[\u{20000}-\u{3fffd}]/u.source,
  ].join('|'),
  'u',
);

/** The width text takes at `size` px: a CJK or full-width character is one em, anything else about half. */
export function textWidth(text: string, size = 13): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? size : size * 0.58;
  return w;
}

/** A label cut to fit `px` (with "…"); the full text stays in the mark's aria-label and the data table. */
export function fitLabel(text: string, px: number, size = 13): string {
  if (textWidth(text, size) <= px) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', size) > px) break;
    out += ch;
  }
  return out + '…';
}

/** Round to 0.1 px so SVG output is short and stable. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

// Light-theme colours written as attributes, so the SVG also renders alone (downloads, PNG);
// the site's stylesheet overrides them by class for the dark theme.
export const ink = { text: '#1c1c1e', muted: '#55575d', rule: '#c9c6bc', accent: '#0b5394', none: '#f1efe9' };

/** The outer <svg> with title, description and a fixed-width viewBox that scales to its container. */
export function frame(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'group',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: 'chart',
      'font-family': 'Noto Sans SC, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif',
      'font-size': 13,
    },
    el('title', { id: `${id}-title` }, esc(title)),
    el('desc', { id: `${id}-desc` }, esc(desc)),
    body,
  );
}
