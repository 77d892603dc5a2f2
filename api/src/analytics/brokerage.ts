import type { AbstractGraph as Graph } from 'graphology-types';
import { type IndexedGraph, toIndexedGraph } from './indexedGraph.js';

/**
 * How often a node brokers between two of its contacts who are not linked to each other
 * (Gould & Fernandez 1989), by the groups (areas or themes) of the three people involved:
 * - coordinator: all three in the same group (a broker inside their own village);
 * - itinerant (consultant): the two contacts share a group, the broker is from another;
 * - gatekeeperRepresentative: the broker shares a group with exactly one of the two. With
 *   directed ties a gatekeeper lets someone from outside in and a representative carries their
 *   group's message out; Antenne's ties have no direction, so these two cannot be told apart and
 *   are counted as one role;
 * - liaison: all three in different groups (the broker links two other worlds).
 */
export interface BrokerageRoles {
  coordinator: number;
  itinerant: number;
  gatekeeperRepresentative: number;
  liaison: number;
  total: number;
}

/**
 * Counts each unordered open pair {a, c} around broker b once (a–b–c with no a–c tie). Nodes
 * missing from the partition take part in no counted pair. Per broker: count contacts per group,
 * derive the role of all pairs with combinatorics, then subtract the pairs that are closed
 * (triangles), found with a dense neighbour mark, so the cost is Σ deg² rather than Σ deg³.
 */
export function brokerageRolesOf(graph: IndexedGraph, groupOf: Int32Array): BrokerageRoles[] {
  const n = graph.ids.length;
  const { offsets, targets } = graph;
  const groupCount = new Map<number, number>();
  const mark = new Int32Array(n);
  const result: BrokerageRoles[] = [];
  for (let b = 0; b < n; b++) {
    const roles: BrokerageRoles = {
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 0,
    };
    result.push(roles);
    const own = groupOf[b] as number;
    if (own < 0) continue;
    groupCount.clear();
    let grouped = 0;
    for (let e = offsets[b] as number; e < (offsets[b + 1] as number); e++) {
      const g = groupOf[targets[e] as number] as number;
      if (g < 0) continue;
      groupCount.set(g, (groupCount.get(g) ?? 0) + 1);
      grouped++;
    }
    const same = groupCount.get(own) ?? 0;
    const other = grouped - same;
    let otherSameGroupPairs = 0;
    let otherSquares = 0;
    for (const [g, count] of groupCount) {
      if (g === own) continue;
      otherSameGroupPairs += pairsAmong(count);
      otherSquares += count * count;
    }
    roles.coordinator = pairsAmong(same);
    roles.itinerant = otherSameGroupPairs;
    roles.gatekeeperRepresentative = same * other;
    roles.liaison = (other * other - otherSquares) / 2;
    // Remove closed pairs: for each tie a–c among b's contacts, seen once from its smaller end.
    const stamp = b + 1;
    for (let e = offsets[b] as number; e < (offsets[b + 1] as number); e++)
      mark[targets[e] as number] = stamp;
    for (let e = offsets[b] as number; e < (offsets[b + 1] as number); e++) {
      const a = targets[e] as number;
      const ga = groupOf[a] as number;
      if (ga < 0) continue;
      for (let f = offsets[a] as number; f < (offsets[a + 1] as number); f++) {
        const c = targets[f] as number;
        if (c <= a || mark[c] !== stamp) continue;
        const gc = groupOf[c] as number;
        if (gc < 0) continue;
        if (ga === gc) {
          if (ga === own) roles.coordinator--;
          else roles.itinerant--;
        } else if (ga === own || gc === own) {
          roles.gatekeeperRepresentative--;
        } else {
          roles.liaison--;
        }
      }
    }
    roles.total =
      roles.coordinator + roles.itinerant + roles.gatekeeperRepresentative + roles.liaison;
  }
  return result;
}

/** Unordered pairs among `count` people (written so that zero people give +0, not -0). */
function pairsAmong(count: number): number {
  return count > 1 ? (count * (count - 1)) / 2 : 0;
}

/** Maps each node to a dense group number, -1 when the partition does not place it. */
export function groupIndices(
  graph: IndexedGraph,
  partition: ReadonlyMap<string, string>,
): Int32Array {
  const numbers = new Map<string, number>();
  const groupOf = new Int32Array(graph.ids.length).fill(-1);
  graph.ids.forEach((id, index) => {
    const group = partition.get(id);
    if (group === undefined) return;
    let number = numbers.get(group);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(group, number);
    }
    groupOf[index] = number;
  });
  return groupOf;
}

/** Brokerage roles per node id for a partition such as node → area or node → theme. */
export function brokerageRoles(
  graph: Graph,
  partition: ReadonlyMap<string, string>,
): Map<string, BrokerageRoles> {
  const indexed = toIndexedGraph(graph);
  const roles = brokerageRolesOf(indexed, groupIndices(indexed, partition));
  return new Map(indexed.ids.map((id, index) => [id, roles[index] as BrokerageRoles]));
}
