import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

/** Per-node values as NetworkX wrote them; null where NetworkX gives NaN (isolated nodes). */
export type ReferenceScores = Record<string, number | null>;

export interface NetworkxFixture {
  name: string;
  networkx: string;
  nodes: string[];
  edges: Array<[string, string] | [string, string, number]>;
  bridges: Array<[string, string]>;
  articulationPoints: string[];
  unweighted: {
    degree: ReferenceScores;
    betweenness: ReferenceScores;
    closeness: ReferenceScores;
    pagerank: ReferenceScores;
    eigenvector: ReferenceScores;
    coreNumber: ReferenceScores;
    constraint: ReferenceScores;
    effectiveSize: ReferenceScores;
    bestLouvainModularity: number;
  };
  weighted?: {
    weightedDegree: ReferenceScores;
    pagerank: ReferenceScores;
    eigenvector: ReferenceScores;
    constraint: ReferenceScores;
    effectiveSize: ReferenceScores;
    bestLouvainModularity: number;
  };
  linkPrediction?: Array<{
    pair: [string, string];
    commonNeighbours: number;
    jaccard: number;
    adamicAdar: number;
    resourceAllocation: number;
  }>;
}

/** The reference networks written by api/scripts/networkx/reference.py. */
export const fixtureNames = ['karate', 'florentine', 'lesmis', 'disconnected'] as const;

export function loadFixture(name: (typeof fixtureNames)[number]): NetworkxFixture {
  const url = new URL(`./${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf-8')) as NetworkxFixture;
}

/** The fixture's network as a graphology graph, nodes in NetworkX's order, weights as `weight`. */
export function fixtureGraph(fixture: NetworkxFixture): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of fixture.nodes) graph.addNode(node);
  for (const [source, target, weight] of fixture.edges) {
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  }
  return graph;
}
