import type { Normalisation } from './spec.ts';

export interface NormaliseOptions {
  /** Full scale: 100 (default) or 1. */
  scale?: number;
  /** For `target`: the value that scores the full scale. */
  target?: number | undefined;
  /** For `goalposts`: the values that score 0 and the full scale (already transformed). */
  goalposts?: { min: number; max: number } | undefined;
}

/**
 * Normalise one indicator's values (NaN = missing) so that higher is better, on 0–`scale`.
 * - minmax: scale × (v − min) / (max − min); every value equal: all get the full scale (`flat`).
 * - zscore: (v − mean) / sd (population sd), 0 for all when sd is 0.
 * - rank: percentile rank (ties share their average rank).
 * - target: scale × (v − worst) / (target − worst), capped to 0–scale.
 * - goalposts: scale × (v − min) / (max − min) with fixed min and max, values outside capped.
 */
export function normalise(
  values: Float64Array,
  method: Normalisation,
  direction: 'higher' | 'lower',
  options: NormaliseOptions = {},
): { out: Float64Array; flat: boolean } {
  const n = values.length;
  const full = options.scale ?? 100;
  const sign = direction === 'higher' ? 1 : -1;
  const out = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    count++;
  }
  const flat = count > 0 && max === min;
  // Values near ±1e308 overflow in a difference or a sum of squares: work in units of the
  // largest magnitude instead (every method is invariant under a common positive scale).
  const unit = Math.max(Math.abs(min), Math.abs(max)) > 1e150 ? Math.max(Math.abs(min), Math.abs(max)) : 1;
  const at = (i: number) => values[i]! / unit;
  const lo = min / unit;
  const hi = max / unit;
  const clamp = (x: number) => Math.min(full, Math.max(0, x));
  if (method === 'minmax') {
    const range = hi - lo;
    for (let i = 0; i < n; i++) {
      const v = at(i);
      out[i] = Number.isNaN(v)
        ? NaN
        : range === 0
          ? full
          : sign === 1
            ? ((v - lo) / range) * full
            : ((hi - v) / range) * full;
    }
  } else if (method === 'zscore') {
    let sum = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) sum += at(i);
    const mean = sum / count;
    let ss = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) ss += (at(i) - mean) ** 2;
    const sd = Math.sqrt(ss / count);
    for (let i = 0; i < n; i++) {
      const v = at(i);
      out[i] = Number.isNaN(v) ? NaN : sd === 0 ? 0 : (sign * (v - mean)) / sd;
    }
  } else if (method === 'rank') {
    // A value's place among the sorted values: the first and last position of its ties, found by
    // binary search in a natively sorted copy (much faster than a comparator sort of indexes).
    const sorted = new Float64Array(count);
    for (let i = 0, k = 0; i < n; i++) if (!Number.isNaN(values[i]!)) sorted[k++] = sign * values[i]!;
    sorted.sort();
    const bound = (v: number, upper: boolean) => {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (upper ? sorted[mid]! <= v : sorted[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) {
        out[i] = NaN;
        continue;
      }
      const first = bound(sign * v, false);
      const last = bound(sign * v, true) - 1;
      out[i] = count === 1 ? full : ((first + last) / 2 / (count - 1)) * full;
    }
  } else if (method === 'goalposts') {
    const g = options.goalposts!;
    const [gmin, gmax] = [g.min / unit, g.max / unit];
    const span = gmax - gmin;
    for (let i = 0; i < n; i++) {
      const v = at(i);
      out[i] = Number.isNaN(v) ? NaN : clamp(sign === 1 ? ((v - gmin) / span) * full : ((gmax - v) / span) * full);
    }
  } else {
    const worst = sign === 1 ? lo : hi;
    const goal = options.target !== undefined ? options.target / unit : sign === 1 ? hi : lo;
    const span = goal - worst;
    for (let i = 0; i < n; i++) {
      const v = at(i);
      out[i] = Number.isNaN(v) ? NaN : span === 0 ? full : clamp(((v - worst) / span) * full);
    }
  }
  return { out, flat };
}
