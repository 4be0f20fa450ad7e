/**
 * The 5th, 50th and 95th percentile of each entity's rank over all runs, for entities [from, to),
 * written to `quantiles` (3 per entity: low, median, high), and each entity's summed absolute
 * shift from its nominal rank to `shifts`. `ranks` is run-major (run r at [r × E, (r + 1) × E)).
 */
export function rankQuantiles(
  ranks: Int32Array,
  E: number,
  nominal: Int32Array,
  from: number,
  to: number,
  quantiles: Int32Array,
  shifts: Float64Array,
): void {
  const R = ranks.length / E;
  const column = new Int32Array(R);
  // Entities a tile at a time: a run-major array read down one column jumps E values each step.
  const tile = 64;
  const block = new Int32Array(tile * R);
  for (let e0 = from; e0 < to; e0 += tile) {
    const e1 = Math.min(to, e0 + tile);
    for (let r = 0; r < R; r++) {
      const row = r * E;
      for (let e = e0; e < e1; e++) block[(e - e0) * R + r] = ranks[row + e]!;
    }
    for (let e = e0; e < e1; e++) {
      column.set(block.subarray((e - e0) * R, (e - e0 + 1) * R));
      let shift = 0;
      const n = nominal[e]!;
      for (let r = 0; r < R; r++) shift += Math.abs(column[r]! - n);
      shifts[e] = shift;
      column.sort();
      const q = (p: number) => column[Math.min(R - 1, Math.max(0, Math.round(p * (R - 1))))]!;
      quantiles[3 * e] = q(0.05);
      quantiles[3 * e + 1] = q(0.5);
      quantiles[3 * e + 2] = q(0.95);
    }
  }
}
