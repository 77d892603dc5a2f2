import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { uniqueReach } from './antennae.js';
import { greedyConnectors } from './connectors.js';
import { coverageByCell, type Placement } from './coverage.js';
import { prepareIntroductions } from './introductionIndex.js';
import { mutualContactsReason, suggestIntroductions } from './introductions.js';
import { tieWeight } from './tieWeight.js';

/*
 * A small made-up municipality. Officials: o1 (area broker, Lievelde) and o2 (wijkconsulent,
 * Zieuwent). Ties (strength): o1–anna 5, anna–bert 4, o1–carla 1, o2–dirk 3, dirk–eva 2,
 * eva–frank 4, anna–dirk 2, o1–kees 3, o2–kees 3, kees–hugo 3, kees–iris 3; gert knows nobody.
 */
function municipality(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ties: Array<[string, string, number]> = [
    ['o1', 'anna', 5],
    ['anna', 'bert', 4],
    ['o1', 'carla', 1],
    ['o2', 'dirk', 3],
    ['dirk', 'eva', 2],
    ['eva', 'frank', 4],
    ['anna', 'dirk', 2],
    ['o1', 'kees', 3],
    ['o2', 'kees', 3],
    ['kees', 'hugo', 3],
    ['kees', 'iris', 3],
  ];
  for (const [a, b, weight] of ties) graph.mergeEdge(a, b, { weight });
  graph.addNode('gert');
  return graph;
}

const place = (areas: string[], themes: string[]): Placement => ({ areas, themes });
const placements = new Map<string, Placement>([
  ['anna', place(['Lievelde'], ['food'])],
  ['bert', place(['Lievelde'], ['food'])],
  ['carla', place(['Lievelde'], ['sport'])],
  ['dirk', place(['Zieuwent'], ['food'])],
  ['eva', place(['Zieuwent'], ['sport'])],
  ['frank', place(['Zieuwent'], ['care'])],
  ['gert', place(['Harreveld'], ['food'])],
  ['hugo', place(['Harreveld'], ['culture'])],
  ['iris', place(['Harreveld'], ['culture'])],
]);
const officials = ['o1', 'o2'];

describe('tie weight', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const monthsAgo = (months: number) =>
    new Date(now.getTime() - months * (365.25 / 12) * 86_400_000);

  it('halves the strength for every half-life without contact', () => {
    expect(tieWeight({ strength: 4, lastContact: now }, { now })).toBe(4);
    expect(tieWeight({ strength: 4, lastContact: monthsAgo(12) }, { now })).toBeCloseTo(2, 10);
    expect(tieWeight({ strength: 4, lastContact: monthsAgo(24) }, { now })).toBeCloseTo(1, 10);
    expect(
      tieWeight({ strength: 4, lastContact: monthsAgo(6) }, { now, halfLifeMonths: 6 }),
    ).toBeCloseTo(2, 10);
  });

  it('counts an ended tie and a tie past its retention date as zero', () => {
    expect(tieWeight({ strength: 5, lastContact: now, ended: true }, { now })).toBe(0);
    expect(tieWeight({ strength: 5, lastContact: now, retainUntil: monthsAgo(1) }, { now })).toBe(
      0,
    );
  });
});

describe('antennae and unique reach', () => {
  it('lists whom each official reaches within two steps and what only they reach', () => {
    const [o1, o2] = uniqueReach(municipality(), officials);
    expect(o1).toEqual({
      official: 'o1',
      reached: ['anna', 'bert', 'carla', 'dirk', 'hugo', 'iris', 'kees'],
      uniquelyReached: ['bert', 'carla'],
    });
    expect(o2?.uniquelyReached).toEqual(['eva']);
    expect(o2?.reached).not.toContain('frank');
  });

  it('does not follow ties below the threshold', () => {
    const [o1] = uniqueReach(municipality(), officials, { weight: 'weight', threshold: 2 });
    expect(o1?.reached).not.toContain('carla');
    expect(o1?.uniquelyReached).toEqual(['bert']);
  });
});

describe('coverage per area and theme', () => {
  const cells = coverageByCell(municipality(), officials, placements);
  const cell = (area: string, theme: string) =>
    cells.find((c) => c.area === area && c.theme === theme);

  it('reports share, redundancy and no single point of failure where two officials reach in two ways', () => {
    expect(cell('Lievelde', 'food')).toMatchObject({
      stakeholders: 2,
      reached: 2,
      share: 1,
      redundancy: 1.5,
      blindSpot: false,
      singlePointOfFailure: null,
    });
  });

  it('flags a cell that only one official reaches', () => {
    expect(cell('Lievelde', 'sport')?.singlePointOfFailure).toEqual({ kind: 'official', id: 'o1' });
    expect(cell('Zieuwent', 'sport')?.singlePointOfFailure).toEqual({ kind: 'official', id: 'o2' });
  });

  it('flags a cell that two officials reach only through one resident', () => {
    expect(cell('Harreveld', 'culture')).toMatchObject({
      reached: 2,
      redundancy: 2,
      singlePointOfFailure: { kind: 'resident', id: 'kees' },
    });
  });

  it('marks cells nobody reaches as blind spots, including people without any tie', () => {
    expect(cell('Zieuwent', 'care')).toMatchObject({ reached: 0, share: 0, blindSpot: true });
    expect(cell('Harreveld', 'food')).toMatchObject({
      stakeholders: 1,
      reached: 0,
      blindSpot: true,
    });
  });

  it('lists every cell once, sorted by area and theme', () => {
    expect(cells.map((c) => `${c.area}/${c.theme}`)).toEqual([
      'Harreveld/culture',
      'Harreveld/food',
      'Lievelde/food',
      'Lievelde/sport',
      'Zieuwent/care',
      'Zieuwent/food',
      'Zieuwent/sport',
    ]);
  });
});

