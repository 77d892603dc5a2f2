import type { AbstractGraph as Graph } from 'graphology-types';
import {
  AnalysisInputError,
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
} from './indexedGraph.js';
import { sampleIndices, seededRandom } from './random.js';
import { allSources, type ShortestPathSums, shortestPathSums } from './shortestPaths.js';

/**
 * Normalised betweenness from Brandes' sums, as NetworkX 3.6 `betweenness_centrality(G,
 * normalized=True, endpoints=False)` rescales: divide by the (n-1)(n-2) ordered pairs that can
 * pass through a node. With sampled sources, a source node has only k-1 informative searches (its
 * own search never passes through itself), so it is scaled by k-1 instead of k, as NetworkX does.
 */
export function normaliseBetweenness(
  graph: IndexedGraph,
  sums: ShortestPathSums,
  sampled: Int32Array | null,
): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  const k = sampled ? sampled.length : n - 1;
  if (!sampled) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) result[v] = (sums.dependency[v] as number) * scale;
    return result;
  }
  const isSource = new Uint8Array(n);
  for (const s of sampled) isSource[s] = 1;
  const scaleSource = k > 1 ? 1 / ((k - 1) * (n - 2)) : Number.NaN;
  const scaleOther = 1 / (k * (n - 2));
  for (let v = 0; v < n; v++) {
    result[v] = (sums.dependency[v] as number) * (isSource[v] ? scaleSource : scaleOther);
  }
  return result;
}

/** Exact normalised betweenness over hop counts (NetworkX `betweenness_centrality(G)`). */
export function exactBetweennessOf(graph: IndexedGraph): Float64Array {
  return normaliseBetweenness(
    graph,
    shortestPathSums(graph, allSources(graph), { betweenness: true }),
    null,
  );
}

/** The sources a sampled run searches from: `pivots` distinct nodes chosen with a seeded RNG. */
export function chooseBetweennessPivots(
  graph: IndexedGraph,
  pivots: number,
  seed: number,
): Int32Array {
  if (!Number.isInteger(pivots) || pivots < 1 || pivots > graph.ids.length) {
    throw new AnalysisInputError(`pivots must be a whole number from 1 to ${graph.ids.length}`);
  }
  return sampleIndices(graph.ids.length, pivots, seededRandom(seed));
}

/**
 * Betweenness estimated from `pivots` random sources (Brandes & Pich 2007; NetworkX
 * `betweenness_centrality(G, k=pivots)`), for networks where the exact O(n·m) run is too slow.
 * It is unbiased; see `betweennessErrorBound` for how far one estimate may be off.
 */
export function sampledBetweennessOf(graph: IndexedGraph, pivots: number, seed = 1): Float64Array {
  const sources = chooseBetweennessPivots(graph, pivots, seed);
  const sums = shortestPathSums(graph, sources, { betweenness: true });
  return normaliseBetweenness(graph, sums, sources);
}

/**
 * The absolute error on normalised betweenness that a sampled run stays within, for all nodes at
 * once, with probability at least `1 - failureProbability`. Each source's normalised contribution
 * lies in [0, n/(n-1)], so Hoeffding's inequality (also valid for sampling without replacement)
 * with a union bound over the n nodes gives ε = n/(n-1) · sqrt(ln(2n/δ) / (2k)).
 * Example: n = 100,000, k = 1,000, δ = 0.05 gives ε ≈ 0.087; most nodes are far closer, because
 * this bound does not use that typical dependencies are much smaller than the maximum.
 */
export function betweennessErrorBound(
  nodes: number,
  pivots: number,
  failureProbability = 0.05,
): number {
  if (nodes <= 2 || pivots >= nodes) return 0;
  const range = nodes / (nodes - 1);
  return range * Math.sqrt(Math.log((2 * nodes) / failureProbability) / (2 * pivots));
}

export function betweennessCentrality(graph: Graph): NodeScores {
  const indexed = toIndexedGraph(graph);
  return scoresByNode(indexed, exactBetweennessOf(indexed));
}

export function sampledBetweennessCentrality(graph: Graph, pivots: number, seed = 1): NodeScores {
  const indexed = toIndexedGraph(graph);
  return scoresByNode(indexed, sampledBetweennessOf(indexed, pivots, seed));
}
