import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from '../cutPoints.js';
import { requireIndex, toIndexedGraph } from '../indexedGraph.js';
import type { ReachOptions } from './antennae.js';
import { reachWithin } from './reach.js';

/** Where a stakeholder belongs: their areas (kernen, wijken) and themes. */
export interface Placement {
  areas: readonly string[];
  themes: readonly string[];
}

/** The person everything in a cell hangs on, if there is one. */
export type SinglePointOfFailure =
  | { kind: 'official'; id: string }
  | { kind: 'resident'; id: string }
  | null;

export interface CellCoverage {
  area: string;
  theme: string;
  stakeholders: number;
  reached: number;
  /** reached / stakeholders. */
  share: number;
  /** Average number of distinct officials reaching a stakeholder of the cell (0 when none). */
  redundancy: number;
  /** Coverage below the blind-spot threshold. */
  blindSpot: boolean;
  /**
   * Everything reached in this cell is reached by one official only, or every route into the cell
   * passes through one resident: if that person leaves, the municipality is blind there.
   */
  singlePointOfFailure: SinglePointOfFailure;
}

export interface CoverageOptions extends ReachOptions {
  /** A cell whose share reached is below this is a blind spot; default 0.25. */
  blindSpotBelow?: number;
}

/** The map's value for `key`, created first when missing. */
function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/**
 * Coverage per area × theme: for every cell, how many of its stakeholders the officials reach
 * within `maxSteps` over ties of at least `threshold`, by how many distinct officials, whether it is
 * a blind spot, and whether it hangs on one official or one intermediary resident. Officials
 * themselves are not counted as stakeholders of a cell. Cells are sorted by area, then theme.
 */
export function coverageByCell(
  graph: Graph,
  officials: readonly string[],
  placements: ReadonlyMap<string, Placement>,
  options: CoverageOptions = {},
): CellCoverage[] {
  const indexed = toIndexedGraph(graph, { weight: options.weight ?? null });
  const threshold = options.threshold ?? 0;
  const maxSteps = options.maxSteps ?? 2;
  const blindSpotBelow = options.blindSpotBelow ?? 0.25;
  const officialSet = new Set(officials);
  // For each reached node: which officials reach it, and through which first contacts.
  const reachedBy = new Map<number, Set<string>>();
  const viaContacts = new Map<number, Set<number>>();
  const { offsets, targets, weights } = indexed;
  const strongNeighbours = (v: number): number[] => {
    const list: number[] = [];
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      if ((weights[e] as number) >= threshold) list.push(targets[e] as number);
    }
    return list;
  };
  for (const official of officials) {
    const source = requireIndex(indexed, official);
    const direct = new Set(strongNeighbours(source));
    for (const [node, path] of reachWithin(indexed, source, maxSteps, threshold).paths) {
      entryOf(reachedBy, node, () => new Set<string>()).add(official);
      const via = entryOf(viaContacts, node, () => new Set<number>());
      if (direct.has(node)) {
        // A direct tie has no intermediary: mark it with the stakeholder itself.
        via.add(node);
        continue;
      }
      // Every contact of the official through whom the node is two steps away, not just the
      // first route found; further away, the first contact on the route found.
      const through = strongNeighbours(node).filter((w) => direct.has(w));
      for (const w of through.length > 0 ? through : [path[1] as number]) via.add(w);
    }
  }
  const cells = new Map<string, { area: string; theme: string; members: number[] }>();
  for (const [id, placement] of placements) {
    if (officialSet.has(id)) continue;
    const index = indexed.indexOf.get(id);
    for (const area of placement.areas) {
      for (const theme of placement.themes) {
        const key = `${area}\u0000${theme}`;
        // A stakeholder without any tie is still in the cell: unreached.
        entryOf(cells, key, () => ({ area, theme, members: [] as number[] })).members.push(
          index ?? -1,
        );
      }
    }
  }
  const result: CellCoverage[] = [];
  for (const { area, theme, members } of cells.values()) {
    const reachedMembers = members.filter((m) => m >= 0 && reachedBy.has(m));
    const officialsReaching = new Set<string>();
    let redundancySum = 0;
    const intermediaries = new Set<number>();
    for (const m of reachedMembers) {
      const by = reachedBy.get(m) as Set<string>;
      redundancySum += by.size;
      for (const official of by) officialsReaching.add(official);
      for (const via of viaContacts.get(m) as Set<number>) intermediaries.add(via);
    }
    let singlePointOfFailure: SinglePointOfFailure = null;
    if (officialsReaching.size === 1) {
      singlePointOfFailure = { kind: 'official', id: [...officialsReaching][0] as string };
    } else if (intermediaries.size === 1 && reachedMembers.length > 0) {
      const only = [...intermediaries][0] as number;
      if (!reachedMembers.includes(only) || reachedMembers.length > 1) {
        const id = indexed.ids[only] as string;
        singlePointOfFailure = { kind: officialSet.has(id) ? 'official' : 'resident', id };
      }
    }
    const share = members.length === 0 ? 0 : reachedMembers.length / members.length;
    result.push({
      area,
      theme,
      stakeholders: members.length,
      reached: reachedMembers.length,
      share,
      redundancy: reachedMembers.length === 0 ? 0 : redundancySum / reachedMembers.length,
      blindSpot: share < blindSpotBelow,
      singlePointOfFailure,
    });
  }
  return result.sort((a, b) => compareIds(a.area, b.area) || compareIds(a.theme, b.theme));
}
