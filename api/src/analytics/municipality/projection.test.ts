import { describe, expect, it } from 'vitest';
import {
  buildProjection,
  kernOf,
  type ProjectionNode,
  type ProjectionTie,
  partOfRoot,
  placementsOf,
} from './projection.js';

const areas = [
  { id: 'g', name: 'Gemeente', level: 'MUNICIPALITY', parentId: null },
  { id: 'k', name: 'Lievelde', level: 'KERN', parentId: 'g' },
  { id: 'w', name: 'Lievelde-Noord', level: 'WIJK', parentId: 'k' },
];
const node = (id: string, extra: Partial<ProjectionNode> = {}): ProjectionNode => ({
  id,
  kind: 'PERSON',
  name: id,
  official: false,
  areaIds: [],
  coveredAreaIds: [],
  themeIds: [],
  ...extra,
});
const tie = (
  sourceId: string,
  targetId: string,
  extra: Partial<ProjectionTie> = {},
): ProjectionTie => ({
  sourceId,
  targetId,
  type: 'KNOWS',
  strength: 4,
  since: null,
  lastContact: null,
  endedAt: null,
  ...extra,
});
const now = new Date('2026-01-01T00:00:00Z');

describe('the stakeholder projection', () => {
  it('weighs KNOWS by faded strength, roles by a fixed strength, and drops ended ties and ties to absent people', () => {
    const projection = buildProjection(
      {
        areas,
        nodes: [node('a'), node('b'), node('c'), node('club', { kind: 'ORGANIZATION' })],
        ties: [
          tie('a', 'b', { lastContact: '2025-01-01' }),
          tie('a', 'c', { endedAt: '2025-06-01' }),
          tie('b', 'c', { strength: 2, since: '2026-01-01' }),
          tie('a', 'objector'),
          tie('c', 'club', { type: 'BOARD_OF', strength: null }),
        ],
      },
      { now },
    );
    const weight = (x: string, y: string) =>
      projection.graph.getEdgeAttribute(projection.graph.edge(x, y) as string, 'weight');
    expect(weight('a', 'b')).toBeCloseTo(2, 2);
    expect(projection.graph.hasEdge('a', 'c')).toBe(false);
    expect(weight('b', 'c')).toBe(2);
    expect(weight('c', 'club')).toBe(3);
    expect(projection.graph.hasNode('objector')).toBe(false);
    expect(projection.graph.size).toBe(3);
  });

  it('keeps the strongest of several ties between one pair, and lists officials', () => {
    const projection = buildProjection(
      {
        areas,
        nodes: [node('o', { official: true }), node('p')],
        ties: [
          tie('o', 'p', { strength: 1 }),
          tie('p', 'o', { type: 'MEMBER_OF', strength: null }),
        ],
      },
      { now },
    );
    expect(projection.officials).toEqual(['o']);
    expect(projection.graph.size).toBe(1);
    expect(
      projection.graph.getEdgeAttribute(projection.graph.edge('o', 'p') as string, 'weight'),
    ).toBe(2);
  });

  it('places stakeholders by kern or by the part of a root area; officials by the areas they cover too', () => {
    const projection = buildProjection(
      {
        areas,
        nodes: [
          node('p', { areaIds: ['w'], themeIds: ['food'] }),
          node('o', { official: true, coveredAreaIds: ['k'] }),
        ],
        ties: [],
      },
      { now },
    );
    expect(kernOf(projection.areas, 'w')).toBe('k');
    expect(partOfRoot(projection.areas, 'g', 'w')).toBe('k');
    expect(partOfRoot(projection.areas, 'k', 'k')).toBe('k');
    expect(partOfRoot(projection.areas, 'w', 'g')).toBeNull();
    const placements = placementsOf(projection, (area) => kernOf(projection.areas, area));
    expect(placements.get('p')).toEqual({ areas: ['k'], themes: ['food'] });
    expect(placements.get('o')).toEqual({ areas: ['k'], themes: [] });
  });
});
