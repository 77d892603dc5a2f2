/**
 * Worker thread entry for `parallelShortestPaths.ts`: claims batches of sources from the shared
 * counter until none are left and posts its partial sums back (with how many sources it took and
 * when, for timings).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type SweepTask, sweepClaimedBatches } from './parallelShortestPaths.js';

const task = workerData as SweepTask | null;
if (parentPort && task?.kind === 'shortest-path-sweep') {
  const report = sweepClaimedBatches(task);
  const { sums } = report;
  parentPort.postMessage(report, [
    sums.dependency.buffer as ArrayBuffer,
    sums.distanceSum.buffer as ArrayBuffer,
    sums.reached.buffer as ArrayBuffer,
  ]);
}
