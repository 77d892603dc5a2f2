import type { AbstractGraph as Graph } from 'graphology-types';
import { degreesOf } from './degree.js';
import {
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
} from './indexedGraph.js';

/**
 * k-core number per node (NetworkX `core_number`): the largest k such that the node belongs to a
 * group in which everyone has at least k ties inside the group. Batagelj & Zaversnik's O(m)
 * bucket algorithm, the one NetworkX uses.
 */
export function coreNumbersOf(graph: IndexedGraph): Int32Array {
  const n = graph.ids.length;
  const { offsets, targets } = graph;
  const degree = new Int32Array(n);
  const degrees = degreesOf(graph);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = degrees[v] as number;
    maxDegree = Math.max(maxDegree, degree[v] as number);
  }
  // Nodes sorted by degree (bucket sort), with each degree's first position in `binStart`.
  const binStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++)
    binStart[(degree[v] as number) + 1] = (binStart[(degree[v] as number) + 1] as number) + 1;
  for (let d = 1; d <= maxDegree + 1; d++)
    binStart[d] = (binStart[d] as number) + (binStart[d - 1] as number);
  const sorted = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v++) {
    const p = fill[degree[v] as number] as number;
    fill[degree[v] as number] = p + 1;
    sorted[p] = v;
    position[v] = p;
  }
  for (let i = 0; i < n; i++) {
    const v = sorted[i] as number;
    const dv = degree[v] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      const u = targets[e] as number;
      const du = degree[u] as number;
      if (du > dv) {
        // Move u to the front of its bucket, then shrink that bucket by one: u's degree drops.
        const pu = position[u] as number;
        const first = binStart[du] as number;
        const w = sorted[first] as number;
        if (u !== w) {
          sorted[pu] = w;
          position[w] = pu;
          sorted[first] = u;
          position[u] = first;
        }
        binStart[du] = first + 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

export function coreNumber(graph: Graph): NodeScores {
  const indexed = toIndexedGraph(graph);
  return scoresByNode(indexed, coreNumbersOf(indexed));
}
