/**
 * A small seeded pseudo-random generator (mulberry32) returning numbers in [0, 1), so that Louvain
 * and sampled betweenness give the same answer on every run for the same seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices out of `0 … size-1`, drawn without replacement (partial Fisher–Yates). */
export function sampleIndices(size: number, count: number, random: () => number): Int32Array {
  const pool = new Int32Array(size);
  for (let i = 0; i < size; i++) pool[i] = i;
  const take = Math.min(count, size);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (size - i));
    const swap = pool[i] as number;
    pool[i] = pool[j] as number;
    pool[j] = swap;
  }
  return pool.slice(0, take);
}
