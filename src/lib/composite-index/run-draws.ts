import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runBatch, type Draw, type Job } from './run-variant.ts';
import { takeQuantiles, takeRuns, type SharedWork } from './shared-work.ts';
import { finishAnalysis, type Analysis, type Uncertainty } from './uncertainty.ts';

/** Below this many value operations a run set is faster on this thread than with a worker to start. */
const parallelFrom = 2e7;
const sharedInt = (n: number) => new Int32Array(new SharedArrayBuffer(4 * n));

/**
 * Run every draw of an analysis (Monte Carlo and Sobol) and compute the intervals. Large jobs are
 * shared with worker threads that take chunks of runs and then tiles of entities from common
 * counters; the draws are made beforehand and each run writes its own slot, so the result is
 * the same as on one thread (`analyseHere`).
 */
export async function analyse(
  a: Analysis,
  {
    threads = availableParallelism(),
    minWork = parallelFrom,
    onDone,
  }: { threads?: number; minWork?: number; onDone?: (workers: number) => void } = {},
): Promise<Uncertainty> {
  const E = a.ids.length;
  const work = E * a.job.plan.indicators.length * (a.draws.length + (a.sobol?.draws.length ?? 0));
  const worker = new URL('./run-worker.ts', import.meta.url);
  // Inside a bundled site build the worker's source is not beside this module: run here.
  const canSpawn = worker.protocol === 'file:' && existsSync(fileURLToPath(worker));
  if (threads < 2 || work < minWork || !canSpawn) {
    onDone?.(0);
    return analyseHere(a);
  }
  const share = (draws: readonly Draw[]): SharedWork => ({
    job: a.job,
    draws,
    ranks: sharedInt(draws.length * E),
    nominal: a.nominal,
    quantiles: sharedInt(3 * E),
    shifts: new Float64Array(new SharedArrayBuffer(8 * E)),
    next: sharedInt(2),
  });
  const mc = share(a.draws);
  const sobol = a.sobol ? share(a.sobol.draws) : undefined;
  const workers = Array.from({ length: threads - 1 }, () => new Worker(worker, { workerData: { mc, sobol } }));
  const step = (w: Worker, name: string) =>
    new Promise<void>((resolve, reject) => {
      const onMessage = (m: string) => {
        if (m === name) {
          w.off('error', reject);
          resolve();
        } else w.once('message', onMessage);
      };
      w.once('message', onMessage);
      w.once('error', reject);
    });
  try {
    const ran = workers.map((w) => step(w, 'ran'));
    takeRuns(mc);
    if (sobol) takeRuns(sobol);
    await Promise.all(ran);
    const done = workers.map((w) => step(w, 'done'));
    for (const w of workers) w.postMessage('quantiles');
    takeQuantiles(mc);
    await Promise.all(done);
  } catch {
    // A worker that cannot start (no type stripping, a locked-down runtime) leaves the work to this thread.
    onDone?.(0);
    return analyseHere(a);
  } finally {
    for (const w of workers) void w.terminate();
  }
  onDone?.(workers.length);
  return finishAnalysis(a, mc.ranks, sobol?.ranks, { quantiles: mc.quantiles, shifts: mc.shifts });
}

/** The same analysis on this thread. */
export function analyseHere(a: Analysis): Uncertainty {
  return finishAnalysis(a, runHere(a.job, a.draws), a.sobol && runHere(a.job, a.sobol.draws));
}

/** The ranks of every draw, run by run, on this thread. */
export function runHere(job: Job, draws: readonly Draw[]): Int32Array {
  const E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0;
  const out = new Int32Array(draws.length * E);
  runBatch(job, draws, out);
  return out;
}
