/**
 * Worker thread entry for `parallelShortestPaths.ts`: claims batches of sources from the shared
 * counter until none are left and posts its partial sums back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type SweepTask, sweepClaimedBatches } from './parallelShortestPaths.js';

const task = workerData as SweepTask | null;
if (parentPort && task?.kind === 'shortest-path-sweep') {
  const sums = sweepClaimedBatches(task);
  parentPort.postMessage(sums, [
    sums.dependency.buffer as ArrayBuffer,
    sums.distanceSum.buffer as ArrayBuffer,
    sums.reached.buffer as ArrayBuffer,
  ]);
}
