import { describe, expect, it } from 'vitest';
import { cutNetwork, syntheticNetwork } from './syntheticNetwork';

describe('the synthetic bench network', () => {
  it('has the asked size, four links per node, no duplicate links, and is the same every time', () => {
    const network = syntheticNetwork(2_000);
    expect(network.nodes).toHaveLength(2_000);
    expect(network.edges).toHaveLength(8_000);
    expect(new Set(network.edges.map((edge) => edge.id)).size).toBe(8_000);
    expect(syntheticNetwork(2_000).edges[123]).toEqual(network.edges[123]);
  });

  it('is cut like the server cuts: the first nodes, their links, and what was left out', () => {
    const cut = cutNetwork(syntheticNetwork(500), 150);
    expect(cut.nodes).toHaveLength(150);
    expect(cut).toMatchObject({ truncated: true, totalNodes: 500, omittedNodes: 350 });
    const kept = new Set(cut.nodes.map((node) => node.id));
    expect(cut.edges.every((edge) => kept.has(edge.source) && kept.has(edge.target))).toBe(true);
  });
});
