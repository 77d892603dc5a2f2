import { describe, expect, it } from 'vitest';
import { fixtureGraph, loadFixture } from './__fixtures__/networkxFixtures.js';
import { exactBetweennessOf, normaliseBetweenness } from './betweenness.js';
import { toIndexedGraph } from './indexedGraph.js';
import { firstMessage, startModuleWorker } from './moduleWorker.js';
import {
  parallelShortestPathSums,
  type SweepReport,
  type SweepTask,
  startParallelSweep,
  threadsFor,
} from './parallelShortestPaths.js';
import { allSources, type ShortestPathSums, shortestPathSums } from './shortestPaths.js';

const lesmis = toIndexedGraph(fixtureGraph(loadFixture('lesmis')));

function expectSameSums(actual: ShortestPathSums, expected: ShortestPathSums): void {
  expect(actual.reached).toEqual(expected.reached);
  expect(actual.distanceSum).toEqual(expected.distanceSum);
  // Only the order of floating-point additions differs between threads.
  for (let v = 0; v < expected.dependency.length; v++) {
    expect(actual.dependency[v]).toBeCloseTo(expected.dependency[v] as number, 9);
  }
}

// Starting a worker thread from TypeScript sources takes seconds on a busy machine.
const workerTimeout = 60_000;

describe('shortest-path searches over several threads', () => {
  const sources = allSources(lesmis);
  const oneThread = shortestPathSums(lesmis, sources, { betweenness: true });

  it(
    'gives the one-thread sums when three threads share the sources',
    async () => {
      const sweep = startParallelSweep(lesmis, sources, { betweenness: true }, { threads: 3 });
      expect(sweep.helpers).toBe(2);
      expectSameSums(await sweep.finish(), oneThread);
      // Every thread reports its share; together they searched from every source once.
      expect(sweep.threads.map((report) => report.thread)).toEqual([0, 1, 2]);
      expect(sweep.threads.reduce((total, report) => total + report.sources, 0)).toBe(
        sources.length,
      );
    },
    workerTimeout,
  );

  it(
    'lets a worker thread do every search when the caller does none',
    async () => {
      const task: SweepTask = {
        kind: 'shortest-path-sweep',
        offsets: lesmis.offsets,
        targets: lesmis.targets,
        sources,
        betweenness: true,
        pivotMask: null,
        next: new Int32Array(new SharedArrayBuffer(4)),
      };
      const worker = startModuleWorker(import.meta.url, 'shortestPathsWorker', task);
      const report = await firstMessage<SweepReport>(worker);
      expectSameSums(report.sums, oneThread);
      expect(report.sources).toBe(sources.length);
      expect(report.endedAt).toBeGreaterThanOrEqual(report.startedAt);
      // The worker claimed every source through the shared counter.
      expect(Atomics.load(task.next, 0)).toBeGreaterThanOrEqual(sources.length);
    },
    workerTimeout,
  );

  it(
    'walks back only from the pivots when betweenness is sampled, and still gives exact distances',
    async () => {
      const pivotMask = new Uint8Array(lesmis.ids.length);
      const pivots = Int32Array.from([0, 5, 11, 40]);
      for (const pivot of pivots) pivotMask[pivot] = 1;
      const sums = await parallelShortestPathSums(
        lesmis,
        sources,
        { betweenness: true, pivotMask },
        { threads: 2 },
      );
      expect(sums.distanceSum).toEqual(oneThread.distanceSum);
      const pivotsOnly = shortestPathSums(lesmis, pivots, { betweenness: true });
      expect(normaliseBetweenness(lesmis, sums, pivots)).toEqual(
        normaliseBetweenness(lesmis, pivotsOnly, pivots),
      );
      expect(normaliseBetweenness(lesmis, oneThread, null)).toEqual(exactBetweennessOf(lesmis));
    },
    workerTimeout,
  );

  it('uses one thread for small work unless told otherwise', () => {
    expect(threadsFor({}, 1000)).toBe(1);
    expect(threadsFor({ threads: 4 }, 1000)).toBe(4);
    expect(threadsFor({}, 1e12)).toBeGreaterThanOrEqual(1);
  });
});
