import type { IndexedGraph } from '../indexedGraph.js';

/** Whom one person reaches within a few steps, with the first shortest path to each. */
export interface Reach {
  /** Reached node index → the path from the source to it (node indices, source first). */
  paths: Map<number, number[]>;
}

/**
 * Breadth-first search from `source` up to `maxSteps` steps, following only ties of at least
 * `minWeight`. Paths follow the first route found (neighbour order), so they are deterministic.
 * The source itself is not in the result. With `only`, paths are built just for those nodes (the
 * search is the same, so they are the same paths).
 */
export function reachWithin(
  graph: IndexedGraph,
  source: number,
  maxSteps: number,
  minWeight: number,
  only?: ReadonlySet<number>,
): Reach {
  const parent = new Map<number, number>([[source, -1]]);
  breadthFirst(graph, [source], maxSteps, minWeight, (node, from) => parent.set(node, from));
  const paths = new Map<number, number[]>();
  for (const node of parent.keys()) {
    if (node === source || (only !== undefined && !only.has(node))) continue;
    const path: number[] = [];
    for (let at = node; at !== -1; at = parent.get(at) as number) path.push(at);
    paths.set(node, path.reverse());
  }
  return { paths };
}

/**
 * Every node within `maxSteps` steps of at least one of `sources` (themselves included), over ties
 * of at least `minWeight`: one breadth-first search from all of them at once. Ties are undirected,
 * so these are exactly the nodes from which some source is reached within `maxSteps`.
 */
export function withinStepsOfAny(
  graph: IndexedGraph,
  sources: Iterable<number>,
  maxSteps: number,
  minWeight: number,
): Set<number> {
  return breadthFirst(graph, sources, maxSteps, minWeight);
}

/**
 * Breadth-first search from all `sources` at once, up to `maxSteps` steps over ties of at least
 * `minWeight`, in neighbour order; `reached(node, from)` hears of each node when it is first
 * reached. Returns every node seen, the sources included.
 */
function breadthFirst(
  graph: IndexedGraph,
  sources: Iterable<number>,
  maxSteps: number,
  minWeight: number,
  reached?: (node: number, from: number) => void,
): Set<number> {
  const { offsets, targets, weights } = graph;
  const seen = new Set<number>(sources);
  let frontier = [...seen];
  for (let step = 0; step < maxSteps && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
        if ((weights[e] as number) < minWeight) continue;
        const w = targets[e] as number;
        if (seen.has(w)) continue;
        seen.add(w);
        reached?.(w, v);
        next.push(w);
      }
    }
    frontier = next;
  }
  return seen;
}
