import type { AbstractGraph as Graph } from 'graphology-types';
import {
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
  type WeightOption,
} from './indexedGraph.js';
import {
  ConvergenceError,
  networkxPowerIteration,
  type PowerIterationResult,
} from './powerIteration.js';

export interface EigenvectorOptions {
  maxIterations?: number;
  tolerance?: number;
}

/**
 * Eigenvector centrality as NetworkX 3.6 `eigenvector_centrality` iterates it: start from the
 * uniform vector 1/n, multiply by (A + I) — the identity shift keeps bipartite graphs from
 * oscillating —, scale to Euclidean length 1, stop when the L1 change < n·tol. The result has
 * unit Euclidean norm, NetworkX's normalisation.
 */
export function eigenvectorOf(
  graph: IndexedGraph,
  options: EigenvectorOptions = {},
): PowerIterationResult {
  const maxIterations = options.maxIterations ?? networkxPowerIteration.maxIterations;
  const tolerance = options.tolerance ?? networkxPowerIteration.tolerance;
  const n = graph.ids.length;
  const { offsets, targets, weights } = graph;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    next.set(x);
    for (let v = 0; v < n; v++) {
      const xv = x[v] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const w = targets[e] as number;
        next[w] = (next[w] as number) + xv * (weights[e] as number);
      }
    }
    let squares = 0;
    for (let v = 0; v < n; v++) squares += (next[v] as number) ** 2;
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = (next[v] as number) / norm;
      change += Math.abs(value - (x[v] as number));
      next[v] = value;
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}

/** Eigenvector centrality per node; throws ConvergenceError like NetworkX when it does not converge. */
export function eigenvectorCentrality(
  graph: Graph,
  options: EigenvectorOptions & WeightOption = {},
): NodeScores {
  const indexed = toIndexedGraph(graph, options);
  const result = eigenvectorOf(indexed, options);
  if (!result.converged) {
    throw new ConvergenceError(
      `eigenvector centrality did not converge in ${result.iterations} iterations`,
    );
  }
  return scoresByNode(indexed, result.values);
}
