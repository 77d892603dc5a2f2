import { describe, expect, it } from 'vitest';
import {
  bulkEdgesFrom,
  bulkNodesFrom,
  type ElementOptions,
  edgeWidth,
  kindStyle,
  nodeSize,
  noGroupColour,
  toElements,
} from './graphElements';
import { syntheticNetwork } from './syntheticNetwork';
import { edge, node } from './testNetwork';

const options: ElementOptions = {
  colourBy: 'kind',
  sizeBy: 'degree',
  centerId: 'a',
  expandedIds: new Set(['b']),
  selectedIds: ['c'],
  pathEdgeIds: new Set(['ab']),
  pathNodeIds: new Set(['a', 'b']),
  today: '2026-06-15',
};
const view = {
  nodes: [
    node('a'),
    node('b', 'PERSON', { official: true }),
    node('c', 'ORGANIZATION', { sublabel: 'BUSINESS' }),
    node('z', 'AREA'),
  ],
  edges: [
    edge('ab', 'a', 'b', { strength: 5, lastContact: '2024-01-01' }),
    edge('ac', 'a', 'c', {
      type: 'WORKS_AT',
      strength: null,
      directed: true,
      endedAt: '2026-01-01',
    }),
    edge('az', 'a', 'z', { type: 'LIVES_IN', strength: null, directed: true }),
  ],
};
const byId = (id: string) => toElements(view, options).find((element) => element.data.id === id);

describe('the Cytoscape elements', () => {
  it('give each kind its shape and colour, officials and organization kinds apart', () => {
    expect(byId('a')?.data).toMatchObject({
      kind: 'PERSON',
      shape: 'ellipse',
      colour: kindStyle.PERSON.colour,
    });
    expect(byId('b')?.data).toMatchObject({ kind: 'OFFICIAL', shape: 'diamond' });
    expect(byId('c')?.data).toMatchObject({ kind: 'BUSINESS', colour: kindStyle.BUSINESS.colour });
  });

  it('size nodes by degree in view, or all alike', () => {
    expect(byId('a')?.data.size).toBe(nodeSize(3, 3));
    expect(byId('b')?.data.size).toBeLessThan(byId('a')?.data.size);
    const equal = toElements(view, { ...options, sizeBy: 'none' });
    expect(new Set(equal.filter((e) => e.group === 'nodes').map((e) => e.data.size)).size).toBe(1);
  });

  it('mark the center, expanded, picked and on-path nodes', () => {
    expect(byId('a')?.classes).toEqual(['center', 'on-path']);
    expect(byId('b')?.classes).toEqual(['expanded', 'on-path']);
    expect(byId('c')?.classes).toEqual(['picked']);
  });

  it('draw ties wider when stronger, stale ties faded and ended ties dotted, with arrows only for directed links', () => {
    expect(edgeWidth(5)).toBeGreaterThan(edgeWidth(1));
    expect(byId('ab')?.data.width).toBe(edgeWidth(5));
    expect(byId('ab')?.classes).toEqual(['stale', 'on-path']);
    expect(byId('ac')?.classes).toEqual(['directed', 'ended']);
  });

  it('colour by area: members take their area’s colour, others grey', () => {
    const coloured = toElements(view, { ...options, colourBy: 'area' });
    const colourOf = (id: string) => coloured.find((e) => e.data.id === id)?.data.colour;
    expect(colourOf('a')).toBe(colourOf('z'));
    expect(colourOf('c')).toBe(noGroupColour);
  });

  it('draws the links of a big network as cheap straight lines, and a small one’s as curves', () => {
    expect(byId('ac')?.classes).not.toContain('bulk');
    const big = syntheticNetwork(500, 4);
    expect(big.edges.length).toBeGreaterThanOrEqual(bulkEdgesFrom);
    const elements = toElements(big, options);
    const edges = elements.filter((element) => element.group === 'edges');
    expect(edges.every((element) => element.classes?.includes('bulk'))).toBe(true);
    const huge = toElements(syntheticNetwork(bulkNodesFrom, 1), options);
    expect(huge.find((element) => element.group === 'nodes')?.classes).toContain('bulk');
    expect(byId('a')?.classes).not.toContain('bulk');
  });
});
