/**
 * Sample skewness and excess kurtosis of the values that are not NaN, with the small-sample
 * corrections of Excel's SKEW and KURT (e1071's type 2), the definitions COINr's outlier rule uses.
 * NaN when there are too few values (3 for skewness, 4 for kurtosis) or no spread.
 */
export function moments(values: ArrayLike<number>): {
  n: number;
  mean: number;
  sd: number;
  skew: number;
  kurtosis: number;
} {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++)
    if (!Number.isNaN(values[i]!)) {
      n++;
      sum += values[i]!;
    }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  const variance = m2 / (n - 1);
  const sd = Math.sqrt(variance);
  if (!(sd > 0)) return { n, mean, sd, skew: NaN, kurtosis: NaN };
  const skew = n < 3 ? NaN : (n / ((n - 1) * (n - 2))) * (m3 / sd ** 3);
  const kurtosis =
    n < 4
      ? NaN
      : ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * (m4 / variance ** 2) -
        (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
  return { n, mean, sd, skew, kurtosis };
}
