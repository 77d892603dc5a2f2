import type { Network, NetworkEdge, NetworkNode } from './stakeholder';

/**
 * The part of the network loaded into the explorer: the center's network, plus the networks of
 * the nodes the user expanded. Immutable: every change returns a new graph.
 */
export interface ExplorerGraph {
  centerId: string | null;
  nodes: ReadonlyMap<string, NetworkNode>;
  edges: ReadonlyMap<string, NetworkEdge>;
  /** For each expanded node, the nodes its expansion brought in (to take away on collapse). */
  expansions: ReadonlyMap<string, readonly string[]>;
  /** What the server's cap left out, per loaded network (the center's under its own id). */
  omitted: ReadonlyMap<string, number>;
}

export const emptyGraph: ExplorerGraph = {
  centerId: null,
  nodes: new Map(),
  edges: new Map(),
  expansions: new Map(),
  omitted: new Map(),
};

export function graphFromNetwork(network: Network): ExplorerGraph {
  return {
    centerId: network.centerId,
    nodes: new Map(network.nodes.map((node) => [node.id, node])),
    edges: new Map(network.edges.map((edge) => [edge.id, edge])),
    expansions: new Map(),
    omitted: new Map(network.omittedNodes > 0 ? [[network.centerId, network.omittedNodes]] : []),
  };
}

export const isExpanded = (graph: ExplorerGraph, nodeId: string) => graph.expansions.has(nodeId);

/** Adds the network around `nodeId` and remembers which nodes were new, so collapse can undo it. */
export function expandGraph(graph: ExplorerGraph, nodeId: string, network: Network): ExplorerGraph {
  const nodes = new Map(graph.nodes);
  const added: string[] = [];
  for (const node of network.nodes) {
    if (!nodes.has(node.id)) added.push(node.id);
    nodes.set(node.id, node);
  }
  const edges = new Map(graph.edges);
  for (const edge of network.edges) edges.set(edge.id, edge);
  const expansions = new Map(graph.expansions);
  expansions.set(nodeId, added);
  const omitted = new Map(graph.omitted);
  if (network.omittedNodes > 0) omitted.set(nodeId, network.omittedNodes);
  else omitted.delete(nodeId);
  return { ...graph, nodes, edges, expansions, omitted };
}

/**
 * Takes away what expanding `nodeId` brought in, and, first, what expanding those nodes brought
 * in. The center and nodes another remaining expansion brought in stay.
 */
export function collapseGraph(graph: ExplorerGraph, nodeId: string): ExplorerGraph {
  const brought = graph.expansions.get(nodeId);
  if (!brought) return graph;
  let next: ExplorerGraph = graph;
  for (const child of brought) {
    if (child !== nodeId && next.expansions.has(child)) next = collapseGraph(next, child);
  }
  const expansions = new Map(next.expansions);
  expansions.delete(nodeId);
  const keptByOthers = new Set([...expansions.values()].flat());
  const removed = new Set(
    brought.filter((id) => id !== next.centerId && id !== nodeId && !keptByOthers.has(id)),
  );
  const nodes = new Map([...next.nodes].filter(([id]) => !removed.has(id)));
  const edges = new Map(
    [...next.edges].filter(([, edge]) => !removed.has(edge.source) && !removed.has(edge.target)),
  );
  const omitted = new Map(next.omitted);
  omitted.delete(nodeId);
  return { ...next, nodes, edges, expansions, omitted };
}

/**
 * Puts newly recorded (or renamed) nodes and links on the graph; links only when both ends are
 * on it.
 */
export function addToGraph(
  graph: ExplorerGraph,
  addition: { nodes?: readonly NetworkNode[]; edges?: readonly NetworkEdge[] },
): ExplorerGraph {
  const nodes = new Map(graph.nodes);
  for (const node of addition.nodes ?? []) {
    // A reference knows less than the network did (e.g. an objection): keep what was loaded.
    const known = nodes.get(node.id);
    nodes.set(
      node.id,
      known
        ? { ...known, label: node.label, sublabel: node.sublabel, official: node.official }
        : node,
    );
  }
  const edges = new Map(graph.edges);
  for (const edge of addition.edges ?? []) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { ...graph, nodes, edges };
}

/** The total the server's cap left out of the loaded networks. */
export const omittedTotal = (graph: ExplorerGraph) =>
  [...graph.omitted.values()].reduce((sum, count) => sum + count, 0);

/** The server's cap on one network request (`network(limit:)` takes 1 to 2000). */
export const maxNetworkLimit = 2_000;

/** The next, larger cap when the user asks for more of a cut-off network: doubling, up to the max. */
export const nextNetworkLimit = (limit: number) => Math.min(maxNetworkLimit, limit * 2);

/**
 * Merges a larger load of the center's own network (after "load more"): its nodes and links join
 * the graph as the center's, so collapsing an expansion no longer takes them away.
 */
export function widenCenterNetwork(graph: ExplorerGraph, network: Network): ExplorerGraph {
  if (network.centerId !== graph.centerId) return graph;
  const nodes = new Map(graph.nodes);
  for (const node of network.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(graph.edges);
  for (const edge of network.edges) edges.set(edge.id, edge);
  const centers = new Set(network.nodes.map((node) => node.id));
  const expansions = new Map(
    [...graph.expansions].map(([id, brought]) => [id, brought.filter((n) => !centers.has(n))]),
  );
  const omitted = new Map(graph.omitted);
  if (network.omittedNodes > 0) omitted.set(network.centerId, network.omittedNodes);
  else omitted.delete(network.centerId);
  return { ...graph, nodes, edges, expansions, omitted };
}
