import { availableParallelism } from 'node:os';
import { firstMessage, startModuleWorker } from './moduleWorker.js';
import { epochMs } from './phaseTimings.js';
import {
  type Adjacency,
  addSums,
  createSweeper,
  type ShortestPathSums,
  type SweepOptions,
} from './shortestPaths.js';

/** Sources one thread claims at a time: small enough to balance, large enough to be cheap. */
const batchSize = 32;
/**
 * Below this many tie visits (sources × 2m) one thread is faster than starting others
 * (a worker thread from TypeScript sources takes a few hundred milliseconds to start).
 */
export const parallelWorkThreshold = 50_000_000;

export interface ParallelOptions {
  /**
   * Threads to search on, the caller's included. Unset: `os.availableParallelism()` when the
   * work is large enough (`parallelWorkThreshold`), else 1.
   */
  threads?: number;
}

/** What a helper thread gets: the adjacency, the sources and the shared batch counter. */
export interface SweepTask {
  kind: 'shortest-path-sweep';
  offsets: Int32Array;
  targets: Int32Array;
  sources: Int32Array;
  betweenness: boolean;
  pivotMask: Uint8Array | null;
  /** One Int32 on a SharedArrayBuffer: the index of the next unclaimed source. */
  next: Int32Array;
}

/** One thread's share of the searches: its sums, how many sources it took and when it ran. */
export interface SweepReport {
  sums: ShortestPathSums;
  sources: number;
  /** Epoch milliseconds (comparable between threads): first and last moment of searching. */
  startedAt: number;
  endedAt: number;
}

/** What one thread did, for timings: how many sources, and when (epoch milliseconds). */
export type SweepThreadReport = Omit<SweepReport, 'sums'> & {
  /** 0 for the calling thread, 1… for the helpers. */
  thread: number;
  /** When the thread was asked to start (a helper's start-up is `startedAt - requestedAt`). */
  requestedAt: number;
};

/** Claims batches of sources from the shared counter until none are left (runs on any thread). */
export function sweepClaimedBatches(task: SweepTask): SweepReport {
  const startedAt = epochMs();
  const sweeper = createSweeper(task, { betweenness: task.betweenness, pivotMask: task.pivotMask });
  const total = task.sources.length;
  let sources = 0;
  for (;;) {
    const from = Atomics.add(task.next, 0, batchSize);
    if (from >= total) break;
    const to = Math.min(from + batchSize, total);
    sweeper.sweep(task.sources, from, to);
    sources += to - from;
  }
  return { sums: sweeper.sums, sources, startedAt, endedAt: epochMs() };
}

export function threadsFor(options: ParallelOptions, work: number): number {
  if (options.threads !== undefined) return Math.max(1, Math.floor(options.threads));
  return work >= parallelWorkThreshold ? availableParallelism() : 1;
}

/** Searches under way on helper threads; `finish` makes the calling thread join in. */
export interface ParallelSweep {
  /** Helper threads started (the calling thread comes on top). */
  readonly helpers: number;
  finish(): Promise<ShortestPathSums>;
  /** Per thread (the caller first), once `finish` has resolved: for `--timings`. */
  readonly threads: readonly SweepThreadReport[];
}

type Settled = { ok: true; report: SweepReport } | { ok: false; error: unknown };

/**
 * Brandes' searches are independent per source, so they split over threads without locks: every
 * thread (helpers started here, and the caller once it calls `finish`) claims the next batch of
 * sources from one shared counter, keeps its own sums, and the sums are added at the end. The
 * calling thread can do other work between start and `finish` while the helpers search. The
 * result equals the one-thread sums up to the order of floating-point additions.
 */
export function startParallelSweep(
  graph: Adjacency,
  sources: Int32Array,
  sweep: SweepOptions,
  options: ParallelOptions = {},
): ParallelSweep {
  const threads = threadsFor(options, sources.length * graph.targets.length);
  const task: SweepTask = {
    kind: 'shortest-path-sweep',
    offsets: graph.offsets,
    targets: graph.targets,
    sources,
    betweenness: sweep.betweenness,
    pivotMask: sweep.pivotMask ?? null,
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
  const helpers: Promise<Settled>[] = [];
  const requestedAt = epochMs();
  for (let i = 1; i < threads; i++) {
    const worker = startModuleWorker(import.meta.url, 'shortestPathsWorker', task);
    // Settled at once so that a failing helper is reported by `finish`, never as an unhandled rejection.
    helpers.push(
      firstMessage<SweepReport>(worker).then(
        (report): Settled => ({ ok: true, report }),
        (error: unknown): Settled => ({ ok: false, error }),
      ),
    );
  }
  const reports: SweepThreadReport[] = [];
  return {
    helpers: helpers.length,
    threads: reports,
    async finish() {
      const joinedAt = epochMs();
      const { sums: total, ...own } = sweepClaimedBatches(task);
      reports.push({ thread: 0, requestedAt: joinedAt, ...own });
      for (const [index, settled] of (await Promise.all(helpers)).entries()) {
        if (!settled.ok) throw settled.error;
        const { sums, ...report } = settled.report;
        addSums(total, sums);
        reports.push({ thread: index + 1, requestedAt, ...report });
      }
      return total;
    },
  };
}

/** Every search on `threads` threads; see `startParallelSweep`. */
export function parallelShortestPathSums(
  graph: Adjacency,
  sources: Int32Array,
  sweep: SweepOptions,
  options: ParallelOptions = {},
): Promise<ShortestPathSums> {
  return startParallelSweep(graph, sources, sweep, options).finish();
}
