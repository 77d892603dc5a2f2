import { describe, expect, it } from 'vitest';
import {
  addToGraph,
  collapseGraph,
  expandGraph,
  graphFromNetwork,
  maxNetworkLimit,
  nextNetworkLimit,
  omittedTotal,
  widenCenterNetwork,
} from './explorerGraph';
import { edge, network, node } from './testNetwork';

const start = graphFromNetwork(
  network('a', [node('a'), node('b'), node('c')], [edge('ab', 'a', 'b'), edge('ac', 'a', 'c')], 4),
);

describe('the explorer graph', () => {
  it('starts from the center’s network and remembers what the cap left out', () => {
    expect([...start.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect(start.centerId).toBe('a');
    expect(omittedTotal(start)).toBe(4);
  });

  it('expands a node with its network and collapses back to exactly where it was', () => {
    const expanded = expandGraph(
      start,
      'b',
      network(
        'b',
        [node('b'), node('a'), node('d'), node('e')],
        [edge('ab', 'a', 'b'), edge('bd', 'b', 'd'), edge('be', 'b', 'e')],
      ),
    );
    expect([...expanded.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(expanded.expansions.get('b')).toEqual(['d', 'e']);
    const collapsed = collapseGraph(expanded, 'b');
    expect([...collapsed.nodes.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect([...collapsed.edges.keys()].sort()).toEqual(['ab', 'ac']);
    expect(collapsed.expansions.size).toBe(0);
  });

  it('collapses nested expansions too, but keeps nodes another expansion brought in', () => {
    let graph = expandGraph(
      start,
      'b',
      network('b', [node('b'), node('d')], [edge('bd', 'b', 'd')]),
    );
    graph = expandGraph(graph, 'd', network('d', [node('d'), node('f')], [edge('df', 'd', 'f')]));
    graph = expandGraph(graph, 'c', network('c', [node('c'), node('g')], [edge('cg', 'c', 'g')]));
    const collapsed = collapseGraph(graph, 'b');
    expect([...collapsed.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'g']);
    expect([...collapsed.expansions.keys()]).toEqual(['c']);
  });

  it('adds recorded nodes and links, keeping what the network knew of a node', () => {
    const withObjection = graphFromNetwork(
      network('a', [node('a', 'PERSON', { objected: true })], []),
    );
    const added = addToGraph(withObjection, {
      nodes: [node('a', 'PERSON', { label: 'Renamed' }), node('z')],
      edges: [edge('az', 'a', 'z'), edge('aq', 'a', 'q')],
    });
    expect(added.nodes.get('a')).toMatchObject({ label: 'Renamed', objected: true });
    expect([...added.edges.keys()]).toEqual(['az']);
  });

  it('loads more of a cut-off center: the new nodes join as the center’s and the cut shrinks', () => {
    const expanded = expandGraph(start, 'b', network('b', [node('b'), node('d')], []));
    const wider = widenCenterNetwork(
      expanded,
      network(
        'a',
        [node('a'), node('b'), node('c'), node('d'), node('e')],
        [edge('ae', 'a', 'e')],
        1,
      ),
    );
    expect([...wider.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(omittedTotal(wider)).toBe(1);
    // d is now part of the center's network: collapsing b keeps it.
    expect([...collapseGraph(wider, 'b').nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // An answer for another center (the user moved on) changes nothing.
    expect(widenCenterNetwork(wider, network('z', [node('z')], []))).toBe(wider);
  });

  it('doubles the network cap for "load more", up to the server’s maximum', () => {
    expect(nextNetworkLimit(150)).toBe(300);
    expect(nextNetworkLimit(1_200)).toBe(maxNetworkLimit);
    expect(nextNetworkLimit(maxNetworkLimit)).toBe(maxNetworkLimit);
  });
});
