import type { Antenna, AreaThemeChoices } from '../models/antennae';
import { createLoader, idle, type Loadable } from './loadable';
import { createState, type Observable } from './storeKit';

export interface AntennaeState {
  choices: Loadable<AreaThemeChoices>;
  areaId: string | null;
  themeId: string | null;
  antennae: Loadable<Antenna[]>;
  /** The official whose reach the graph and list single out. */
  selectedId: string | null;
}

export interface AntennaeStore extends Observable<AntennaeState> {
  /** Loads the areas and themes to choose from (once). */
  loadChoices(): Promise<void>;
  /** Shows the antennae of an area and/or theme (at least one of them). */
  choose(areaId: string | null, themeId: string | null): Promise<void>;
  select(officialId: string | null): void;
}

export interface AntennaeLoaders {
  choices(signal: AbortSignal): Promise<AreaThemeChoices>;
  antennae(areaId: string | null, themeId: string | null, signal: AbortSignal): Promise<Antenna[]>;
}

export const initialAntennaeState: AntennaeState = {
  choices: idle,
  areaId: null,
  themeId: null,
  antennae: idle,
  selectedId: null,
};

/** The antennae view: which area and theme are chosen, the antennae there, the one singled out. */
export function createAntennaeStore(loaders: AntennaeLoaders): AntennaeStore {
  const state = createState<AntennaeState>(initialAntennaeState);
  const choices = createLoader(state, (s, value: Loadable<AreaThemeChoices>) => ({
    ...s,
    choices: value,
  }));
  const antennae = createLoader(state, (s, value: Loadable<Antenna[]>) => ({
    ...s,
    antennae: value,
  }));
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async loadChoices() {
      if (state.get().choices.phase === 'loaded') return;
      await choices.load(loaders.choices);
    },
    async choose(areaId, themeId) {
      state.set({ ...state.get(), areaId, themeId, selectedId: null });
      if (areaId === null && themeId === null) {
        antennae.cancel();
        state.set({ ...state.get(), antennae: idle });
        return;
      }
      await antennae.load((signal) => loaders.antennae(areaId, themeId, signal));
    },
    select(officialId) {
      const current = state.get();
      state.set({ ...current, selectedId: current.selectedId === officialId ? null : officialId });
    },
  };
}
