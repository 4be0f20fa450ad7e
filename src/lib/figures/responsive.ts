import { NARROW_WIDTH } from './render-figure.ts';

/** A chart drawn twice, for a page and for a phone (ids suffixed "-narrow" so both can sit on one page). */
export function responsive(make: (width: number | undefined, idSuffix: string) => { svg: string }): {
  svg: string;
  narrow: string;
} {
  return { svg: make(undefined, '').svg, narrow: make(NARROW_WIDTH, '-narrow').svg };
}
