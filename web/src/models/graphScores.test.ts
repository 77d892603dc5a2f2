import { describe, expect, it } from 'vitest';
import {
  communityColours,
  type ElementOptions,
  groupPalette,
  nodeSize,
  noGroupColour,
  toElements,
} from './graphElements';
import type { NodeScores } from './stakeholder';
import { edge, node } from './testNetwork';

const scores = (community: number, betweenness: number): NodeScores => ({
  degree: 1,
  betweenness,
  closeness: 0.5,
  pagerank: 0.1,
  eigenvector: 0.2,
  coreNumber: 1,
  community,
});

const options: ElementOptions = {
  colourBy: 'community',
  sizeBy: 'betweenness',
  centerId: 'a',
  expandedIds: new Set(),
  selectedIds: [],
  pathEdgeIds: new Set(),
  pathNodeIds: new Set(),
  today: '2026-06-15',
};

const view = {
  nodes: [
    node('a', 'PERSON', { scores: scores(7, 10) }),
    node('b', 'PERSON', { scores: scores(7, 0) }),
    node('c', 'PERSON', { scores: scores(3, 5) }),
    node('z', 'AREA'),
  ],
  edges: [edge('ab', 'a', 'b'), edge('ac', 'a', 'c')],
};

const dataOf = (id: string, o: ElementOptions = options) =>
  toElements(view, o).find((element) => element.data.id === id)?.data;

describe('colour by community and size by an analysis score', () => {
  it('gives each community in view its own colour, in community number order, and grey without scores', () => {
    const colours = communityColours(view);
    expect([...colours.keys()]).toEqual([3, 7]);
    expect(dataOf('c')?.colour).toBe(groupPalette[0]);
    expect(dataOf('a')?.colour).toBe(groupPalette[1]);
    expect(dataOf('b')?.colour).toBe(dataOf('a')?.colour);
    expect(dataOf('z')?.colour).toBe(noGroupColour);
  });

  it('sizes nodes by the chosen score against the largest in view', () => {
    expect(dataOf('a')?.size).toBe(nodeSize(10, 10));
    expect(dataOf('c')?.size).toBe(nodeSize(5, 10));
    expect(dataOf('b')?.size).toBe(24);
    expect(dataOf('z')?.size).toBe(24);
    // Degree stays the links in view: a has two, b and c one.
    const byDegree = { ...options, sizeBy: 'degree' as const };
    expect(dataOf('a', byDegree)?.size).toBe(nodeSize(2, 2));
    expect(dataOf('b', byDegree)?.size).toBe(nodeSize(1, 2));
  });

  it('draws everything the same size when no node has the score yet (before an analysis run)', () => {
    const bare = { nodes: [node('a'), node('b')], edges: [edge('ab', 'a', 'b')] };
    const sizes = toElements(bare, { ...options, sizeBy: 'pagerank' })
      .filter((element) => element.group === 'nodes')
      .map((element) => element.data.size);
    expect(sizes).toEqual([28, 28]);
  });
});
