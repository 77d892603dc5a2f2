import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from '../cutPoints.js';
import { requireIndex, toIndexedGraph, type WeightOption } from '../indexedGraph.js';
import { reachWithin } from './reach.js';

export interface ReachOptions extends WeightOption {
  /** Ties weaker than this are not followed; default 0 (every tie). */
  threshold?: number;
  /** How many steps from an official still count as reached; default 2. */
  maxSteps?: number;
}

/** One official's antennae: whom they reach, and what only they reach. */
export interface OfficialReach {
  official: string;
  /** Everyone the official reaches within the steps, sorted by id; other officials are not counted. */
  reached: string[];
  /** The reached people no other official reaches: what the municipality loses if this one leaves. */
  uniquelyReached: string[];
}

/**
 * Per official, the people reached within `maxSteps` over ties of at least `threshold`, and the
 * unique reach: those reached by no other official. Officials are listed in the order given.
 */
export function uniqueReach(
  graph: Graph,
  officials: readonly string[],
  options: ReachOptions = {},
): OfficialReach[] {
  const indexed = toIndexedGraph(graph, { weight: options.weight ?? null });
  const threshold = options.threshold ?? 0;
  const maxSteps = options.maxSteps ?? 2;
  const officialIndices = new Set(officials.map((official) => requireIndex(indexed, official)));
  const reaches = officials.map((official) => {
    const reach = reachWithin(indexed, requireIndex(indexed, official), maxSteps, threshold);
    // Officials are the municipality itself, not its antennae in society.
    return {
      official,
      reached: [...reach.paths.keys()].filter((node) => !officialIndices.has(node)),
    };
  });
  const reachedBy = new Map<number, number>();
  for (const { reached } of reaches)
    for (const node of reached) reachedBy.set(node, (reachedBy.get(node) ?? 0) + 1);
  return reaches.map(({ official, reached }) => {
    const ids = (nodes: number[]) =>
      nodes.map((node) => indexed.ids[node] as string).sort(compareIds);
    return {
      official,
      reached: ids(reached),
      uniquelyReached: ids(reached.filter((node) => reachedBy.get(node) === 1)),
    };
  });
}
