import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { fixtureGraph, loadFixture } from './__fixtures__/networkxFixtures.js';
import { analyseGraph } from './analyseGraph.js';
import {
  betweennessCentrality,
  betweennessErrorBound,
  sampledBetweennessCentrality,
} from './betweenness.js';
import { cutPoints } from './cutPoints.js';
import { AnalysisInputError } from './indexedGraph.js';
import { topLinkSuggestions } from './linkPrediction.js';
import { pagerank } from './pagerank.js';
import { ConvergenceError } from './powerIteration.js';

const karate = fixtureGraph(loadFixture('karate'));

describe('sampled betweenness', () => {
  it('equals exact betweenness when every node is a pivot', () => {
    const exact = betweennessCentrality(karate);
    const sampled = sampledBetweennessCentrality(karate, karate.order, 7);
    for (const [node, value] of exact) expect(sampled.get(node)).toBeCloseTo(value, 12);
  });

  it('stays within its stated error bound with half the nodes as pivots', () => {
    const exact = betweennessCentrality(karate);
    const bound = betweennessErrorBound(karate.order, 17);
    for (const seed of [1, 2, 3]) {
      const sampled = sampledBetweennessCentrality(karate, 17, seed);
      const worst = Math.max(
        ...[...exact].map(([node, value]) => Math.abs((sampled.get(node) as number) - value)),
      );
      expect(worst).toBeLessThan(bound);
    }
  });

  it('gives the same estimate for the same seed', () => {
    expect(sampledBetweennessCentrality(karate, 10, 42)).toEqual(
      sampledBetweennessCentrality(karate, 10, 42),
    );
  });

  it('states a smaller error bound for more pivots, and none when all nodes are pivots', () => {
    expect(betweennessErrorBound(100_000, 4_000)).toBeLessThan(
      betweennessErrorBound(100_000, 1_000),
    );
    expect(betweennessErrorBound(100_000, 1_000)).toBeCloseTo(0.0872, 3);
    expect(betweennessErrorBound(50, 50)).toBe(0);
  });

  it('is chosen by analyseGraph when asked for a number of pivots, and reported as such', () => {
    const result = analyseGraph(karate, { betweenness: 10 });
    expect(result.betweennessMethod).toMatchObject({ kind: 'sampled', pivots: 10 });
  });
});

describe('input the analysis refuses', () => {
  it('refuses directed graphs, parallel ties and self-loops with a readable reason', () => {
    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    expect(() => analyseGraph(directed)).toThrow(AnalysisInputError);
    const multi = new MultiUndirectedGraph();
    multi.mergeNode('a');
    multi.mergeNode('b');
    multi.addEdge('a', 'b');
    multi.addEdge('a', 'b');
    expect(() => analyseGraph(multi)).toThrow(/parallel ties/);
    const loop = new UndirectedGraph();
    loop.mergeEdge('a', 'a');
    expect(() => analyseGraph(loop)).toThrow(/self-loops/);
  });

  it('refuses negative or non-numeric weights when weights are used', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight: -1 });
    expect(() => analyseGraph(graph, { weight: 'weight' })).toThrow(/weight -1/);
  });

  it('throws like NetworkX when PageRank cannot converge in the allowed iterations', () => {
    expect(() => pagerank(karate, { maxIterations: 2 })).toThrow(ConvergenceError);
  });
});

describe('structure that tells where everything hangs on one tie or one person', () => {
  it('finds every tie of a path as a bridge and its inner people as articulation points', () => {
    const path = new UndirectedGraph();
    path.mergeEdge('p1', 'p2');
    path.mergeEdge('p2', 'p3');
    path.mergeEdge('p3', 'p4');
    expect(cutPoints(path)).toEqual({
      bridges: [
        ['p1', 'p2'],
        ['p2', 'p3'],
        ['p3', 'p4'],
      ],
      articulationPoints: ['p2', 'p3'],
    });
  });

  // A recursive depth-first search overflows Node's stack at roughly 10,000 levels.
  it('handles a chain of 50,000 ties without running out of stack', { timeout: 30_000 }, () => {
    const chain = new UndirectedGraph();
    for (let i = 0; i <= 50_000; i++) chain.addNode(`n${i}`);
    for (let i = 0; i < 50_000; i++) chain.addEdge(`n${i}`, `n${i + 1}`);
    const cuts = cutPoints(chain);
    expect(cuts.bridges).toHaveLength(50_000);
    expect(cuts.articulationPoints).toHaveLength(49_999);
  });
});

describe('suggested introductions from structure', () => {
  it('ranks the people two steps away by Adamic–Adar and never suggests an existing contact', () => {
    const suggestions = topLinkSuggestions(karate, '0', 5);
    expect(suggestions).toHaveLength(5);
    const neighbours = new Set(karate.neighbors('0'));
    for (const suggestion of suggestions) {
      expect(neighbours.has(suggestion.id)).toBe(false);
      expect(suggestion.id).not.toBe('0');
      expect(suggestion.commonNeighbours).toBeGreaterThan(0);
    }
    const scores = suggestions.map((s) => s.adamicAdar);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // In Zachary's club the instructor (0) and the administrator (33) share the most contacts.
    expect(suggestions[0]?.id).toBe('33');
  });

  it('can rank by another score', () => {
    const byCount = topLinkSuggestions(karate, '0', 3, 'commonNeighbours');
    expect(byCount[0]?.commonNeighbours).toBeGreaterThanOrEqual(byCount[1]?.commonNeighbours ?? 0);
  });
});

describe('analyseGraph', () => {
  it('gives the same communities on every run for the same seed', () => {
    const first = analyseGraph(karate, { seed: 5 }).nodes.map((n) => n.community);
    const second = analyseGraph(karate, { seed: 5 }).nodes.map((n) => n.community);
    expect(first).toEqual(second);
  });

  it('adds brokerage roles per node when a partition is given', () => {
    const partition = new Map(
      karate.nodes().map((id) => [id, Number(id) < 17 ? 'north' : 'south']),
    );
    const result = analyseGraph(karate, { partition });
    const total = result.nodes.reduce((sum, node) => sum + (node.brokerage?.total ?? 0), 0);
    expect(total).toBeGreaterThan(0);
    expect(analyseGraph(karate).nodes[0]?.brokerage).toBeUndefined();
  });

  it('analyses an empty network without failing', () => {
    const result = analyseGraph(new UndirectedGraph());
    expect(result).toMatchObject({
      nodeCount: 0,
      edgeCount: 0,
      bridges: [],
      articulationPoints: [],
    });
  });
});
