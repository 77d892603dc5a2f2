import louvainModule from 'graphology-communities-louvain';
import type { AbstractGraph as Graph } from 'graphology-types';
import { weightedDegreesOf } from './degree.js';
import { type IndexedGraph, toIndexedGraph, type WeightOption } from './indexedGraph.js';
import { seededRandom } from './random.js';

// The package is CommonJS with an ES-style default export in its types: under NodeNext TypeScript
// sees the module object, while Node hands over the function itself; under bundler resolution (the
// web e2e setup imports the API) TypeScript sees the function. Accept both.
type LouvainModule = typeof louvainModule;
type Louvain = LouvainModule extends { default: infer Fn } ? Fn : LouvainModule;
const louvain = ((louvainModule as unknown as { default?: Louvain }).default ??
  louvainModule) as unknown as Louvain;

export interface Communities {
  /** Community number per node, in node order; numbered 0, 1, … by first appearance. */
  communityOf: Int32Array;
  count: number;
  /** Newman's modularity of this split (resolution 1), as NetworkX `community.modularity`. */
  modularity: number;
}

export interface CommunityOptions extends WeightOption {
  /** Seed of the random visiting order, so the same network gives the same communities. */
  seed?: number;
}

/**
 * Louvain communities (graphology-communities-louvain) with a seeded random order. Community
 * numbers are relabelled by first appearance in node order so they do not depend on internals.
 */
export function louvainCommunitiesOf(
  graph: Graph,
  indexed: IndexedGraph,
  options: CommunityOptions = {},
): Communities {
  const weight = options.weight ?? null;
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: weight,
    rng: seededRandom(options.seed ?? 1),
  });
  const relabel = new Map<number, number>();
  const communityOf = new Int32Array(indexed.ids.length);
  indexed.ids.forEach((id, index) => {
    const raw = detailed.communities[id] as number;
    let label = relabel.get(raw);
    if (label === undefined) {
      label = relabel.size;
      relabel.set(raw, label);
    }
    communityOf[index] = label;
  });
  return { communityOf, count: relabel.size, modularity: modularityOf(indexed, communityOf) };
}

/**
 * Modularity Q = Σ_c [ L_c / m − (D_c / 2m)² ] with L_c the weight of ties inside community c, D_c
 * the summed weighted degree of its members and m the total tie weight (NetworkX
 * `community.modularity`, resolution 1). Computed here rather than taken from the Louvain run, so
 * any partition can be scored the same way.
 */
export function modularityOf(graph: IndexedGraph, communityOf: Int32Array): number {
  const n = graph.ids.length;
  const { offsets, targets, weights } = graph;
  const strength = weightedDegreesOf(graph);
  let count = 0;
  for (let v = 0; v < n; v++) count = Math.max(count, (communityOf[v] as number) + 1);
  const inside = new Float64Array(count);
  const total = new Float64Array(count);
  let twiceM = 0;
  for (let v = 0; v < n; v++) {
    const c = communityOf[v] as number;
    total[c] = (total[c] as number) + (strength[v] as number);
    twiceM += strength[v] as number;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      if (communityOf[targets[e] as number] === c)
        inside[c] = (inside[c] as number) + (weights[e] as number);
    }
  }
  if (twiceM === 0) return 0;
  let q = 0;
  for (let c = 0; c < count; c++) {
    // `inside` saw every internal tie from both ends, so it already holds 2·L_c.
    q += (inside[c] as number) / twiceM - ((total[c] as number) / twiceM) ** 2;
  }
  return q;
}

/** Louvain communities per node id, with the modularity of the split. */
export function louvainCommunities(
  graph: Graph,
  options: CommunityOptions = {},
): { communities: Map<string, number>; modularity: number } {
  const indexed = toIndexedGraph(graph, options);
  const result = louvainCommunitiesOf(graph, indexed, options);
  return {
    communities: new Map(indexed.ids.map((id, index) => [id, result.communityOf[index] as number])),
    modularity: result.modularity,
  };
}
