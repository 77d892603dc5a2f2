import type { ExplorerGraph } from './explorerGraph';
import type { NetworkEdge, NetworkNode, StakeholderKind } from './stakeholder';

/** What the user narrowed the graph to. Every filter applies to the loaded graph only. */
export interface GraphFilters {
  /** Only these kinds of stakeholder; empty means all. */
  kinds: readonly StakeholderKind[];
  /** Only stakeholders linked to this area (and the area itself; themes stay). */
  areaId: string | null;
  /** Only stakeholders linked to this theme (and the theme itself; areas stay). */
  themeId: string | null;
  /** Only KNOWS ties at least this strong (1 shows all); other links have no strength. */
  minStrength: number;
  /** `recent` hides stale ties (last contact longer ago than {@link staleAfterMonths}). */
  freshness: 'all' | 'recent';
  /** Also show links that have ended. */
  showEnded: boolean;
}

export const defaultFilters: GraphFilters = {
  kinds: [],
  areaId: null,
  themeId: null,
  minStrength: 1,
  freshness: 'all',
  showEnded: false,
};

/** A tie whose last contact is longer ago than this is stale: drawn faded. */
export const staleAfterMonths = 12;

/** `YYYY-MM-DD` of a date, in UTC (dates from the API carry no time zone). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `months` months before `today` (`YYYY-MM-DD`). */
export function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return isoDay(date);
}

export const isStale = (edge: NetworkEdge, today: string) =>
  edge.lastContact !== null && edge.lastContact < monthsBefore(today, staleAfterMonths);

export const isEnded = (edge: NetworkEdge, today: string) =>
  edge.endedAt !== null && edge.endedAt <= today;

const areaLinkTypes: ReadonlySet<string> = new Set(['LOCATED_IN', 'LIVES_IN', 'COVERS']);
const themeLinkTypes: ReadonlySet<string> = new Set(['ACTIVE_IN', 'RESPONSIBLE_FOR']);

/** For each node, the loaded areas (or themes) it is linked to, in name order of the target. */
export function membershipsOf(
  graph: Pick<ExplorerGraph, 'nodes' | 'edges'>,
  kind: 'AREA' | 'THEME',
): Map<string, string[]> {
  const types = kind === 'AREA' ? areaLinkTypes : themeLinkTypes;
  const result = new Map<string, string[]>();
  for (const edge of graph.edges.values()) {
    if (!types.has(edge.type) || graph.nodes.get(edge.target)?.kind !== kind) continue;
    const ids = result.get(edge.source) ?? [];
    if (!ids.includes(edge.target)) ids.push(edge.target);
    result.set(edge.source, ids);
  }
  const nameOf = (id: string) => graph.nodes.get(id)?.label ?? '';
  for (const ids of result.values()) ids.sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  return result;
}

/** The nodes and links the user sees: the loaded graph through the filters. */
export interface GraphView {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export function visibleGraph(
  graph: ExplorerGraph,
  filters: GraphFilters,
  today: string,
): GraphView {
  const areas = filters.areaId ? membershipsOf(graph, 'AREA') : undefined;
  const themes = filters.themeId ? membershipsOf(graph, 'THEME') : undefined;
  const keepNode = (node: NetworkNode) => {
    if (node.id === graph.centerId) return true;
    if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
    if (filters.areaId && areas) {
      if (node.kind === 'AREA') return node.id === filters.areaId;
      if (node.kind !== 'THEME' && !areas.get(node.id)?.includes(filters.areaId)) return false;
    }
    if (filters.themeId && themes) {
      if (node.kind === 'THEME') return node.id === filters.themeId;
      if (node.kind !== 'AREA' && !themes.get(node.id)?.includes(filters.themeId)) return false;
    }
    return true;
  };
  const nodes = [...graph.nodes.values()].filter(keepNode);
  const kept = new Set(nodes.map((node) => node.id));
  const edges = [...graph.edges.values()].filter((edge) => {
    if (!kept.has(edge.source) || !kept.has(edge.target)) return false;
    if (!filters.showEnded && isEnded(edge, today)) return false;
    if (edge.strength !== null && edge.strength < filters.minStrength) return false;
    if (filters.freshness === 'recent' && isStale(edge, today)) return false;
    return true;
  });
  return { nodes, edges };
}

/** How many visible links each visible node has (the size metric until analysis scores land). */
export function degreeInView(view: GraphView): Map<string, number> {
  const degree = new Map(view.nodes.map((node) => [node.id, 0]));
  for (const edge of view.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

export interface ShortestPaths {
  /** Each path as node ids from `from` to `to`; empty when they are not connected in view. */
  paths: string[][];
  /** The ids of the links on any of the paths. */
  edgeIds: Set<string>;
}

/**
 * All shortest paths (up to `max`) between two nodes over the visible links, read in both
 * directions, found by breadth-first search; the paths come in a stable order.
 */
export function shortestPaths(view: GraphView, from: string, to: string, max = 5): ShortestPaths {
  const neighbours = new Map<string, { node: string; edge: string }[]>();
  const connect = (a: string, b: string, edge: string) => {
    const list = neighbours.get(a) ?? [];
    list.push({ node: b, edge });
    neighbours.set(a, list);
  };
  for (const edge of view.edges) {
    connect(edge.source, edge.target, edge.id);
    connect(edge.target, edge.source, edge.id);
  }
  const distance = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, { node: string; edge: string }[]>();
  let frontier = [from];
  while (frontier.length > 0 && !distance.has(to)) {
    const next: string[] = [];
    for (const node of frontier) {
      const d = distance.get(node) ?? 0;
      for (const step of neighbours.get(node) ?? []) {
        const known = distance.get(step.node);
        if (known === undefined) {
          distance.set(step.node, d + 1);
          next.push(step.node);
        }
        if (known === undefined || known === d + 1) {
          const list = parents.get(step.node) ?? [];
          list.push({ node, edge: step.edge });
          parents.set(step.node, list);
        }
      }
    }
    frontier = next.sort();
  }
  if (from === to || !distance.has(to)) return { paths: [], edgeIds: new Set() };
  const paths: string[][] = [];
  const edgeIds = new Set<string>();
  const walk = (node: string, suffix: string[], edges: string[]) => {
    if (paths.length >= max) return;
    if (node === from) {
      paths.push([from, ...suffix]);
      for (const edge of edges) edgeIds.add(edge);
      return;
    }
    for (const parent of parents.get(node) ?? []) {
      walk(parent.node, [node, ...suffix], [parent.edge, ...edges]);
    }
  };
  walk(to, [], []);
  return { paths, edgeIds };
}
