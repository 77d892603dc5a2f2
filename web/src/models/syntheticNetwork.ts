import type { Network, NetworkEdge, NetworkNode, StakeholderKind } from './stakeholder';

/**
 * A made-up network of `nodeCount` nodes and about `edgesPerNode` × `nodeCount` KNOWS/MEMBER_OF
 * links, the same for the same arguments (a seeded generator): the performance bench's input.
 * Every node links to one earlier node, so the network is connected around node 0, the center.
 */
export function syntheticNetwork(nodeCount: number, edgesPerNode = 4, seed = 7): Network {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const kinds: StakeholderKind[] = ['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'INITIATIVE'];
  const nodes: NetworkNode[] = Array.from({ length: nodeCount }, (_, index) => ({
    id: `synthetic-${nodeCount}-${index}`,
    kind: kinds[index % kinds.length] ?? 'PERSON',
    label: `Belanghebbende ${index}`,
    sublabel: null,
    official: index % 50 === 0,
    objected: false,
  }));
  const edges: NetworkEdge[] = [];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    const source = nodes[a];
    const target = nodes[b];
    if (!source || !target) return;
    edges.push({
      id: `synthetic-link-${key}`,
      type: target.kind === 'ORGANIZATION' ? 'MEMBER_OF' : 'KNOWS',
      source: source.id,
      target: target.id,
      directed: target.kind === 'ORGANIZATION',
      strength: target.kind === 'ORGANIZATION' ? null : 1 + Math.floor(random() * 5),
      since: null,
      lastContact: null,
      endedAt: null,
      role: null,
    });
  };
  for (let index = 1; index < nodeCount; index++) link(index, Math.floor(random() * index));
  const wanted = Math.round(nodeCount * edgesPerNode);
  for (let tries = 0; edges.length < wanted && tries < wanted * 4; tries++) {
    const a = Math.floor(random() * nodeCount);
    // Mostly near neighbours (communities), some long ties.
    const b =
      random() < 0.8
        ? Math.min(nodeCount - 1, Math.max(0, a + Math.floor((random() - 0.5) * 40)))
        : Math.floor(random() * nodeCount);
    link(a, b);
  }
  return {
    centerId: nodes[0]?.id ?? 'synthetic-empty',
    nodes,
    edges,
    truncated: false,
    totalNodes: nodeCount,
    omittedNodes: 0,
  };
}

/** `network` cut at `limit` nodes the way the server cuts it (closest first, then its links). */
export function cutNetwork(network: Network, limit: number): Network {
  if (network.nodes.length <= limit) return network;
  const nodes = network.nodes.slice(0, limit);
  const kept = new Set(nodes.map((node) => node.id));
  return {
    ...network,
    nodes,
    edges: network.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target)),
    truncated: true,
    totalNodes: network.nodes.length,
    omittedNodes: network.nodes.length - limit,
  };
}
