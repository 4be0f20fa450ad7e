import { randomLcg, randomUniform } from 'd3';
import { type Explorer, reweigh } from './reweigh.ts';

/**
 * 2,000 draws, fewer for a large ranking so that a build spends seconds on it (about 20 million values read; at least
 * 200 draws): the page states the number.
 */
export function defaultDraws(x: Explorer): number {
  const size = x.payload.ids.length * x.payload.indicators.length;
  return Math.max(200, Math.min(2000, Math.floor(2e7 / Math.max(1, size))));
}

/** The best and worst rank each entity reaches under admissible weights, and how that was found. */
export interface WeightRange {
  best: Int32Array;
  worst: Int32Array;
  /** Entities that reach first place under some admissible weights. */
  canLead: number;
  /** Weightings tried: every corner of the top level's box, then random draws within all the bounds. */
  corners: number;
  draws: number;
}

/**
 * Sampled, not exact: a rank is a step function of the weights, so its extremes can fall between any points tried.
 * Tries the published weights, every corner of the top-level box (up to 12 dimensions), and `draws` weightings with
 * every factor uniform within the bounds (seeded, so a build is reproducible).
 */
export function weightRange(x: Explorer, draws = defaultDraws(x), seed = 1): WeightRange {
  const E = x.payload.ids.length;
  const best = new Int32Array(E).fill(2 ** 31 - 1);
  const worst = new Int32Array(E);
  const see = (weights: readonly Float64Array[]) => {
    const { ranks } = reweigh(x, weights);
    for (let e = 0; e < E; e++) {
      if (ranks[e]! < best[e]!) best[e] = ranks[e]!;
      if (ranks[e]! > worst[e]!) worst[e] = ranks[e]!;
    }
  };
  const [lo, hi] = x.payload.bounds;
  const top = x.published.length - 1;
  const k = x.published[top]!.length;
  const corners = k <= 12 ? 2 ** k : 0;
  see(x.published);
  for (let mask = 0; mask < corners; mask++)
    see(x.published.map((w, d) => (d === top ? w.map((p, c) => p * ((mask >> c) & 1 ? hi : lo)) : w)));
  const factor = randomUniform.source(randomLcg(seed))(lo, hi);
  for (let i = 0; i < draws; i++) see(x.published.map((w) => w.map((p) => p * factor())));
  return { best, worst, canLead: best.filter((r) => r === 1).length, corners, draws };
}
