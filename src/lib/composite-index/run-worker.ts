// Worker thread: takes chunks of Monte Carlo and Sobol runs, then tiles of entities' rank quantiles, from counters
// shared with the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { takeQuantiles, takeRuns, type SharedWork } from './shared-work.ts';

const { mc, sobol } = workerData as { mc: SharedWork; sobol?: SharedWork };
takeRuns(mc);
if (sobol) takeRuns(sobol);
parentPort!.postMessage('ran');
parentPort!.once('message', () => {
  takeQuantiles(mc);
  parentPort!.postMessage('done');
});
