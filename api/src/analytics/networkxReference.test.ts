import { describe, expect, it } from 'vitest';
import {
  fixtureGraph,
  fixtureNames,
  loadFixture,
  type NetworkxFixture,
  type ReferenceScores,
} from './__fixtures__/networkxFixtures.js';
import { analyseGraph, analyseGraphInParallel, type NodeMetrics } from './analyseGraph.js';
import { betweennessCentrality } from './betweenness.js';
import { closenessCentrality } from './closeness.js';
import { coreNumber } from './coreNumber.js';
import { cutPoints } from './cutPoints.js';
import { degree, weightedDegree } from './degree.js';
import { eigenvectorCentrality } from './eigenvector.js';
import type { NodeScores } from './indexedGraph.js';
import { linkScores } from './linkPrediction.js';
import { pagerank } from './pagerank.js';
import { constraint, effectiveSize } from './structuralHoles.js';

const tolerance = 1e-6;

/** Every node's value within 1e-6 of NetworkX; NetworkX's NaN (null in JSON) must stay NaN. */
function expectMatches(actual: NodeScores, expected: ReferenceScores, metric: string): void {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [node, want] of Object.entries(expected)) {
    const got = actual.get(node) as number;
    if (want === null) {
      expect(got, `${metric} of ${node}`).toBeNaN();
    } else {
      expect(
        Math.abs(got - want),
        `${metric} of ${node}: got ${got}, NetworkX ${want}`,
      ).toBeLessThan(tolerance);
    }
  }
}

function column(
  nodes: NodeMetrics[],
  metric: keyof Omit<NodeMetrics, 'id' | 'brokerage'>,
): NodeScores {
  return new Map(nodes.map((node) => [node.id, node[metric] as number]));
}

describe.each(fixtureNames)('%s network, compared with NetworkX', (name) => {
  const fixture: NetworkxFixture = loadFixture(name);
  const graph = fixtureGraph(fixture);
  const reference = fixture.unweighted;

  it('has the same nodes and ties as the reference', () => {
    expect(graph.order).toBe(fixture.nodes.length);
    expect(graph.size).toBe(fixture.edges.length);
  });

  it('matches every unweighted per-node metric through the single functions', () => {
    expectMatches(degree(graph), reference.degree, 'degree');
    expectMatches(betweennessCentrality(graph), reference.betweenness, 'betweenness');
    expectMatches(closenessCentrality(graph), reference.closeness, 'closeness');
    expectMatches(pagerank(graph), reference.pagerank, 'pagerank');
    expectMatches(eigenvectorCentrality(graph), reference.eigenvector, 'eigenvector');
    expectMatches(coreNumber(graph), reference.coreNumber, 'core number');
    expectMatches(constraint(graph), reference.constraint, 'constraint');
    expectMatches(effectiveSize(graph), reference.effectiveSize, 'effective size');
  });

  it('matches every unweighted metric through analyseGraph', () => {
    const result = analyseGraph(graph);
    expect(result.weighted).toBe(false);
    expect(result.warnings).toEqual([]);
    expectMatches(column(result.nodes, 'degree'), reference.degree, 'degree');
    expectMatches(column(result.nodes, 'betweenness'), reference.betweenness, 'betweenness');
    expectMatches(column(result.nodes, 'closeness'), reference.closeness, 'closeness');
    expectMatches(column(result.nodes, 'pagerank'), reference.pagerank, 'pagerank');
    expectMatches(column(result.nodes, 'eigenvector'), reference.eigenvector, 'eigenvector');
    expectMatches(column(result.nodes, 'coreNumber'), reference.coreNumber, 'core number');
    expectMatches(column(result.nodes, 'constraint'), reference.constraint, 'constraint');
    expectMatches(column(result.nodes, 'effectiveSize'), reference.effectiveSize, 'effective size');
  });

  it('matches every unweighted metric through analyseGraphInParallel on two threads', async () => {
    const result = await analyseGraphInParallel(graph, { threads: 2 });
    expect(result.warnings).toEqual([]);
    expectMatches(column(result.nodes, 'betweenness'), reference.betweenness, 'betweenness');
    expectMatches(column(result.nodes, 'closeness'), reference.closeness, 'closeness');
    expectMatches(column(result.nodes, 'pagerank'), reference.pagerank, 'pagerank');
    expectMatches(column(result.nodes, 'coreNumber'), reference.coreNumber, 'core number');
    expectMatches(column(result.nodes, 'constraint'), reference.constraint, 'constraint');
  }, 60_000);

  it('finds the same bridges and articulation points', () => {
    const cuts = cutPoints(graph);
    expect(cuts.bridges).toEqual(fixture.bridges);
    expect(cuts.articulationPoints).toEqual(fixture.articulationPoints);
  });

  it('finds Louvain communities within 0.02 modularity of the best NetworkX finds over 20 seeds', () => {
    const result = analyseGraph(graph);
    expect(result.modularity).toBeGreaterThan(reference.bestLouvainModularity - 0.02);
    expect(result.communityCount).toBeGreaterThan(1);
  });

  const weighted = fixture.weighted;
  // Only networks whose ties carry weights have weighted references (karate, Les Misérables).
  if (weighted) {
    it('matches every weighted metric (weight = the edge attribute "weight")', () => {
      const options = { weight: 'weight' };
      expectMatches(weightedDegree(graph, options), weighted.weightedDegree, 'weighted degree');
      expectMatches(pagerank(graph, options), weighted.pagerank, 'weighted pagerank');
      expectMatches(
        eigenvectorCentrality(graph, options),
        weighted.eigenvector,
        'weighted eigenvector',
      );
      expectMatches(constraint(graph, options), weighted.constraint, 'weighted constraint');
      expectMatches(
        effectiveSize(graph, options),
        weighted.effectiveSize,
        'weighted effective size',
      );
      const result = analyseGraph(graph, options);
      expect(result.weighted).toBe(true);
      expectMatches(column(result.nodes, 'pagerank'), weighted.pagerank, 'weighted pagerank');
      expectMatches(column(result.nodes, 'constraint'), weighted.constraint, 'weighted constraint');
      expect(result.modularity).toBeGreaterThan(weighted.bestLouvainModularity - 0.02);
    });
  }

  const predictions = fixture.linkPrediction;
  // Les Misérables has no link-prediction reference: its 2,700 pairs would only bloat the fixture.
  if (predictions) {
    it('scores every unlinked pair like NetworkX link prediction', () => {
      const scores = linkScores(
        graph,
        predictions.map((row) => row.pair),
      );
      predictions.forEach((row, index) => {
        const got = scores[index];
        expect(got?.commonNeighbours, `common neighbours of ${row.pair}`).toBe(
          row.commonNeighbours,
        );
        for (const metric of ['jaccard', 'adamicAdar', 'resourceAllocation'] as const) {
          expect(
            Math.abs((got?.[metric] ?? Number.NaN) - row[metric]),
            `${metric} of ${row.pair}`,
          ).toBeLessThan(tolerance);
        }
      });
    });
  }
});
