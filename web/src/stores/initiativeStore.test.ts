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
});
