import type { AbstractGraph as Graph } from 'graphology-types';
import {
  betweennessErrorBound,
  chooseBetweennessPivots,
  normaliseBetweenness,
} from './betweenness.js';
import { type BrokerageRoles, brokerageRolesOf, groupIndices } from './brokerage.js';
import { closenessFromSums } from './closeness.js';
import { louvainCommunitiesOf } from './communities.js';
import { coreNumbersOf } from './coreNumber.js';
import { cutPointsOf } from './cutPoints.js';
import { degreesOf, weightedDegreesOf } from './degree.js';
import { eigenvectorOf } from './eigenvector.js';
import { type IndexedGraph, toIndexedGraph, type WeightOption } from './indexedGraph.js';
import { pagerankOf } from './pagerank.js';
import { type ParallelOptions, startParallelSweep } from './parallelShortestPaths.js';
import { epochMs, PhaseClock, type PhaseTiming } from './phaseTimings.js';
import {
  allSources,
  type ShortestPathSums,
  type SweepOptions,
  shortestPathSums,
} from './shortestPaths.js';
import { structuralHolesOf } from './structuralHoles.js';

/** Above this many nodes, betweenness is sampled unless the caller asks otherwise. */
export const exactBetweennessLimit = 20_000;
/** Sources searched when betweenness is sampled and the caller names no number. */
export const defaultBetweennessPivots = 2_000;

export interface AnalysisOptions extends WeightOption {
  /**
   * `'exact'` searches from every node; a number samples that many sources (and closeness is then
   * still exact, from its own searches); `'auto'` (default) is exact up to `exactBetweennessLimit`
   * nodes and samples `defaultBetweennessPivots` sources above it.
   */
  betweenness?: 'auto' | 'exact' | number;
  /** Seed for Louvain and for the sampled betweenness sources. */
  seed?: number;
  /** Optional node → group (area or theme) for Gould–Fernandez brokerage roles. */
  partition?: ReadonlyMap<string, string>;
}

export interface NodeMetrics {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  /** NaN for a node without ties. */
  constraint: number;
  /** NaN for a node without ties. */
  effectiveSize: number;
  coreNumber: number;
  community: number;
  /** Present only when a partition was given. */
  brokerage?: BrokerageRoles;
}

export interface AnalysisResult {
  nodes: NodeMetrics[];
  nodeCount: number;
  edgeCount: number;
  weighted: boolean;
  modularity: number;
  communityCount: number;
  bridges: Array<[string, string]>;
  articulationPoints: string[];
  betweennessMethod: { kind: 'exact' } | { kind: 'sampled'; pivots: number; errorBound: number };
  /** Things the reader should know, such as a power iteration that did not converge. */
  warnings: string[];
  /** How long each phase took, in the order they ran (the CLI prints them with `--timings`). */
  timings: PhaseTiming[];
}

/** The compressed graph and how betweenness will be computed: shared by both entry points. */
interface Plan {
  clock: PhaseClock;
  indexed: IndexedGraph;
  seed: number;
  sampled: Int32Array | null;
  sweep: SweepOptions;
}

function plan(graph: Graph, options: AnalysisOptions): Plan {
  const clock = new PhaseClock();
  const indexed = clock.time('compressed adjacency', () => toIndexedGraph(graph, options));
  const n = indexed.ids.length;
  const seed = options.seed ?? 1;
  const mode = options.betweenness ?? 'auto';
  const pivots =
    mode === 'exact'
      ? null
      : mode === 'auto'
        ? n > exactBetweennessLimit
          ? defaultBetweennessPivots
          : null
        : mode;
  const sampled =
    pivots === null || pivots >= n
      ? null
      : clock.time('betweenness pivots', () => chooseBetweennessPivots(indexed, pivots, seed));
  let pivotMask: Uint8Array | null = null;
  if (sampled) {
    pivotMask = new Uint8Array(n);
    for (const source of sampled) pivotMask[source] = 1;
  }
  // One search from every node gives closeness; the pivots' searches also walk back for betweenness.
  return { clock, indexed, seed, sampled, sweep: { betweenness: true, pivotMask } };
}

