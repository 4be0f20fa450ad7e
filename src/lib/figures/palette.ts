import { interpolateRgb, scaleSequential } from 'd3';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const categorical = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D00', '#555555'];

/** A light-to-dark blue ramp for counts, starting light enough to tell from "no data". */
export function sequential(max: number) {
  return scaleSequential(interpolateRgb('#d6e6f5', '#08306b')).domain([0, Math.max(1, max)]);
}

/** Black or white text, whichever reads better on `fill` (WCAG relative luminance). */
export function textOn(fill: string): string {
  const m = /^#?([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(fill) ?? /rgb\((\d+), ?(\d+), ?(\d+)\)/.exec(fill);
  if (!m) return '#000000';
  const hex = fill.startsWith('#') || /^[\da-f]{6}$/i.test(fill);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!]
    .map((v) => (hex ? parseInt(v, 16) : Number(v)) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const lum = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
