import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { AnalysisInputError, toIndexedGraph } from './indexedGraph.js';

/** Node i's neighbours as ids, in adjacency order. */
function neighboursOf(graph: ReturnType<typeof toIndexedGraph>, id: string): string[] {
  const i = graph.indexOf.get(id) as number;
  const out: string[] = [];
  for (let e = graph.offsets[i] as number; e < (graph.offsets[i + 1] as number); e++)
    out.push(graph.ids[graph.targets[e] as number] as string);
  return out.sort();
}

function triangle() {
  const graph = new UndirectedGraph();
  for (const id of ['a', 'b', 'c']) graph.addNode(id);
  graph.addEdge('a', 'b', { weight: 2 });
  graph.addEdge('b', 'c', { weight: 3 });
  graph.addEdge('a', 'c');
  return graph;
}

describe('toIndexedGraph', () => {
  it('builds the adjacency of every node, both directions, with weights when asked', () => {
    const indexed = toIndexedGraph(triangle(), { weight: 'weight' });
    expect(indexed.edgeCount).toBe(3);
    expect(neighboursOf(indexed, 'a')).toEqual(['b', 'c']);
    expect(neighboursOf(indexed, 'c')).toEqual(['a', 'b']);
    const a = indexed.indexOf.get('a') as number;
    const weights = new Map<string, number>();
    for (let e = indexed.offsets[a] as number; e < (indexed.offsets[a + 1] as number); e++)
      weights.set(
        indexed.ids[indexed.targets[e] as number] as string,
        indexed.weights[e] as number,
      );
    expect(Object.fromEntries(weights)).toEqual({ b: 2, c: 1 });
  });

  it('returns the same arrays for an unchanged graph, per weight key', () => {
    const graph = triangle();
    const plain = toIndexedGraph(graph);
    expect(toIndexedGraph(graph)).toBe(plain);
    const weighted = toIndexedGraph(graph, { weight: 'weight' });
    expect(weighted).not.toBe(plain);
    expect(weighted.weighted).toBe(true);
    expect(plain.weighted).toBe(false);
    expect(toIndexedGraph(graph, { weight: 'weight' })).toBe(weighted);
  });

  it('builds again after a node or edge was added or dropped', () => {
    const graph = triangle();
    const before = toIndexedGraph(graph);
    graph.addNode('d');
    graph.addEdge('c', 'd');
    const grown = toIndexedGraph(graph);
    expect(grown).not.toBe(before);
    expect(neighboursOf(grown, 'd')).toEqual(['c']);
    graph.dropEdge('a', 'b');
    const shrunk = toIndexedGraph(graph);
    expect(shrunk.edgeCount).toBe(3);
    expect(neighboursOf(shrunk, 'a')).toEqual(['c']);
  });

  it('builds again after a tie strength changed', () => {
    const graph = triangle();
    const before = toIndexedGraph(graph, { weight: 'weight' });
    graph.setEdgeAttribute('a', 'b', 'weight', 5);
    const after = toIndexedGraph(graph, { weight: 'weight' });
    expect(after).not.toBe(before);
    const a = after.indexOf.get('a') as number;
    const b = after.indexOf.get('b') as number;
    let weight = Number.NaN;
    for (let e = after.offsets[a] as number; e < (after.offsets[a + 1] as number); e++)
      if (after.targets[e] === b) weight = after.weights[e] as number;
    expect(weight).toBe(5);
  });

  it('rejects a bad weight every time it is asked, caching nothing', () => {
    const graph = triangle();
    graph.setEdgeAttribute('a', 'c', 'weight', -1);
    expect(() => toIndexedGraph(graph, { weight: 'weight' })).toThrow(AnalysisInputError);
    expect(() => toIndexedGraph(graph, { weight: 'weight' })).toThrow(AnalysisInputError);
    graph.setEdgeAttribute('a', 'c', 'weight', 1);
    expect(toIndexedGraph(graph, { weight: 'weight' }).edgeCount).toBe(3);
  });
});
