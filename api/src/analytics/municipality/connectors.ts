import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from '../cutPoints.js';
import { requireIndex, toIndexedGraph } from '../indexedGraph.js';
import type { ReachOptions } from './antennae.js';
import { reachWithin, withinStepsOfAny } from './reach.js';

/** A person worth bringing to the table, with the targets they add and why. */
export interface Connector {
  id: string;
  /** Targets this connector reaches that no earlier-chosen connector reached. */
  newTargets: string[];
  /** For each new target, the path of ids from the connector to it (connector first). */
  paths: string[][];
}

export interface ConnectorOptions extends ReachOptions {
  /** Stop after this many connectors; default 5. */
  maxConnectors?: number;
}

/**
 * Greedy set cover: repeatedly pick the candidate who reaches the most targets not yet reached
 * (within `maxSteps`, default 1 = direct ties, over ties of at least `threshold`), ties broken by
 * id, until no candidate adds a target or `maxConnectors` are chosen. Greedy is within a factor
 * 1 − 1/e of the best possible choice of the same size, and every choice is explained by paths.
 * A candidate who is a target covers themselves.
 */
export function greedyConnectors(
  graph: Graph,
  targets: readonly string[],
  candidates: readonly string[],
  options: ConnectorOptions = {},
): Connector[] {
  const indexed = toIndexedGraph(graph, { weight: options.weight ?? null });
  const threshold = options.threshold ?? 0;
  const maxSteps = options.maxSteps ?? 1;
  const maxConnectors = options.maxConnectors ?? 5;
  const targetSet = new Set(targets.map((id) => requireIndex(indexed, id)));
  // Only candidates within reach of some target can cover one: found with one search from all
  // targets, instead of a search from each of (at 100,000 stakeholders) tens of thousands of people.
  const nearTargets = withinStepsOfAny(indexed, targetSet, maxSteps, threshold);
  const near: string[] = [];
  for (const id of new Set(candidates))
    if (nearTargets.has(requireIndex(indexed, id))) near.push(id);
  const coverOf = new Map<string, Map<number, number[]>>();
  for (const id of near.sort(compareIds)) {
    const source = requireIndex(indexed, id);
    const covers = new Map<number, number[]>();
    if (targetSet.has(source)) covers.set(source, [source]);
    for (const [node, path] of reachWithin(indexed, source, maxSteps, threshold, targetSet).paths) {
      covers.set(node, path);
    }
    coverOf.set(id, covers);
  }
  const covered = new Set<number>();
  const chosen: Connector[] = [];
  while (chosen.length < maxConnectors) {
    let best: string | null = null;
    let bestGain = 0;
    for (const [id, covers] of coverOf) {
      let gain = 0;
      for (const node of covers.keys()) if (!covered.has(node)) gain++;
      if (gain > bestGain) {
        best = id;
        bestGain = gain;
      }
    }
    if (best === null) break;
    const covers = coverOf.get(best) as Map<number, number[]>;
    const fresh = [...covers.keys()].filter((node) => !covered.has(node));
    fresh.sort((a, b) => compareIds(indexed.ids[a] as string, indexed.ids[b] as string));
    for (const node of fresh) covered.add(node);
    coverOf.delete(best);
    chosen.push({
      id: best,
      newTargets: fresh.map((node) => indexed.ids[node] as string),
      paths: fresh.map((node) =>
        (covers.get(node) as number[]).map((i) => indexed.ids[i] as string),
      ),
    });
  }
  return chosen;
}
