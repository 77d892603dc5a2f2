import type { AbstractGraph as Graph } from 'graphology-types';
import { type IndexedGraph, toIndexedGraph } from './indexedGraph.js';

/** Ties and people whose removal splits the network: where everything hangs on one link or one person. */
export interface CutPoints {
  /** Ties whose removal disconnects their two ends (NetworkX `bridges`), each pair sorted by id. */
  bridges: Array<[string, string]>;
  /** Nodes whose removal increases the number of components (NetworkX `articulation_points`). */
  articulationPoints: string[];
}

/**
 * Bridges and articulation points in one depth-first search (Hopcroft & Tarjan low-points), run
 * iteratively so a long chain of ties cannot overflow the call stack. Results are sorted by id so
 * they are stable whatever order the search visits the network in.
 */
export function cutPointsOf(graph: IndexedGraph): CutPoints {
  const n = graph.ids.length;
  const { offsets, targets, ids } = graph;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n);
  const stack = new Int32Array(n);
  const isArticulation = new Uint8Array(n);
  const bridges: Array<[string, string]> = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if ((discovery[root] as number) >= 0) continue;
    let depth = 0;
    stack[depth++] = root;
    discovery[root] = low[root] = time++;
    nextEdge[root] = offsets[root] as number;
    let rootChildren = 0;
    while (depth > 0) {
      const v = stack[depth - 1] as number;
      const e = nextEdge[v] as number;
      if (e < (offsets[v + 1] as number)) {
        nextEdge[v] = e + 1;
        const w = targets[e] as number;
        if ((discovery[w] as number) < 0) {
          parent[w] = v;
          discovery[w] = low[w] = time++;
          nextEdge[w] = offsets[w] as number;
          stack[depth++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] as number, discovery[w] as number);
        }
        continue;
      }
      depth--;
      const p = parent[v] as number;
      if (p < 0) continue;
      low[p] = Math.min(low[p] as number, low[v] as number);
      if ((low[v] as number) > (discovery[p] as number)) {
        const a = ids[p] as string;
        const b = ids[v] as string;
        bridges.push(a < b ? [a, b] : [b, a]);
      }
      if (p !== root && (low[v] as number) >= (discovery[p] as number)) isArticulation[p] = 1;
    }
    if (rootChildren > 1) isArticulation[root] = 1;
  }
  const articulationPoints = ids.filter((_, index) => isArticulation[index] === 1);
  bridges.sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
  articulationPoints.sort(compareIds);
  return { bridges, articulationPoints };
}

/** Plain code-unit order, the same on every machine (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cutPoints(graph: Graph): CutPoints {
  return cutPointsOf(toIndexedGraph(graph));
}
