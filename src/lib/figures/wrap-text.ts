// Apart from svg.ts: the line-breaking tables (linebreak) are large, and a chart drawn again in
// the browser (a series' time range) needs no wrapping.
import LineBreaker from 'linebreak';
import { fitLabel, textWidth } from './svg.ts';

/**
 * Break text into lines at most `px` wide at `size` px, at the break opportunities of Unicode's
 * line breaking algorithm (UAX #14: between CJK characters, after spaces and hyphens, never
 * inside "Global" or a URL's word), a piece wider than a line cut as a last resort.
 */
export function wrapText(text: string, px: number, size = 13): string[] {
  const pieces: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    pieces.push(text.slice(last, bk.position));
    last = bk.position;
  }
  const out: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trimEnd(), size) > px) {
      out.push(line.trimEnd());
      line = '';
    }
    line += piece;
    while (textWidth(line.trimEnd(), size) > px) {
      const cut = fitLabel(line, px, size).slice(0, -1);
      out.push(cut);
      line = line.slice(cut.length);
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
