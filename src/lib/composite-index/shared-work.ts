// Work shared between the main thread and worker threads through shared memory and atomic counters.
import { rankQuantiles } from './rank-quantiles.ts';
import { runBatch, type Draw, type Job } from './run-variant.ts';

/** Runs taken at a time from the shared counter. */
const chunk = 64;

/** What a worker and this thread share: the job, the draws, the output, and counters to take work from. */
export interface SharedWork {
  job: Job;
  draws: readonly Draw[];
  /** Run-major ranks, in shared memory. */
  ranks: Int32Array;
  nominal: Int32Array;
  quantiles: Int32Array;
  shifts: Float64Array;
  /** [next run, next entity] to take. */
  next: Int32Array;
}

/**
 * Take chunks of runs until none is left. Each run writes only its own slot: who runs it does not change the result.
 */
export function takeRuns(w: SharedWork): void {
  const E = w.nominal.length;
  for (;;) {
    const from = Atomics.add(w.next, 0, chunk);
    if (from >= w.draws.length) return;
    const to = Math.min(w.draws.length, from + chunk);
    runBatch(w.job, w.draws.slice(from, to), w.ranks.subarray(from * E, to * E));
  }
}

/** Take tiles of entities and compute their rank quantiles, until none is left. */
export function takeQuantiles(w: SharedWork): void {
  const E = w.nominal.length;
  const tile = 256;
  for (;;) {
    const from = Atomics.add(w.next, 1, tile);
    if (from >= E) return;
    rankQuantiles(w.ranks, E, w.nominal, from, Math.min(E, from + tile), w.quantiles, w.shifts);
  }
}
