import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runner, type Draw, type Job } from './run-variant.ts';

/** Below this many value operations a run set is faster on the main thread than in workers. */
const parallelFrom = 2e7;

/**
 * The ranks of every draw, run by run (draw r's ranks at [r × E, (r + 1) × E)). Large jobs are split
 * over worker threads; the draws are made beforehand, so the result is the same either way.
 */
export async function runDraws(job: Job, draws: readonly Draw[], threads = availableParallelism()): Promise<Int32Array> {
  const E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0;
  const work = E * job.plan.indicators.length * draws.length;
  const worker = new URL('./run-worker.ts', import.meta.url);
  // Inside a bundled site build the worker's source is not beside this module: run here.
  const canSpawn = worker.protocol === 'file:' && existsSync(fileURLToPath(worker));
  if (threads < 2 || work < parallelFrom || !canSpawn) return runHere(job, draws, E);
  const size = Math.ceil(draws.length / threads);
  let parts: Int32Array[];
  try {
    parts = await Promise.all(
    Array.from({ length: threads }, (_, t) => draws.slice(t * size, (t + 1) * size)).filter((p) => p.length).map(
      (part) => new Promise<Int32Array>((resolve, reject) => {
        const w = new Worker(worker, { workerData: { job, draws: part } });
        w.once('message', (m: Int32Array) => { resolve(m); void w.terminate(); });
        w.once('error', reject);
      }),
    ),
    );
  } catch {
    // A worker that cannot start (no type stripping, a locked-down runtime) leaves the work to this thread.
    return runHere(job, draws, E);
  }
  const out = new Int32Array(draws.length * E);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The same, on this thread. */
export function runHere(job: Job, draws: readonly Draw[], E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0): Int32Array {
  const run = runner(job);
  const out = new Int32Array(draws.length * E);
  draws.forEach((d, r) => run(d, out.subarray(r * E, (r + 1) * E)));
  return out;
}
