import { describe, expect, it } from 'vitest';
import { graphFromNetwork } from './explorerGraph';
import {
  defaultFilters,
  degreeInView,
  isStale,
  monthsBefore,
  shortestPaths,
  visibleGraph,
} from './graphView';
import { edge, network, node } from './testNetwork';

const today = '2026-06-15';
const graph = graphFromNetwork(
  network(
    'gerrit',
    [
      node('gerrit'),
      node('anna'),
      node('marieke', 'PERSON', { official: true }),
      node('club', 'ORGANIZATION', { sublabel: 'ASSOCIATION' }),
      node('zieuwent', 'AREA'),
      node('lievelde', 'AREA'),
      node('sport', 'THEME'),
    ],
    [
      edge('k1', 'gerrit', 'anna', { strength: 4, lastContact: '2026-05-01' }),
      edge('k2', 'gerrit', 'marieke', { strength: 2, lastContact: '2024-01-01' }),
      edge('k3', 'anna', 'marieke', { strength: 5, endedAt: '2026-01-01' }),
      edge('m1', 'gerrit', 'club', { type: 'BOARD_OF', strength: null, directed: true }),
      edge('l1', 'gerrit', 'zieuwent', { type: 'LIVES_IN', strength: null, directed: true }),
      edge('l2', 'club', 'lievelde', { type: 'LOCATED_IN', strength: null, directed: true }),
      edge('t1', 'club', 'sport', { type: 'ACTIVE_IN', strength: null, directed: true }),
    ],
  ),
);
const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe('the visible graph', () => {
  it('counts a tie as stale when the last contact is more than 12 months ago', () => {
    expect(monthsBefore(today, 12)).toBe('2025-06-15');
    expect(isStale(edge('x', 'a', 'b', { lastContact: '2025-06-14' }), today)).toBe(true);
    expect(isStale(edge('x', 'a', 'b', { lastContact: '2025-06-15' }), today)).toBe(false);
    expect(isStale(edge('x', 'a', 'b', { lastContact: null }), today)).toBe(false);
  });

  it('hides ended ties unless asked, and keeps stale ones (drawn faded) unless filtered', () => {
    expect(ids(visibleGraph(graph, defaultFilters, today).edges)).toEqual([
      'k1',
      'k2',
      'l1',
      'l2',
      'm1',
      't1',
    ]);
    expect(ids(visibleGraph(graph, { ...defaultFilters, showEnded: true }, today).edges)).toContain(
      'k3',
    );
    expect(
      ids(visibleGraph(graph, { ...defaultFilters, freshness: 'recent' }, today).edges),
    ).not.toContain('k2');
  });

  it('filters KNOWS ties by minimum strength and leaves links without strength alone', () => {
    const view = visibleGraph(graph, { ...defaultFilters, minStrength: 3 }, today);
    expect(ids(view.edges)).toEqual(['k1', 'l1', 'l2', 'm1', 't1']);
  });

  it('filters by kind but always keeps the center', () => {
    const view = visibleGraph(graph, { ...defaultFilters, kinds: ['ORGANIZATION'] }, today);
    expect(ids(view.nodes)).toEqual(['club', 'gerrit']);
    expect(ids(view.edges)).toEqual(['m1']);
  });

  it('filters by area: stakeholders linked to it, the area itself, and every theme', () => {
    const view = visibleGraph(graph, { ...defaultFilters, areaId: 'lievelde' }, today);
    expect(ids(view.nodes)).toEqual(['club', 'gerrit', 'lievelde', 'sport']);
  });

  it('filters by theme: stakeholders active in it, the theme itself, and every area', () => {
    const view = visibleGraph(graph, { ...defaultFilters, themeId: 'sport' }, today);
    expect(ids(view.nodes)).toEqual(['club', 'gerrit', 'lievelde', 'sport', 'zieuwent']);
  });

  it('measures degree within the view', () => {
    const degree = degreeInView(visibleGraph(graph, defaultFilters, today));
    expect(degree.get('gerrit')).toBe(4);
    expect(degree.get('sport')).toBe(1);
  });
});

describe('shortest paths', () => {
  const view = visibleGraph(graph, { ...defaultFilters, showEnded: true }, today);

  it('finds every shortest path, walking links in both directions', () => {
    const found = shortestPaths(view, 'anna', 'club');
    expect(found.paths).toEqual([['anna', 'gerrit', 'club']]);
    expect([...found.edgeIds].sort()).toEqual(['k1', 'm1']);
    const two = shortestPaths(
      { nodes: view.nodes, edges: [...view.edges, edge('x', 'marieke', 'sport')] },
      'gerrit',
      'sport',
    );
    expect(two.paths.map((path) => path.join('>')).sort()).toEqual([
      'gerrit>club>sport',
      'gerrit>marieke>sport',
    ]);
  });

  it('finds no path between nodes that are not connected in view, nor from a node to itself', () => {
    expect(shortestPaths({ nodes: view.nodes, edges: [] }, 'anna', 'club').paths).toEqual([]);
    expect(shortestPaths(view, 'anna', 'anna').paths).toEqual([]);
  });

  it('stops at the maximum number of paths asked for', () => {
    const edges = ['p', 'q', 'r'].flatMap((middle) => [
      edge(`a${middle}`, 'a', middle),
      edge(`${middle}b`, middle, 'b'),
    ]);
    expect(shortestPaths({ nodes: [], edges }, 'a', 'b', 2).paths).toHaveLength(2);
  });
});
