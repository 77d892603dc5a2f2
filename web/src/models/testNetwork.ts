import type { Network, NetworkEdge, NetworkNode, StakeholderKind } from './stakeholder';

/** Small builders for model tests: nodes and edges with sensible defaults. */
export function node(
  id: string,
  kind: StakeholderKind = 'PERSON',
  extra: Partial<NetworkNode> = {},
): NetworkNode {
  return { id, kind, label: id, sublabel: null, official: false, objected: false, ...extra };
}

export function edge(
  id: string,
  source: string,
  target: string,
  extra: Partial<NetworkEdge> = {},
): NetworkEdge {
  return {
    id,
    type: 'KNOWS',
    source,
    target,
    directed: false,
    strength: 3,
    since: null,
    lastContact: null,
    endedAt: null,
    role: null,
    ...extra,
  };
}

export function network(
  centerId: string,
  nodes: NetworkNode[],
  edges: NetworkEdge[],
  omittedNodes = 0,
): Network {
  return {
    centerId,
    nodes,
    edges,
    truncated: omittedNodes > 0,
    totalNodes: nodes.length + omittedNodes,
    omittedNodes,
  };
}
