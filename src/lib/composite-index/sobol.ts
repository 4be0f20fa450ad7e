export interface SobolIndex {
  factor: string;
  /** Share of the output's variance due to this input alone. */
  first: number;
  /** Share due to this input including its interactions with the others. */
  total: number;
}

/**
 * First-order (Saltelli 2010) and total-effect (Jansen 1999) indices from Saltelli's design:
 * `ranks` holds N runs of A, N of B, then N of A-with-input-i-from-B for each input, E ranks per
 * run. Computed for the mean absolute rank shift from `nominal`, and for each entity's rank
 * (averaged over the entities whose rank varies at all).
 */
export function sobolIndices(
  ranks: Int32Array,
  E: number,
  N: number,
  factors: readonly string[],
  nominal: Int32Array,
): { meanShift: SobolIndex[]; entities: SobolIndex[] } {
  const runs = ranks.length / E;
  const shift = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    let s = 0;
    for (let e = 0; e < E; e++) s += Math.abs(ranks[r * E + e]! - nominal[e]!);
    shift[r] = s / E;
  }
  const meanShift = indices((r) => shift[r]!, N, factors);
  const sums = factors.map((factor) => ({ factor, first: 0, total: 0 }));
  let counted = 0;
  for (let e = 0; e < E; e++) {
    const ix = indices((r) => ranks[r * E + e]!, N, factors);
    if (ix.some((i) => Number.isNaN(i.first))) continue;
    counted++;
    ix.forEach((i, k) => {
      sums[k]!.first += i.first;
      sums[k]!.total += i.total;
    });
  }
  const entities = sums.map((s) => ({
    factor: s.factor,
    first: counted ? s.first / counted : NaN,
    total: counted ? s.total / counted : NaN,
  }));
  return { meanShift, entities };
}

/** The indices of one output y(run); NaN when the output does not vary. */
function indices(y: (run: number) => number, N: number, factors: readonly string[]): SobolIndex[] {
  let mean = 0;
  for (let j = 0; j < 2 * N; j++) mean += y(j);
  mean /= 2 * N;
  let v = 0;
  for (let j = 0; j < 2 * N; j++) v += (y(j) - mean) ** 2;
  v /= 2 * N - 1;
  return factors.map((factor, i) => {
    if (!(v > 0)) return { factor, first: NaN, total: NaN };
    let first = 0;
    let total = 0;
    for (let j = 0; j < N; j++) {
      const a = y(j);
      const b = y(N + j);
      const ab = y((2 + i) * N + j);
      first += b * (ab - a);
      total += (a - ab) ** 2;
    }
    return { factor, first: first / N / v, total: total / (2 * N) / v };
  });
}
