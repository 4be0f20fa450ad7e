import { moments } from './moments.ts';

/** Values at or beyond the p-th and q-th quantiles (type 7, as R and numpy) replaced by those quantiles. Returns the
 * entities changed. */
export function winsoriseQuantiles(values: Float64Array, low: number, high: number): number[] {
  const known = Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (known.length - 1) * p;
    const lo = Math.floor(h);
    return known[lo]! + (h - lo) * ((known[Math.min(lo + 1, known.length - 1)] ?? known[lo]!) - known[lo]!);
  };
  const [a, b] = [q(low), q(high)];
  const changed: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < a) {
      values[i] = a;
      changed.push(i);
    } else if (v > b) {
      values[i] = b;
      changed.push(i);
    }
  }
  return changed;
}

/**
 * The JRC/COINr rule: while |skewness| > `skew` and kurtosis > `kurtosis`, the most extreme value
 * on the side of the skew takes the value of the next one in, at most `maxPoints` times. Returns
 * the entities changed and whether the indicator still fails the rule.
 */
export function winsoriseSkewKurtosis(
  values: Float64Array,
  skew: number,
  kurtosis: number,
  maxPoints: number,
): { changed: number[]; stillOutlying: boolean } {
  const changed: number[] = [];
  const fails = () => {
    const m = moments(values);
    return { fail: Math.abs(m.skew) > skew && m.kurtosis > kurtosis, high: m.skew > 0 };
  };
  let state = fails();
  while (state.fail && changed.length < maxPoints) {
    let extreme = -1;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      if (extreme < 0 || (state.high ? v > values[extreme]! : v < values[extreme]!)) extreme = i;
    }
    let next = NaN;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v) || v === values[extreme]) continue;
      if (Number.isNaN(next) || (state.high ? v > next : v < next)) next = v;
    }
    if (Number.isNaN(next)) break;
    // Every value tied at the extreme moves in together, as one point of the distribution.
    const top = values[extreme]!;
    for (let i = 0; i < values.length; i++)
      if (values[i] === top) {
        values[i] = next;
        changed.push(i);
      }
    state = fails();
  }
  return { changed, stillOutlying: state.fail };
}
