import type { AbstractGraph as Graph } from 'graphology-types';
import { weightedDegreesOf } from './degree.js';
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

export interface PageRankOptions {
  /** Probability of following a tie rather than jumping anywhere; NetworkX's default 0.85. */
  damping?: number;
  maxIterations?: number;
  /** Stop when the L1 change of one round is below n·tolerance, as NetworkX does. */
  tolerance?: number;
}

/**
 * PageRank exactly as NetworkX 3.6 `pagerank` iterates it: start uniform, each tie is two arcs,
 * a node's outgoing share is proportional to tie weight, nodes without ties spread their rank
 * uniformly, teleport uniformly with probability 1 - damping; stop when the L1 change < n·tol.
 */
export function pagerankOf(
  graph: IndexedGraph,
  options: PageRankOptions = {},
): PowerIterationResult {
  const damping = options.damping ?? 0.85;
  const maxIterations = options.maxIterations ?? networkxPowerIteration.maxIterations;
  const tolerance = options.tolerance ?? networkxPowerIteration.tolerance;
  const n = graph.ids.length;
  const { offsets, targets, weights } = graph;
  const strength = weightedDegreesOf(graph);
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    next.fill(0);
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      const s = strength[v] as number;
      const xv = x[v] as number;
      if (s === 0) {
        dangling += xv;
        continue;
      }
      const share = xv / s;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const w = targets[e] as number;
        next[w] = (next[w] as number) + share * (weights[e] as number);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = damping * ((next[v] as number) + dangling / n) + (1 - damping) / n;
      change += Math.abs(value - (x[v] as number));
      next[v] = value;
    }
    [x, next] = [next, x];
    if (change < n * tolerance) return { values: x, iterations: iteration, converged: true };
  }
  return { values: x, iterations: maxIterations, converged: false };
}

/** PageRank per node; throws ConvergenceError like NetworkX when it does not converge. */
export function pagerank(graph: Graph, options: PageRankOptions & WeightOption = {}): NodeScores {
  const indexed = toIndexedGraph(graph, options);
  const result = pagerankOf(indexed, options);
  if (!result.converged) {
    throw new ConvergenceError(`PageRank did not converge in ${result.iterations} iterations`);
  }
  return scoresByNode(indexed, result.values);
}
