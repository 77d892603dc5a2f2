/** How long one phase of an analysis took (wall clock, on the thread that ran it). */
export interface PhaseTiming {
  phase: string;
  ms: number;
}

/** Milliseconds since the epoch, comparable between threads (each has its own `performance.now()`). */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/** Collects phase timings in the order the phases ran. */
export class PhaseClock {
  readonly timings: PhaseTiming[] = [];

  /** Runs `run` and records how long it took under `phase`. */
  time<T>(phase: string, run: () => T): T {
    const started = performance.now();
    const result = run();
    this.record(phase, performance.now() - started);
    return result;
  }

  record(phase: string, ms: number): void {
    this.timings.push({ phase, ms });
  }
}

/** A readable table of timings, one phase a line, for `--timings`. */
export function formatTimings(timings: readonly PhaseTiming[]): string {
  const width = Math.max(...timings.map((timing) => timing.phase.length), 5);
  return timings
    .map(
      (timing) => `  ${timing.phase.padEnd(width)} ${(timing.ms / 1000).toFixed(3).padStart(8)} s`,
    )
    .join('\n');
}
