import { describe, expect, it } from 'vitest';
import { createAntennaeStore } from './antennaeStore';

describe('the antennae store', () => {
  it('asks for the antennae of the chosen area and theme, and for nothing when neither is chosen', async () => {
    const asked: string[] = [];
    const store = createAntennaeStore({
      choices: async () => ({ areas: [{ id: 'k', name: 'Lievelde' }], themes: [] }),
      antennae: async (areaId, themeId) => {
        asked.push(`${areaId}/${themeId}`);
        return [];
      },
      blindSpots: async () => [],
    });
    await store.loadChoices();
    expect(store.getSnapshot().choices).toMatchObject({ phase: 'loaded' });
    await store.choose('k', null);
    await store.choose('k', 't');
    expect(asked).toEqual(['k/null', 'k/t']);
    expect(store.getSnapshot().antennae).toEqual({ phase: 'loaded', value: [] });
    await store.choose(null, null);
    expect(asked).toHaveLength(2);
    expect(store.getSnapshot().antennae).toEqual({ phase: 'idle' });
  });

  it('singles out one official at a time, and lets go on a second click', () => {
    const store = createAntennaeStore({
      choices: async () => ({ areas: [], themes: [] }),
      antennae: async () => [],
      blindSpots: async () => [],
    });
    store.select('o1');
    store.select('o2');
    expect(store.getSnapshot().selectedId).toBe('o2');
    store.select('o2');
    expect(store.getSnapshot().selectedId).toBeNull();
  });

  it('asks for the blind spots under the chosen area, or the first area offered for a theme alone', async () => {
    const roots: string[] = [];
    const spot = {
      area: { id: 'k', kind: 'AREA' as const, name: 'Lievelde' },
      theme: { id: 't', kind: 'THEME' as const, name: 'Zorg' },
      stakeholders: 8,
      reached: 0,
      share: 0,
      noAntenna: true,
    };
    const store = createAntennaeStore({
      choices: async () => ({
        areas: [
          { id: 'm', name: 'Oost Gelre' },
          { id: 'k', name: 'Lievelde' },
        ],
        themes: [{ id: 't', name: 'Zorg' }],
      }),
      antennae: async () => [],
      blindSpots: async (areaId, themeId) => {
        roots.push(`${areaId}/${themeId}`);
        return [spot];
      },
    });
    await store.loadChoices();
    await store.choose('k', null);
    expect(store.getSnapshot().blindSpots).toEqual({ phase: 'loaded', value: [spot] });
    await store.choose(null, 't');
    expect(roots).toEqual(['k/null', 'm/t']);
    await store.choose(null, null);
    expect(store.getSnapshot().blindSpots).toEqual({ phase: 'idle' });
  });
});
