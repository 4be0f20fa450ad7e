/** Standard competition ranks of scores, higher is better: 90, 80, 80, 70 → 1, 2, 2, 4. */
export function competitionRanks(scores: ArrayLike<number>): Int32Array {
  const n = scores.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b]! - scores[a]!);
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    // Scores equal to 1e-9 are a tie: floating-point sums of the same numbers may differ in the last bit.
    ranks[i] = k > 0 && Math.abs(scores[prev]! - scores[i]!) < 1e-9 ? ranks[prev]! : k + 1;
  }
  return ranks;
}

/** How a rank is printed: "=2" when shared, "2" otherwise. */
export function rankLabel(rank: number, ranks: ArrayLike<number>): string {
  let n = 0;
  for (let i = 0; i < ranks.length && n < 2; i++) if (ranks[i] === rank) n++;
  return n > 1 ? `=${rank}` : String(rank);
}

/**
 * The same ranks as `competitionRanks`, computed by a native numeric sort and a binary search
 * per entity instead of a comparator sort: the fast path for Monte Carlo runs.
 */
export function competitionRanksFast(scores: Float64Array, sorted = new Float64Array(scores.length), out = new Int32Array(scores.length)): Int32Array {
  sorted.set(scores);
  sorted.sort();
  const n = scores.length;
  for (let i = 0; i < n; i++) {
    // rank = 1 + number of scores greater than this one (beyond the tie tolerance).
    const v = scores[i]! + 1e-9;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    out[i] = 1 + n - lo;
  }
  return out;
}

/**
 * `x` rounded to `decimals` places as printed (half away from zero on the decimal digits of the
 * double): 0.8885 → 0.889 only if the stored double is at least 0.8885.
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  return Number(x.toFixed(decimals));
}
