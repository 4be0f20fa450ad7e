import { pearson } from '../correlation.ts';
import { rescaled } from '../rescale.ts';

/**
 * CRITIC weights (Diakoulaki et al. 1995): each column min–max rescaled to 0–1; information
 * C = σ × Σₖ (1 − r with column k); weight ∝ C. σ is the sample standard deviation. A flat
 * column has no contrast and gets weight 0; if all are flat, all get equal weights.
 */
export function criticWeights(columns: readonly Float64Array[]): number[] {
  const cols = rescaled(columns);
  const sd = cols.map((c) => {
    const m = c.reduce((a, b) => a + b, 0) / c.length;
    return Math.sqrt(c.reduce((s, x) => s + (x - m) ** 2, 0) / (c.length - 1));
  });
  const info = cols.map(
    (c, j) =>
      sd[j]! *
      cols.reduce((s, other, k) => s + (k === j ? 0 : 1 - (sd[j]! > 0 && sd[k]! > 0 ? pearson(c, other) : 0)), 0),
  );
  const sum = info.reduce((a, b) => a + b, 0);
  return sum > 0 ? info.map((x) => x / sum) : info.map(() => 1 / info.length);
}
