import type { RankingResult } from './compute.ts';

/** Median of the entities' scores on each top-level dimension, highest first: which leads, which lags. */
export function dimensionMedians(result: RankingResult): { id: string; median: number }[] {
  return result.topDimensions
    .map((id) => {
      const xs = result.entities
        .map((e) => e.dimensions[id]!)
        .filter((v) => !Number.isNaN(v))
        .sort((a, b) => a - b);
      const m = xs.length >> 1;
      return { id, median: xs.length % 2 ? xs[m]! : (xs[m - 1]! + xs[m]!) / 2 };
    })
    .sort((a, b) => b.median - a.median);
}

/** An entity's strongest and weakest top-level dimension. */
export function strengths(result: RankingResult, id: string): { strongest: string; weakest: string } {
  const e = result.entities.find((x) => x.id === id)!;
  const dims = result.topDimensions
    .filter((d) => !Number.isNaN(e.dimensions[d]!))
    .sort((a, b) => e.dimensions[b]! - e.dimensions[a]!);
  return { strongest: dims[0]!, weakest: dims.at(-1)! };
}
