import type { Transform } from './spec.ts';

/** The transform of one value; NaN where the transform is undefined (log of 0, √ of −1). */
export function transformValue(v: number, t: Transform): number {
  switch (t) {
    case 'log':
      return v > 0 ? Math.log(v) : NaN;
    case 'log1p':
      return v > -1 ? Math.log1p(v) : NaN;
    case 'sqrt':
      return v >= 0 ? Math.sqrt(v) : NaN;
    default:
      return v;
  }
}

/** What a transform accepts, in words for an error message. */
export const transformDomain: Record<Transform, string> = {
  none: 'any number',
  log: 'a value above 0 (ln x)',
  log1p: 'a value above −1 (ln(1 + x))',
  sqrt: 'a value of 0 or more (√x)',
};
