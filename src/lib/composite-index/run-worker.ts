// Worker thread: runs a slice of the draws of a Monte Carlo or Sobol analysis and sends the ranks back.
import { parentPort, workerData } from 'node:worker_threads';
import { runner, type Draw, type Job } from './run-variant.ts';

const { job, draws } = workerData as { job: Job; draws: Draw[] };
const run = runner(job);
const E = Object.values(job.matrices)[0]?.columns[0]?.length ?? 0;
const out = new Int32Array(draws.length * E);
draws.forEach((d, r) => run(d, out.subarray(r * E, (r + 1) * E)));
parentPort!.postMessage(out, [out.buffer]);
