import type { AbstractGraph as Graph } from 'graphology-types';
import {
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
  type WeightOption,
} from './indexedGraph.js';

/** Number of ties per node (NetworkX `G.degree()`). */
export function degreesOf(graph: IndexedGraph): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++)
    result[i] = (graph.offsets[i + 1] as number) - (graph.offsets[i] as number);
  return result;
}

/** Sum of tie weights per node (NetworkX `G.degree(weight=…)`); equals the degree when unweighted. */
export function weightedDegreesOf(graph: IndexedGraph): Float64Array {
  const n = graph.ids.length;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e++) {
      sum += graph.weights[e] as number;
    }
    result[i] = sum;
  }
  return result;
}

export function degree(graph: Graph): NodeScores {
  const indexed = toIndexedGraph(graph);
  return scoresByNode(indexed, degreesOf(indexed));
}

export function weightedDegree(
  graph: Graph,
  options: WeightOption = { weight: 'weight' },
): NodeScores {
  const indexed = toIndexedGraph(graph, options);
  return scoresByNode(indexed, weightedDegreesOf(indexed));
}