describe('connectors for an initiative', () => {
  it('chooses greedily by new targets and explains each with a path', () => {
    const people = [...placements.keys()];
    const food = people.filter((id) => placements.get(id)?.themes.includes('food'));
    const chosen = greedyConnectors(municipality(), food, people);
    expect(chosen).toEqual([
      {
        id: 'anna',
        newTargets: ['anna', 'bert', 'dirk'],
        paths: [['anna'], ['anna', 'bert'], ['anna', 'dirk']],
      },
      // gert knows nobody: only gert can bring gert to the table.
      { id: 'gert', newTargets: ['gert'], paths: [['gert']] },
    ]);
  });

  it('reaches further with two steps and stops at the requested number', () => {
    const chosen = greedyConnectors(municipality(), ['bert', 'eva', 'hugo'], ['kees', 'dirk'], {
      maxSteps: 2,
      maxConnectors: 1,
    });
    expect(chosen).toHaveLength(1);
    expect(chosen[0]?.paths.every((path) => path[0] === chosen[0]?.id)).toBe(true);
  });
});

describe('suggested introductions', () => {
  it('scores by mutual contacts and purpose, with reasons in Dutch and English', () => {
    const suggestions = suggestIntroductions(municipality(), 'bert', { placements });
    expect(suggestions.map((s) => s.id)).toEqual(['dirk', 'gert', 'o1']);
    const dirk = suggestions[0];
    expect(dirk?.score).toBeCloseTo(1 / Math.log(3) + 1, 10);
    expect(dirk?.reasons).toEqual([
      { nl: '1 gemeenschappelijk contact: anna', en: '1 mutual contact: anna' },
      { nl: 'allebei actief in food', en: 'both active in food' },
      {
        nl: 'verschillende kernen (Lievelde en Zieuwent)',
        en: 'different villages (Lievelde and Zieuwent)',
      },
    ]);
  });

  it('counts mutual contacts outside the viewer’s scope without naming or listing them', () => {
    const [dirk] = suggestIntroductions(municipality(), 'bert', {
      placements,
      nameable: (id) => id !== 'anna',
    });
    expect(dirk?.id).toBe('dirk');
    expect(dirk?.mutualContacts).toEqual([]);
    expect(dirk?.reasons[0]).toEqual({
      nl: '1 gemeenschappelijk contact: 1 buiten uw gebieden',
      en: '1 mutual contact: 1 outside your areas',
    });
    expect(mutualContactsReason(3, ['Anna', 'Bert'])).toEqual({
      nl: '3 gemeenschappelijke contacten: Anna, Bert en 1 buiten uw gebieden',
      en: '3 mutual contacts: Anna, Bert and 1 outside your areas',
    });
  });

  it('answers the same from an index prepared once as from the placements each time', () => {
    const graph = municipality();
    const communities = new Map([
      ['bert', 0],
      ['dirk', 1],
      ['o1', 1],
    ]);
    const prepared = prepareIntroductions(graph, placements, communities);
    expect(prepared.themeNames).toContain('food');
    for (const person of ['bert', 'anna', 'dirk', 'gert']) {
      for (const neededThemes of [[], ['food']]) {
        expect(
          suggestIntroductions(graph, person, { placements, communities, neededThemes, prepared }),
        ).toEqual(suggestIntroductions(graph, person, { placements, communities, neededThemes }));
      }
    }
  });

  it('never suggests a dismissed person again, nor someone already known', () => {
    const suggestions = suggestIntroductions(municipality(), 'bert', {
      placements,
      dismissed: new Set(['dirk']),
    });
    expect(suggestions.map((s) => s.id)).toEqual(['gert', 'o1']);
    expect(suggestions.map((s) => s.id)).not.toContain('anna');
  });

  it('adds the initiative’s need and the bridging of communities as reasons', () => {
    const communities = new Map([
      ['bert', 0],
      ['o1', 1],
    ]);
    const [first] = suggestIntroductions(municipality(), 'bert', {
      placements,
      communities,
      neededThemes: ['food'],
      limit: 1,
    });
    expect(first?.reasons).toContainEqual({
      nl: 'het initiatief zoekt food',
      en: 'the initiative needs food',
    });
    const o1 = suggestIntroductions(municipality(), 'bert', { placements, communities }).find(
      (s) => s.id === 'o1',
    );
    expect(o1?.reasons).toContainEqual({
      nl: 'verbindt twee gemeenschappen',
      en: 'bridges two communities',
    });
  });
});
