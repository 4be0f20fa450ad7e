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

/** Reusable buffers for `competitionRanksFast`, sized for one number of entities. */
export interface RankBuffers {
  order: Uint32Array;
  spare: Uint32Array;
  hi: Uint32Array;
  lo: Uint32Array;
  hi2: Uint32Array;
  lo2: Uint32Array;
  counts: Uint32Array;
}

export function rankBuffers(n: number): RankBuffers {
  return {
    order: new Uint32Array(n),
    spare: new Uint32Array(n),
    hi: new Uint32Array(n),
    lo: new Uint32Array(n),
    hi2: new Uint32Array(n),
    lo2: new Uint32Array(n),
    counts: new Uint32Array(65536),
  };
}

const view = new DataView(new ArrayBuffer(8));

/**
 * The same ranks as `competitionRanks`, for Monte Carlo runs over thousands of entities: the order
 * comes from a radix sort of the scores' bits (four 16-bit passes, no comparisons), then ranks
 * are handed out along it with the same tie rule.
 */
export function competitionRanksFast(
  scores: Float64Array,
  buffers: RankBuffers = rankBuffers(scores.length),
  out: Int32Array<ArrayBufferLike> = new Int32Array(scores.length),
): Int32Array<ArrayBufferLike> {
  const n = scores.length;
  if (n < 256) {
    out.set(competitionRanks(scores));
    return out;
  }
  let { order, spare, hi, lo, hi2, lo2 } = buffers;
  const { counts } = buffers;
  for (let i = 0; i < n; i++) {
    view.setFloat64(0, scores[i]!);
    let h = view.getUint32(0);
    let l = view.getUint32(4);
    // Order-preserving bits: negative numbers flip every bit, positive ones the sign bit.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    lo[i] = l;
    order[i] = i;
  }
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[i]! >>> shift) & 0xffff]!++;
    if (counts[(word[0]! >>> shift) & 0xffff] === n) continue; // every key shares this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(word[i]! >>> shift) & 0xffff]!++;
      spare[at] = order[i]!;
      hi2[at] = hi[i]!;
      lo2[at] = lo[i]!;
    }
    [order, spare, hi, hi2, lo, lo2] = [spare, order, hi2, hi, lo2, lo];
  }
  // Highest score first; a score within 1e-9 of the one before shares its rank (floating-point sums of the same numbers
  // may differ in the last bit).
  for (let k = 0; k < n; k++) {
    const i = order[n - 1 - k]!;
    const prev = k > 0 ? order[n - k]! : -1;
    out[i] = k > 0 && Math.abs(scores[prev]! - scores[i]!) < 1e-9 ? out[prev]! : k + 1;
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
