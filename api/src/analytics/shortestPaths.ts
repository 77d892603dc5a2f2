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

/**
 * One breadth-first search per source, feeding both betweenness (Brandes 2001) and closeness,
 * because both need the same searches and these searches are where the time goes.
 * Predecessors are not stored: on the way back a neighbour one hop closer to the source is a
 * predecessor, which keeps the inner loops on typed arrays and the memory at O(n).
 */
export function shortestPathSums(
  graph: IndexedGraph,
  sources: ArrayLike<number>,
  wanted: { betweenness: boolean },
): ShortestPathSums {
  const n = graph.ids.length;
  const { offsets, targets } = graph;
  const dependency = new Float64Array(n);
  const distanceSum = new Float64Array(n);
  const reached = new Int32Array(n);
  const order = new Int32Array(n);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);

  for (let k = 0; k < sources.length; k++) {
    const source = sources[k] as number;
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    sigma[source] = 1;
    let sum = 0;
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
    distanceSum[source] = sum;
    reached[source] = tail;

    if (wanted.betweenness) {
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
    }
    // Reset only what this search touched: O(reached) instead of O(n) per source.
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return { dependency, distanceSum, reached };
}

/** Every node as a source, in index order. */
export function allSources(graph: IndexedGraph): Int32Array {
  const sources = new Int32Array(graph.ids.length);
  for (let i = 0; i < sources.length; i++) sources[i] = i;
  return sources;
}
