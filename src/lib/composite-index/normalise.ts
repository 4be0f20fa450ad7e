import type { Normalisation } from './spec.ts';

/**
 * Normalise one indicator's values (NaN = missing) so that higher is better.
 * - minmax: 0–100. If every value is equal the indicator cannot tell entities apart: all get
 *   100, and `flat` is reported so the methodology page can say so.
 * - zscore: (v − mean) / sd, 0 for all when sd is 0.
 * - rank: percentile rank 0–100 (ties share their average rank).
 * - target: 100 × (v − worst) / (target − worst), capped to 0–100.
 */
export function normalise(values: Float64Array, method: Normalisation, direction: 'higher' | 'lower', target?: number): { out: Float64Array; flat: boolean } {
  const n = values.length;
  const sign = direction === 'higher' ? 1 : -1;
  const out = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    count++;
  }
  const flat = count > 0 && max === min;
  if (method === 'minmax') {
    const range = max - min;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      out[i] = Number.isNaN(v) ? NaN : range === 0 ? 100 : sign === 1 ? ((v - min) / range) * 100 : ((max - v) / range) * 100;
    }
  } else if (method === 'zscore') {
    const mean = sum / count;
    let ss = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(values[i]!)) ss += (values[i]! - mean) ** 2;
    const sd = Math.sqrt(ss / count);
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      out[i] = Number.isNaN(v) ? NaN : sd === 0 ? 0 : (sign * (v - mean)) / sd;
    }
  } else if (method === 'rank') {
    const idx = [...Array(n).keys()].filter((i) => !Number.isNaN(values[i]!)).sort((a, b) => sign * (values[a]! - values[b]!));
    out.fill(NaN);
    for (let i = 0; i < idx.length; ) {
      let j = i;
      while (j + 1 < idx.length && values[idx[j + 1]!] === values[idx[i]!]) j++;
      const pct = idx.length === 1 ? 100 : (((i + j) / 2) / (idx.length - 1)) * 100;
      for (let k = i; k <= j; k++) out[idx[k]!] = pct;
      i = j + 1;
    }
  } else {
    const worst = sign === 1 ? min : max;
    const goal = target ?? (sign === 1 ? max : min);
    const span = goal - worst;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      out[i] = Number.isNaN(v) ? NaN : span === 0 ? 100 : Math.min(100, Math.max(0, ((v - worst) / span) * 100));
    }
  }
  return { out, flat };
}
