import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toIndexedGraph } from '../indexedGraph.js';
import { reachWithin, withinStepsOfAny } from './reach.js';

/** A random weighted network (deterministic: a seeded mulberry32 generator). */
function randomNetwork(nodes: number, edges: number, seed: number) {
  let state = seed;
  const next = () => {
    // mulberry32: 32-bit integer arithmetic only, so the sequence is exact and long.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const graph = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`);
  while (graph.size < edges) {
    const a = `n${Math.floor(next() * nodes)}`;
    const b = `n${Math.floor(next() * nodes)}`;
    if (a !== b && !graph.hasEdge(a, b))
      graph.addEdge(a, b, { weight: 1 + Math.floor(next() * 3) });
  }
  return toIndexedGraph(graph, { weight: 'weight' });
}

describe('withinStepsOfAny', () => {
  it('finds exactly the nodes from which some source is reached within the steps', () => {
    for (const [seed, steps, minWeight] of [
      [1, 1, 0],
      [2, 2, 2],
      [3, 3, 1],
      [4, 2, 3],
    ] as const) {
      const graph = randomNetwork(80, 160, seed);
      const sources = new Set([3, 17, 42]);
      const near = withinStepsOfAny(graph, sources, steps, minWeight);
      const expected = new Set<number>();
      for (let v = 0; v < graph.ids.length; v++) {
        const reached = reachWithin(graph, v, steps, minWeight).paths;
        if (sources.has(v) || [...sources].some((s) => reached.has(s))) expected.add(v);
      }
      expect([...near].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  it('keeps the sources even when they have no ties', () => {
    const graph = new UndirectedGraph();
    graph.addNode('alone');
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b');
    const near = withinStepsOfAny(toIndexedGraph(graph), [0], 2, 0);
    expect([...near]).toEqual([0]);
  });
});

describe('reachWithin with only some nodes wanted', () => {
  it('returns the same paths as the full search, for just those nodes', () => {
    const graph = randomNetwork(60, 150, 9);
    const wanted = new Set([5, 6, 7, 30, 31, 59]);
    for (const source of [0, 5, 12]) {
      const full = reachWithin(graph, source, 3, 2).paths;
      const some = reachWithin(graph, source, 3, 2, wanted).paths;
      const expected = [...full].filter(([node]) => wanted.has(node));
      expect([...some]).toEqual(expected);
    }
  });
});
