import type { IndexedGraph } from './indexedGraph.js';

/** Raw sums from breadth-first searches, before any NetworkX normalisation. */
export interface ShortestPathSums {
  /** Brandes' dependency sums over the chosen sources (ordered pairs, so each pair counts twice). */
  dependency: Float64Array;
  /** Per source: the sum of hop distances to every node it reaches. */
  distanceSum: Float64Array;
  /** Per source: how many nodes it reaches, itself included. */
  reached: Int32Array;
}

/** The adjacency the searches need: node `v`'s neighbours are `targets[offsets[v] … offsets[v+1]-1]`. */
export type Adjacency = Pick<IndexedGraph, 'offsets' | 'targets'>;

/** Which searches also walk back to accumulate Brandes' dependencies. */
export interface SweepOptions {
  betweenness: boolean;
  /** When set, only sources with a 1 here walk back (sampled betweenness); the rest only count distances. */
  pivotMask?: Uint8Array | null;
}

/** A reusable set of scratch arrays that sums searches from any sources into one `ShortestPathSums`. */
export interface Sweeper {
  readonly sums: ShortestPathSums;
  /** Searches from `sources[from] … sources[to - 1]` and adds them to `sums`. */
  sweep(sources: ArrayLike<number>, from: number, to: number): void;
}

export function emptySums(nodeCount: number): ShortestPathSums {
  return {
    dependency: new Float64Array(nodeCount),
    distanceSum: new Float64Array(nodeCount),
    reached: new Int32Array(nodeCount),
  };
}

/**
 * One breadth-first search per source, feeding both betweenness (Brandes 2001) and closeness,
 * because both need the same searches and these searches are where the time goes.
 * Predecessors are not stored: on the way back a neighbour one hop closer to the source is a
 * predecessor, which keeps the inner loops on typed arrays and the memory at O(n). Searches from
 * different sources are independent, so `parallelShortestPaths.ts` hands batches of sources to
 * several sweepers (one per thread) and adds their sums.
 */
export function createSweeper(adjacency: Adjacency, options: SweepOptions): Sweeper {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const sums = emptySums(n);
  const { dependency, distanceSum, reached } = sums;
  const order = new Int32Array(n);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const mask = options.pivotMask ?? null;

  const sweepOne = (source: number, backward: boolean): void => {
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    sigma[source] = 1;
    let sum = 0;
    if (backward) {
      while (head < tail) {
        const v = order[head++] as number;
        const dv = distance[v] as number;
        sum += dv;
        const sv = sigma[v] as number;
        const end = offsets[v + 1] as number;
        for (let e = offsets[v] as number; e < end; e++) {
          const w = targets[e] as number;
          const dw = distance[w] as number;
          if (dw < 0) {
            distance[w] = dv + 1;
            sigma[w] = sv;
            order[tail++] = w;
          } else if (dw === dv + 1) {
            sigma[w] = (sigma[w] as number) + sv;
          }
        }
      }
      for (let i = tail - 1; i > 0; i--) {
        const w = order[i] as number;
        const dw = distance[w] as number;
        const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
        const end = offsets[w + 1] as number;
        for (let e = offsets[w] as number; e < end; e++) {
          const v = targets[e] as number;
          if (distance[v] === dw - 1)
            delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
        }
        dependency[w] = (dependency[w] as number) + (delta[w] as number);
      }
    } else {
      // Closeness needs distances only: no path counts.
      while (head < tail) {
        const v = order[head++] as number;
        const dv = distance[v] as number;
        sum += dv;
        const end = offsets[v + 1] as number;
        for (let e = offsets[v] as number; e < end; e++) {
          const w = targets[e] as number;
          if ((distance[w] as number) < 0) {
            distance[w] = dv + 1;
            order[tail++] = w;
          }
        }
      }
    }
    distanceSum[source] = sum;
    reached[source] = tail;
    // Reset only what this search touched: O(reached) instead of O(n) per source.
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  };

  return {
    sums,
    sweep(sources, from, to) {
      for (let k = from; k < to; k++) {
        const source = sources[k] as number;
        sweepOne(source, options.betweenness && (mask === null || mask[source] === 1));
      }
    },
  };
}

/** Adds `part` into `total` (the sums of disjoint sets of sources). */
export function addSums(total: ShortestPathSums, part: ShortestPathSums): void {
  const n = total.dependency.length;
  for (let v = 0; v < n; v++) {
    total.dependency[v] = (total.dependency[v] as number) + (part.dependency[v] as number);
    total.distanceSum[v] = (total.distanceSum[v] as number) + (part.distanceSum[v] as number);
    total.reached[v] = (total.reached[v] as number) + (part.reached[v] as number);
  }
}

/** Searches from every source in `sources` on this thread. */
export function shortestPathSums(
  graph: Adjacency,
  sources: ArrayLike<number>,
  wanted: SweepOptions,
): ShortestPathSums {
  const sweeper = createSweeper(graph, wanted);
  sweeper.sweep(sources, 0, sources.length);
  return sweeper.sums;
}

/** Every node as a source, in index order. */
export function allSources(graph: Pick<IndexedGraph, 'offsets'>): Int32Array {
  const sources = new Int32Array(graph.offsets.length - 1);
  for (let i = 0; i < sources.length; i++) sources[i] = i;
  return sources;
}
