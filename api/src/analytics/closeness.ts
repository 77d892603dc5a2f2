import type { AbstractGraph as Graph } from 'graphology-types';
import {
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
} from './indexedGraph.js';
import { allSources, type ShortestPathSums, shortestPathSums } from './shortestPaths.js';

/**
 * Closeness as NetworkX `closeness_centrality(G)` (wf_improved=True): (r-1)/Σd over the r nodes a
 * node reaches (itself included), times (r-1)/(n-1). The second factor is Wasserman & Faust's
 * correction: a node in a small component is not "close" just because its few contacts are near.
 * A node that reaches no one scores 0.
 */
export function closenessFromSums(graph: IndexedGraph, sums: ShortestPathSums): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const total = sums.distanceSum[v] as number;
    const others = (sums.reached[v] as number) - 1;
    if (total > 0 && n > 1) result[v] = (others / total) * (others / (n - 1));
  }
  return result;
}

export function closenessOf(graph: IndexedGraph): Float64Array {
  return closenessFromSums(
    graph,
    shortestPathSums(graph, allSources(graph), { betweenness: false }),
  );
}

export function closenessCentrality(graph: Graph): NodeScores {
  const indexed = toIndexedGraph(graph);
  return scoresByNode(indexed, closenessOf(indexed));
}
