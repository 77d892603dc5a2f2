import { describe, expect, it } from 'vitest';
import {
  antennaeElements,
  parseAntennae,
  parseAreaThemeChoices,
  parseCoverage,
  reachingAntennae,
  reachSummary,
} from './antennae';

const ref = (id: string, name = id, kind = 'PERSON') => ({ id, kind, name });
const data = {
  antennae: [
    {
      official: ref('o1', 'Els'),
      reachCount: 3,
      reached: [ref('a'), ref('b'), ref('club', 'VV', 'ORGANIZATION')],
      uniqueReach: 2,
      uniquelyReached: [ref('a'), ref('club', 'VV', 'ORGANIZATION')],
      areas: [ref('k1', 'Lievelde', 'AREA'), ref('k2', 'Zieuwent', 'AREA')],
      themes: [],
    },
    {
      official: ref('o2', 'Kees'),
      reachCount: 2,
      reached: [ref('b'), ref('c')],
      uniqueReach: 1,
      uniquelyReached: [ref('c')],
      areas: [ref('k1', 'Lievelde', 'AREA')],
      themes: [ref('t', 'Voedsel', 'THEME')],
    },
  ],
};

describe('the antennae', () => {
  const antennae = parseAntennae(data);

  it('reads the answer and refuses a wrong shape', () => {
    expect(antennae.map((a) => [a.official.name, a.reachCount, a.uniqueReach])).toEqual([
      ['Els', 3, 2],
      ['Kees', 2, 1],
    ]);
    expect(antennae[0]?.reached[2]?.kind).toBe('ORGANIZATION');
    expect(() => parseAntennae({ antennae: [{ official: ref('x') }] })).toThrow();
  });

  it('leaves out officials who reach nobody there', () => {
    const idle = {
      ...data.antennae[1],
      reached: [],
      reachCount: 0,
      uniqueReach: 0,
      uniquelyReached: [],
    };
    const all = parseAntennae({ antennae: [...data.antennae, { ...idle, official: ref('o3') }] });
    expect(reachingAntennae(all).map((a) => a.official.id)).toEqual(['o1', 'o2']);
  });

  it('counts whom they reach together, once each, and how many only one reaches', () => {
    expect(reachSummary(antennae)).toEqual({ reached: 4, unique: 3 });
  });

  it('draws each official as an antenna with a line to whom they reach, unique reach marked', () => {
    const elements = antennaeElements(antennae, null);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    expect(nodes).toHaveLength(6);
    expect(edges).toHaveLength(5);
    const classesOf = (id: string) => elements.find((e) => e.data.id === id)?.classes;
    expect(classesOf('o1')).toContain('antenna');
    expect(classesOf('a')).toContain('unique');
    expect(classesOf('b')).not.toContain('unique');
    const line = edges.find((e) => e.data.source === 'o1' && e.data.target === 'a');
    expect(line?.classes).toEqual(['reach', 'unique']);
    // Nothing is dimmed until an official is singled out.
    expect(elements.some((e) => (e.classes as string[]).includes('dim'))).toBe(false);
  });

  it('dims the other officials and whom only they reach when one is selected', () => {
    const elements = antennaeElements(antennae, 'o1');
    const classesOf = (id: string) => elements.find((e) => e.data.id === id)?.classes as string[];
    expect(classesOf('o1')).toContain('selected');
    expect(classesOf('o2')).toContain('dim');
    expect(classesOf('c')).toContain('dim');
    expect(classesOf('b')).not.toContain('dim');
  });

  it('reads the areas (municipality first, kernen by name) and themes to choose from', () => {
    const page = (nodes: { id: string; name: string }[]) => ({
      edges: nodes.map((node) => ({ node })),
    });
    const choices = parseAreaThemeChoices({
      municipalities: page([{ id: 'm', name: 'Berkelveld' }]),
      kernen: page([
        { id: 'z', name: 'Zieuwent' },
        { id: 'l', name: 'Lievelde' },
      ]),
      themes: page([{ id: 't', name: 'Voedsel' }]),
    });
    expect(choices.areas.map((a) => a.name)).toEqual(['Berkelveld', 'Lievelde', 'Zieuwent']);
    expect(choices.themes).toEqual([{ id: 't', name: 'Voedsel' }]);
  });
});

describe('the blind spots', () => {
  const cell = (area: string, theme: string, stakeholders: number, reached: number) => ({
    area: ref(area, area, 'AREA'),
    theme: ref(theme, theme, 'THEME'),
    stakeholders,
    reached,
    share: stakeholders === 0 ? 0 : reached / stakeholders,
    blindSpot: stakeholders > 0 && reached / stakeholders < 0.25,
  });

  it('keeps the cells under the threshold or without any antenna, least reached first', () => {
    const spots = parseCoverage({
      coverage: [
        cell('Lievelde', 'Zorg', 10, 2),
        cell('Lievelde', 'Sport', 10, 8),
        cell('Zieuwent', 'Zorg', 4, 0),
        cell('Zieuwent', 'Sport', 0, 0),
      ],
    });
    expect(spots.map((s) => `${s.area.name}×${s.theme.name}`)).toEqual([
      'Zieuwent×Zorg',
      'Lievelde×Zorg',
    ]);
    expect(spots[0]).toMatchObject({ stakeholders: 4, reached: 0, share: 0, noAntenna: true });
    expect(spots[1]).toMatchObject({ reached: 2, share: 0.2, noAntenna: false });
  });

  it('refuses a share outside 0 to 1', () => {
    expect(() =>
      parseCoverage({ coverage: [{ ...cell('Lievelde', 'Zorg', 10, 0), share: 3 }] }),
    ).toThrow(/coverage.0.share/);
  });
});