/** Everything that is not a shortest-path search: cheap next to them. */
function otherMetrics(graph: Graph, { clock, indexed, seed }: Plan, options: AnalysisOptions) {
  const warnings: string[] = [];
  const pagerank = clock.time('pagerank', () => pagerankOf(indexed));
  if (!pagerank.converged)
    warnings.push(`PageRank did not converge in ${pagerank.iterations} iterations`);
  const eigenvector = clock.time('eigenvector', () => eigenvectorOf(indexed));
  if (!eigenvector.converged) {
    warnings.push(
      `eigenvector centrality did not converge in ${eigenvector.iterations} iterations`,
    );
  }
  const partition = options.partition;
  return {
    warnings,
    pagerank: pagerank.values,
    eigenvector: eigenvector.values,
    degree: clock.time('degree', () => degreesOf(indexed)),
    weightedDegree: clock.time('weighted degree', () => weightedDegreesOf(indexed)),
    holes: clock.time('constraint and effective size', () => structuralHolesOf(indexed)),
    cores: clock.time('core numbers', () => coreNumbersOf(indexed)),
    communities: clock.time('louvain communities', () =>
      louvainCommunitiesOf(graph, indexed, { weight: options.weight ?? null, seed }),
    ),
    cuts: clock.time('bridges and articulation points', () => cutPointsOf(indexed)),
    brokerage: partition
      ? clock.time('brokerage roles', () =>
          brokerageRolesOf(indexed, groupIndices(indexed, partition)),
        )
      : null,
  };
}

function assemble(
  { clock, indexed, sampled }: Plan,
  sums: ShortestPathSums,
  other: ReturnType<typeof otherMetrics>,
): AnalysisResult {
  const started = performance.now();
  const n = indexed.ids.length;
  const closeness = closenessFromSums(indexed, sums);
  const betweenness = normaliseBetweenness(indexed, sums, sampled);
  const { degree, weightedDegree, pagerank, eigenvector, holes, cores, communities, brokerage } =
    other;
  const nodes = indexed.ids.map((id, v): NodeMetrics => {
    const metrics: NodeMetrics = {
      id,
      degree: degree[v] as number,
      weightedDegree: weightedDegree[v] as number,
      betweenness: betweenness[v] as number,
      closeness: closeness[v] as number,
      pagerank: pagerank[v] as number,
      eigenvector: eigenvector[v] as number,
      constraint: holes.constraint[v] as number,
      effectiveSize: holes.effectiveSize[v] as number,
      coreNumber: cores[v] as number,
      community: communities.communityOf[v] as number,
    };
    if (brokerage) metrics.brokerage = brokerage[v] as BrokerageRoles;
    return metrics;
  });
  clock.record('closeness, betweenness and per-node results', performance.now() - started);
  return {
    nodes,
    nodeCount: n,
    edgeCount: indexed.edgeCount,
    weighted: indexed.weighted,
    modularity: communities.modularity,
    communityCount: communities.count,
    bridges: other.cuts.bridges,
    articulationPoints: other.cuts.articulationPoints,
    betweennessMethod: sampled
      ? {
          kind: 'sampled',
          pivots: sampled.length,
          errorBound: betweennessErrorBound(n, sampled.length),
        }
      : { kind: 'exact' },
    warnings: other.warnings,
    timings: clock.timings,
  };
}

/**
 * Every graph-wide metric in one call, sharing the compressed adjacency and running the
 * breadth-first searches once for both betweenness and closeness. Path metrics count hops;
 * the weight (tie strength) feeds weighted degree, PageRank, eigenvector, constraint, effective
 * size and Louvain, as in NetworkX with weight='weight'. Runs on the calling thread only.
 */
export function analyseGraph(graph: Graph, options: AnalysisOptions = {}): AnalysisResult {
  const planned = plan(graph, options);
  const sums = planned.clock.time('shortest-path searches', () =>
    shortestPathSums(planned.indexed, allSources(planned.indexed), planned.sweep),
  );
  return assemble(planned, sums, otherMetrics(graph, planned, options));
}

/**
 * The same analysis as `analyseGraph`, with the breadth-first searches (nearly all of the time on
 * a large network) spread over worker threads: the helpers start searching at once, this thread
 * computes the other metrics meanwhile and then joins the searches. Same results up to the order
 * of floating-point additions (differences around 1e-15).
 */
export async function analyseGraphInParallel(
  graph: Graph,
  options: AnalysisOptions & ParallelOptions = {},
): Promise<AnalysisResult> {
  const planned = plan(graph, options);
  const { clock } = planned;
  const sweep = clock.time('start search threads', () =>
    startParallelSweep(planned.indexed, allSources(planned.indexed), planned.sweep, options),
  );
  const other = otherMetrics(graph, planned, options);
  const joined = performance.now();
  const sums = await sweep.finish();
  const done = epochMs();
  clock.record('join the searches, until the last thread is done', performance.now() - joined);
  for (const thread of sweep.threads) {
    const who = thread.thread === 0 ? 'this thread' : `helper ${thread.thread}`;
    if (thread.thread > 0)
      clock.record(`  ${who}: start-up`, thread.startedAt - thread.requestedAt);
    clock.record(
      `  ${who}: searches from ${thread.sources} sources`,
      thread.endedAt - thread.startedAt,
    );
  }
  const ownEnd = sweep.threads[0]?.endedAt ?? done;
  clock.record('  this thread: waiting for the helpers and adding their sums', done - ownEnd);
  return assemble(planned, sums, other);
}
