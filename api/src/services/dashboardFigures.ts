import { createHash } from 'node:crypto';

/**
 * Pure helpers of the management dashboard: the small-cell rule, medians, and the opaque ids
 * that name an official's post without naming the official.
 */

/** Cells (and areas) with fewer people than this show no figures at all (docs/privacy.md). */
export const minimumCellPeople = 10;

/** Whether a cell with this many people must be suppressed. */
export const isSuppressed = (people: number): boolean => people < minimumCellPeople;

/** The median of the values (the mean of the two middle ones for an even count), or null. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * An opaque, stable id for an official's post under a root area: a hash, so the dashboard never
 * hands out the person's register id (which would open their details elsewhere).
 */
export function postIdOf(rootId: string, officialId: string): string {
  return `post-${createHash('sha256').update(`${rootId}\u0000${officialId}`).digest('hex').slice(0, 20)}`;
}

/** A value counted per key, with the keys in first-seen order. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
