/** Escape text for SVG/XML content and attribute values. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An element as a string: `el('rect', {x: 1}, …children)`; undefined attributes are left out. */
export function el(name: string, attrs: Record<string, string | number | undefined>, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v!)}"`)
    .join('');
  return children.length ? `<${name}${a}>${children.join('')}</${name}>` : `<${name}${a}/>`;
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
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'group', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart', 'font-family': 'Noto Sans SC, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif', 'font-size': 13 },
    el('title', { id: `${id}-title` }, esc(title)),
    el('desc', { id: `${id}-desc` }, esc(desc)),
    body,
  );
}
