import { describe, expect, it } from 'vitest';
import {
  connectorElements,
  createInitiativeInput,
  newInitiativeLinks,
  nextStatuses,
  parseConnectors,
  parseCreatedInitiative,
  parseWorkspaceInitiative,
} from './initiativeWorkspace';
import { initiativeStatuses } from './stakeholder';

const ref = (id: string, kind = 'PERSON') => ({ id, kind, name: id.toUpperCase() });
const initiativeData = {
  node: {
    __typename: 'Initiative',
    id: 'i',
    title: 'Voedseltuin',
    description: null,
    status: 'INTAKE',
    receivedAt: '2026-10-01',
    firstResponseAt: null,
    areas: [{ id: 'k', name: 'Lievelde' }],
    themes: [{ id: 't', name: 'Voedsel' }],
    participants: [
      { id: 'l1', type: 'INITIATES', from: { __typename: 'Person', id: 'p', name: 'Piet' } },
    ],
  },
};
const connectorData = {
  connectors: {
    targets: [ref('t1'), ref('t2'), ref('t3', 'ORGANIZATION')],
    connectors: [
      {
        person: ref('c1'),
        gain: 2,
        newTargets: [ref('t1'), ref('t2')],
        paths: [
          { nodes: [ref('c1'), ref('t1')], text: 'C1 → T1' },
          { nodes: [ref('c1'), ref('m'), ref('t2')], text: 'C1 → M → T2' },
        ],
      },
      {
        person: ref('c2'),
        gain: 1,
        newTargets: [ref('t3', 'ORGANIZATION')],
        paths: [{ nodes: [ref('c2'), ref('t3', 'ORGANIZATION')], text: 'C2 → T3' }],
      },
    ],
  },
};

describe('the initiative workspace', () => {
  it('offers only the status moves the API allows: closed initiatives only reopen', () => {
    expect(nextStatuses('IDEA')).toEqual(['INTAKE', 'ACTIVE', 'DONE', 'STOPPED']);
    expect(nextStatuses('INTAKE')).toEqual(['ACTIVE', 'DONE', 'STOPPED', 'IDEA']);
    expect(nextStatuses('DONE')).toEqual(['ACTIVE']);
    expect(nextStatuses('STOPPED')).toEqual(['ACTIVE']);
    for (const status of initiativeStatuses) expect(nextStatuses(status)).not.toContain(status);
  });

  it('reads the initiative, and null for a missing node or another kind', () => {
    const initiative = parseWorkspaceInitiative(initiativeData);
    expect(initiative?.themes.map((t) => t.name)).toEqual(['Voedsel']);
    expect(initiative?.participants).toEqual([
      { id: 'p', kind: 'PERSON', name: 'Piet', type: 'INITIATES' },
    ]);
    expect(parseWorkspaceInitiative({ node: null })).toBeNull();
    expect(parseWorkspaceInitiative({ node: { __typename: 'Person', id: 'p' } })).toBeNull();
  });

  it('draws the initiative, its targets and connectors, and highlights the chosen connector’s paths', () => {
    const initiative = parseWorkspaceInitiative(initiativeData);
    if (!initiative) throw new Error('no initiative');
    const answer = parseConnectors(connectorData);
    const all = connectorElements(initiative, answer, null);
    const classesOf = (elements: typeof all, id: string) =>
      elements.find((e) => e.data.id === id)?.classes as string[];
    expect(classesOf(all, 'i')).toContain('center');
    expect(classesOf(all, 't1')).toContain('target');
    expect(classesOf(all, 'c1')).toContain('connector');
    expect(classesOf(all, 'm')).toEqual(['analysis']);
    const pathEdges = all.filter(
      (e) => e.group === 'edges' && (e.classes as string[]).includes('path'),
    );
    expect(pathEdges).toHaveLength(4);
    expect(all.some((e) => (e.classes as string[]).includes('on-path'))).toBe(false);

    const chosen = connectorElements(initiative, answer, 'c1');
    const onPath = chosen.filter((e) => (e.classes as string[]).includes('on-path'));
    expect(onPath).toHaveLength(3);
    expect(classesOf(chosen, 'c2')).toContain('dim');
    expect(classesOf(chosen, 't3')).toContain('dim');
    expect(classesOf(chosen, 't2')).not.toContain('dim');
  });
});

describe('a new initiative', () => {
  const draft = {
    title: '  Repair café ',
    description: 'Monthly in the village hall',
    areaId: 'k',
    themeIds: ['t1', 't1', 't2'],
    receivedAt: '2026-11-02',
  };

  it('sends a trimmed title and leaves an empty description out', () => {
    expect(createInitiativeInput(draft)).toEqual({
      title: 'Repair café',
      description: 'Monthly in the village hall',
      receivedAt: '2026-11-02',
    });
    expect(createInitiativeInput({ ...draft, description: ' ' })).not.toHaveProperty('description');
  });

  it('is placed in its area and each theme once', () => {
    expect(newInitiativeLinks('n', draft)).toEqual([
      { type: 'LOCATED_IN', fromId: 'n', toId: 'k' },
      { type: 'ACTIVE_IN', fromId: 'n', toId: 't1' },
      { type: 'ACTIVE_IN', fromId: 'n', toId: 't2' },
    ]);
    expect(newInitiativeLinks('n', { ...draft, areaId: null, themeIds: [] })).toEqual([]);
  });

  it('reads the id of the created initiative', () => {
    expect(parseCreatedInitiative({ createInitiative: { id: 'n' } })).toBe('n');
    expect(() => parseCreatedInitiative({ createInitiative: null })).toThrow();
  });
});
