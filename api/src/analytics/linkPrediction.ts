import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from './cutPoints.js';
import { type IndexedGraph, requireIndex, toIndexedGraph } from './indexedGraph.js';

/** How strongly the structure suggests that two people who are not linked should meet. */
export interface LinkScores {
  /** Number of mutual contacts (NetworkX `common_neighbors`). */
  commonNeighbours: number;
  /** Mutual contacts as a share of everyone either knows (NetworkX `jaccard_coefficient`). */
  jaccard: number;
  /** Σ 1/log(degree) over mutual contacts: a mutual contact who knows few people counts more. */
  adamicAdar: number;
  /** Σ 1/degree over mutual contacts (NetworkX `resource_allocation_index`). */
  resourceAllocation: number;
}

export type LinkScoreName = keyof LinkScores;

/** Scores for the pair (u, v); degrees are tie counts, as in NetworkX, whatever the weights. */
export function linkScoresOf(
  graph: IndexedGraph,
  u: number,
  v: number,
  mark: Int32Array,
  stamp: number,
): LinkScores {
  const { offsets, targets } = graph;
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    mark[targets[e] as number] = stamp;
  let common = 0;
  let adamicAdar = 0;
  let resourceAllocation = 0;
  for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
    const w = targets[e] as number;
    if (mark[w] !== stamp) continue;
    const degree = (offsets[w + 1] as number) - (offsets[w] as number);
    common++;
    adamicAdar += 1 / Math.log(degree);
    resourceAllocation += 1 / degree;
  }
  const degreeU = (offsets[u + 1] as number) - (offsets[u] as number);
  const degreeV = (offsets[v + 1] as number) - (offsets[v] as number);
  const union = degreeU + degreeV - common;
  return {
    commonNeighbours: common,
    jaccard: union === 0 ? 0 : common / union,
    adamicAdar,
    resourceAllocation,
  };
}

/** Link-prediction scores for the given pairs of node ids. */
export function linkScores(
  graph: Graph,
  pairs: ReadonlyArray<readonly [string, string]>,
): LinkScores[] {
  const indexed = toIndexedGraph(graph);
  const mark = new Int32Array(indexed.ids.length);
  return pairs.map(([a, b], index) =>
    linkScoresOf(indexed, requireIndex(indexed, a), requireIndex(indexed, b), mark, index + 1),
  );
}

export interface LinkSuggestion extends LinkScores {
  id: string;
}

/**
 * The `k` people not yet linked to `id` with the highest `by` score. Only people two steps away
 * can score above zero on these measures, so only they are candidates; ties in score are broken
 * by id so the list is stable.
 */
export function topLinkSuggestions(
  graph: Graph,
  id: string,
  k: number,
  by: LinkScoreName = 'adamicAdar',
): LinkSuggestion[] {
  const indexed = toIndexedGraph(graph);
  const u = requireIndex(indexed, id);
  const { offsets, targets } = indexed;
  const n = indexed.ids.length;
  const seen = new Uint8Array(n);
  seen[u] = 1;
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    seen[targets[e] as number] = 1;
  const candidates: number[] = [];
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
    const w = targets[e] as number;
    for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f++) {
      const c = targets[f] as number;
      if (seen[c]) continue;
      seen[c] = 1;
      candidates.push(c);
    }
  }
  const mark = new Int32Array(n);
  const scored = candidates.map((c, index) => ({
    id: indexed.ids[c] as string,
    ...linkScoresOf(indexed, u, c, mark, index + 1),
  }));
  scored.sort((a, b) => b[by] - a[by] || compareIds(a.id, b.id));
  return scored.slice(0, k);
}
