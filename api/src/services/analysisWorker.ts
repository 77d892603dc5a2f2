/**
 * Worker thread for a graph-wide analysis run: builds the graph from plain arrays, runs every
 * metric and the key figures, and posts the result back, so the API's event loop stays free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import { type AnalysisResult, analyseGraphInParallel } from '../analytics/analyseGraph.js';
import { uniqueReach } from '../analytics/municipality/antennae.js';

export interface AnalysisWorkerInput {
  nodes: string[];
  /** [source, target, weight] */
  edges: [string, string, number][];
  officials: string[];
  /** Stakeholders counted for the coverage share (no officials, no initiatives). */
  stakeholders: string[];
  minWeight: number;
  /** [stakeholder, kern]: the groups of the Gould–Fernandez brokerage roles. */
  partition: [string, string][];
}

export interface KeyFigures {
  /** Officials who reach at least one stakeholder. */
  antennae: number;
  /** Share of stakeholders any official reaches within two steps. */
  coverageShare: number;
  /** Borgatti's fragmentation: the share of pairs that cannot reach each other at all. */
  fragmentation: number;
}

export interface AnalysisWorkerOutput {
  result: AnalysisResult;
  figures: KeyFigures;
}

export async function analyseInWorker(input: AnalysisWorkerInput): Promise<AnalysisWorkerOutput> {
  const graph = new UndirectedGraph();
  for (const node of input.nodes) graph.addNode(node);
  for (const [source, target, weight] of input.edges) graph.addEdge(source, target, { weight });
  // The shortest-path searches spread over every core on large networks (more worker threads).
  const result = await analyseGraphInParallel(graph, {
    weight: 'weight',
    seed: 1,
    partition: new Map(input.partition),
  });
  const reaches = uniqueReach(graph, input.officials, {
    weight: 'weight',
    threshold: input.minWeight,
  });
  const reached = new Set(reaches.flatMap((reach) => reach.reached));
  const covered = input.stakeholders.filter((id) => reached.has(id)).length;
  const n = graph.order;
  let connectedPairs = 0;
  for (const size of componentSizes(graph)) connectedPairs += size * (size - 1);
  return {
    result,
    figures: {
      antennae: reaches.filter((reach) => reach.reached.length > 0).length,
      coverageShare: input.stakeholders.length === 0 ? 0 : covered / input.stakeholders.length,
      fragmentation: n < 2 ? 0 : 1 - connectedPairs / (n * (n - 1)),
    },
  };
}

/** The sizes of the connected components (breadth-first). */
function componentSizes(graph: UndirectedGraph): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const queue = [start];
    for (let at = 0; at < queue.length; at++) {
      graph.forEachNeighbor(queue[at] as string, (next) => {
        if (seen.has(next)) return;
        seen.add(next);
        queue.push(next);
      });
    }
    sizes.push(queue.length);
  });
  return sizes;
}

if (parentPort && workerData) {
  const port = parentPort;
  void analyseInWorker(workerData as AnalysisWorkerInput).then((output) =>
    port.postMessage(output),
  );
}
