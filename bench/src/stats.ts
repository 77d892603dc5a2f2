/** Latency statistics for the bench: percentiles, summaries and ratios, all pure. */

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * The `p`-th percentile (0–100) of ascending `sorted` samples, interpolated linearly between the
 * two nearest ranks (NumPy's default), so p50 of [1, 2, 3, 4] is 2.5. NaN for no samples.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be 0–100 (got ${p})`);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lower = sorted[low] as number;
  const upper = sorted[high] as number;
  return lower + (upper - lower) * (rank - low);
}

/** Count, mean, p50/p95/p99 and max of latency samples (any order), rounded to 0.01 ms. */
export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    mean: round(sorted.length ? total / sorted.length : Number.NaN),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** `numerator / denominator` to two decimals; null when either is missing or the divisor is 0. */
export function ratio(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
) {
  if (numerator == null || denominator == null) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0)
    return null;
  return Math.round((numerator / denominator) * 100) / 100;
}

export interface Target {
  /** `below`: the figure must be under `limit`; `atLeast`: at or above it. */
  kind: 'below' | 'atLeast';
  limit: number;
  /** How the target reads in the report, e.g. `< 30 ms`. */
  text: string;
}

export type Verdict = 'met' | 'missed' | 'not measured';

/** Whether a measured figure meets its target. */
export function verdict(value: number | null | undefined, target: Target): Verdict {
  if (value == null || !Number.isFinite(value)) return 'not measured';
  const met = target.kind === 'below' ? value < target.limit : value >= target.limit;
  return met ? 'met' : 'missed';
}
