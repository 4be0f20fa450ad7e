import { rescaled } from '../rescale.ts';

/**
 * The entropy weight method (熵权法): each column min–max rescaled to 0–1, p = x / Σx per column,
 * entropy e = −Σ p ln p / ln n, weight ∝ 1 − e. Columns are the children of one level, over the
 * entities with a value for every child. A column that is equal for everyone carries no
 * information and gets weight 0; if every column is flat, all get equal weights.
 */
export function entropyWeights(columns: readonly Float64Array[]): number[] {
  const cols = rescaled(columns);
  const n = cols[0]?.length ?? 0;
  const d = cols.map((c) => {
    const total = c.reduce((a, b) => a + b, 0);
    if (!(total > 0) || n < 2) return 0;
    let h = 0;
    for (const x of c) if (x > 0) h -= (x / total) * Math.log(x / total);
    return 1 - h / Math.log(n);
  });
  const sum = d.reduce((a, b) => a + b, 0);
  return sum > 0 ? d.map((x) => x / sum) : d.map(() => 1 / d.length);
}
