/**
 * Child process for the analysis phase: does what an API analysis run does before it writes the
 * scores back (load the projection from Neo4j, then every metric and the key figures as the
 * worker does, its parallel path searches included), prints its wall times (overall and per
 * phase) and peak RSS as one JSON line, and writes the graph it analysed for NetworkX and igraph.
 *
 *   node --import tsx src/analysisChild.ts <bolt uri> <nodes.txt> <edges.csv>
 */
import { createWriteStream } from 'node:fs';
import { analysisDefaults, loadProjection } from '@antenne/api/analysis-service';
import {
  type AnalysisWorkerInput,
  type AnalysisWorkerOutput,
  analyseInWorker,
} from '@antenne/api/analysis-worker';
import { Database } from '@antenne/api/database';
import { createLogger } from '@antenne/api/logger';
import { kernOf } from '@antenne/api/projection';
import neo4j from 'neo4j-driver';

export interface AnalysisChildReport {
  nodes: number;
  edges: number;
  loadMs: number;
  analyseMs: number;
  totalMs: number;
  peakRssMiB: number;
  betweenness: string;
  /** Sampled betweenness sources (0 = exact), for the peers to use the same. */
  pivots: number;
  modularity: number;
  communities: number;
  /** Wall time of each phase of the analysis (as `pnpm antenne analyse --timings` prints them). */
  phases: AnalysisWorkerOutput['result']['timings'];
}

async function main(): Promise<void> {
  const [uri, nodesPath, edgesPath] = process.argv.slice(2);
  if (!uri || !nodesPath || !edgesPath)
    throw new Error('usage: analysisChild <uri> <nodes> <edges>');
  const log = createLogger({ logLevel: 'warn', nodeEnv: 'production' });
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  const db = new Database(driver, 'neo4j', log);
  try {
    const started = performance.now();
    const projection = await loadProjection(db, { areaId: null });
    const { graph } = projection;
    const input: AnalysisWorkerInput = {
      nodes: graph.nodes(),
      edges: graph.mapEdges((_edge, attributes, source, target) => [
        source,
        target,
        attributes.weight as number,
      ]),
      officials: projection.officials,
      stakeholders: [...projection.nodes.values()]
        .filter((node) => !node.official && node.kind !== 'INITIATIVE')
        .map((node) => node.id),
      minWeight: analysisDefaults.minWeight,
      // As an analysis run: brokerage roles by kern (a stakeholder's first area's kern).
      partition: [...projection.nodes.values()].flatMap((node): [string, string][] => {
        const area = node.areaIds[0];
        return area === undefined ? [] : [[node.id, kernOf(projection.areas, area)]];
      }),
    };
    const loaded = performance.now();
    const { result } = await analyseInWorker(input);
    const analysed = performance.now();
    const report: AnalysisChildReport = {
      nodes: result.nodeCount,
      edges: result.edgeCount,
      loadMs: Math.round(loaded - started),
      analyseMs: Math.round(analysed - loaded),
      totalMs: Math.round(analysed - started),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      betweenness:
        result.betweennessMethod.kind === 'exact'
          ? 'exact'
          : `sampled, ${result.betweennessMethod.pivots} pivots`,
      pivots: result.betweennessMethod.kind === 'exact' ? 0 : result.betweennessMethod.pivots,
      modularity: result.modularity,
      communities: result.communityCount,
      phases: result.timings.map(({ phase, ms }) => ({ phase, ms: Math.round(ms) })),
    };
    await writeLines(nodesPath, input.nodes);
    await writeLines(edgesPath, [
      'source,target,weight',
      ...input.edges.map(([s, t, w]) => `${s},${t},${w}`),
    ]);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await db.close();
  }
}

function writeLines(path: string, lines: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    for (const line of lines) out.write(`${line}\n`);
    out.end(() => resolve());
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
