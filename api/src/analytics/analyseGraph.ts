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
import { toIndexedGraph, type WeightOption } from './indexedGraph.js';
import { pagerankOf } from './pagerank.js';
import { allSources, shortestPathSums } from './shortestPaths.js';
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
}

/**
 * Every graph-wide metric in one call, sharing the compressed adjacency and running the
 * breadth-first searches once for both betweenness and closeness. Path metrics count hops;
 * the weight (tie strength) feeds weighted degree, PageRank, eigenvector, constraint, effective
 * size and Louvain, as in NetworkX with weight='weight'.
 */
export function analyseGraph(graph: Graph, options: AnalysisOptions = {}): AnalysisResult {
  const indexed = toIndexedGraph(graph, options);
  const n = indexed.ids.length;
  const seed = options.seed ?? 1;
  const warnings: string[] = [];

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
    pivots === null || pivots >= n ? null : chooseBetweennessPivots(indexed, pivots, seed);
  const exactSums = shortestPathSums(indexed, allSources(indexed), {
    betweenness: sampled === null,
  });
  const closeness = closenessFromSums(indexed, exactSums);
  const betweenness = sampled
    ? normaliseBetweenness(
        indexed,
        shortestPathSums(indexed, sampled, { betweenness: true }),
        sampled,
      )
    : normaliseBetweenness(indexed, exactSums, null);

  const pagerank = pagerankOf(indexed);
  if (!pagerank.converged)
    warnings.push(`PageRank did not converge in ${pagerank.iterations} iterations`);
  const eigenvector = eigenvectorOf(indexed);
  if (!eigenvector.converged) {
    warnings.push(
      `eigenvector centrality did not converge in ${eigenvector.iterations} iterations`,
    );
  }
  const degree = degreesOf(indexed);
  const weightedDegree = weightedDegreesOf(indexed);
  const holes = structuralHolesOf(indexed);
  const cores = coreNumbersOf(indexed);
  const communities = louvainCommunitiesOf(graph, indexed, {
    weight: options.weight ?? null,
    seed,
  });
  const cuts = cutPointsOf(indexed);
  const brokerage = options.partition
    ? brokerageRolesOf(indexed, groupIndices(indexed, options.partition))
    : null;

  const nodes = indexed.ids.map((id, v): NodeMetrics => {
    const metrics: NodeMetrics = {
      id,
      degree: degree[v] as number,
      weightedDegree: weightedDegree[v] as number,
      betweenness: betweenness[v] as number,
      closeness: closeness[v] as number,
      pagerank: pagerank.values[v] as number,
      eigenvector: eigenvector.values[v] as number,
      constraint: holes.constraint[v] as number,
      effectiveSize: holes.effectiveSize[v] as number,
      coreNumber: cores[v] as number,
      community: communities.communityOf[v] as number,
    };
    if (brokerage) metrics.brokerage = brokerage[v] as BrokerageRoles;
    return metrics;
  });
  return {
    nodes,
    nodeCount: n,
    edgeCount: indexed.edgeCount,
    weighted: indexed.weighted,
    modularity: communities.modularity,
    communityCount: communities.count,
    bridges: cuts.bridges,
    articulationPoints: cuts.articulationPoints,
    betweennessMethod: sampled
      ? {
          kind: 'sampled',
          pivots: sampled.length,
          errorBound: betweennessErrorBound(n, sampled.length),
        }
      : { kind: 'exact' },
    warnings,
  };
}
