import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { WorkspaceInitiative } from '../models/initiativeWorkspace';
import { createInitiativeStore, type InitiativeLoaders } from './initiativeStore';

const initiative: WorkspaceInitiative = {
  id: 'i',
  title: 'Voedseltuin',
  description: null,
  status: 'INTAKE',
  receivedAt: '2026-10-01',
  firstResponseAt: null,
  areas: [],
  themes: [],
  participants: [],
};

function loaders(overrides: Partial<InitiativeLoaders> = {}) {
  const connectorCalls: number[] = [];
  const api: InitiativeLoaders = {
    list: async () => [],
    initiative: async (id) => (id === 'i' ? initiative : null),
    connectors: async (_id, steps) => {
      connectorCalls.push(steps);
      return { targets: [], connectors: [] };
    },
    move: async (_id, status) => status,
    choices: async () => ({ areas: [], themes: [] }),
    create: async () => 'new',
    link: async () => undefined,
    ...overrides,
  };
  return { api, connectorCalls };
}

describe('the initiative store', () => {
  it('opens an initiative with its connectors, and asks again with two steps', async () => {
    const { api, connectorCalls } = loaders();
    const store = createInitiativeStore(api);
    await store.open('i');
    expect(store.getSnapshot().initiative).toEqual({ phase: 'loaded', value: initiative });
    await store.setSteps(2);
    expect(connectorCalls).toEqual([1, 2]);
    expect(store.getSnapshot().steps).toBe(2);
  });

  it('reads a missing initiative as null', async () => {
    const store = createInitiativeStore(loaders().api);
    await store.open('nope');
    expect(store.getSnapshot().initiative).toEqual({ phase: 'loaded', value: null });
  });

  it('moves the status, and keeps the server’s refusal to show', async () => {
    const store = createInitiativeStore(loaders().api);
    await store.open('i');
    await store.moveTo('ACTIVE');
    const moved = store.getSnapshot().initiative;
    expect(moved.phase === 'loaded' && moved.value?.status).toBe('ACTIVE');

    const refusing = createInitiativeStore(
      loaders({
        move: async () => {
          throw new ApiError('VALIDATION', 'not allowed', 200, 'VALIDATION', 'status');
        },
      }).api,
    );
    await refusing.open('i');
    await refusing.moveTo('IDEA');
    const state = refusing.getSnapshot();
    expect(state.moveError?.code).toBe('VALIDATION');
    expect(state.moving).toBe(false);
    expect(state.initiative.phase === 'loaded' && state.initiative.value?.status).toBe('INTAKE');
  });

  it('selects a connector and deselects it again', async () => {
    const store = createInitiativeStore(loaders().api);
    store.selectConnector('c1');
    expect(store.getSnapshot().selectedConnectorId).toBe('c1');
    store.selectConnector('c1');
    expect(store.getSnapshot().selectedConnectorId).toBeNull();
  });

  it('creates an initiative, then places it in its area and themes', async () => {
    const calls: string[] = [];
    const store = createInitiativeStore(
      loaders({
        create: async (input) => {
          calls.push(`create ${input.title} ${input.receivedAt} ${input.description ?? '-'}`);
          return 'n1';
        },
        link: async (input) => {
          calls.push(`${input.type} ${input.fromId}→${input.toId}`);
        },
      }).api,
    );
    const id = await store.create({
      title: ' Buurtmoestuin ',
      description: '  ',
      areaId: 'k',
      themeIds: ['t1', 't2'],
      receivedAt: '2026-11-01',
    });
    expect(id).toBe('n1');
    expect(calls).toEqual([
      'create Buurtmoestuin 2026-11-01 -',
      'LOCATED_IN n1→k',
      'ACTIVE_IN n1→t1',
      'ACTIVE_IN n1→t2',
    ]);
  });

  it('passes the server’s refusal of a new initiative on to the form, linking nothing', async () => {
    const links: string[] = [];
    const store = createInitiativeStore(
      loaders({
        create: async () => {
          throw new ApiError('VALIDATION', 'Title is required', 200, 'VALIDATION', 'title');
        },
        link: async (input) => {
          links.push(input.toId);
        },
      }).api,
    );
    const draft = {
      title: '',
      description: '',
      areaId: 'k',
      themeIds: [],
      receivedAt: '2026-11-01',
    };
    await expect(store.create(draft)).rejects.toMatchObject({ code: 'VALIDATION', field: 'title' });
    expect(links).toEqual([]);
  });
});
