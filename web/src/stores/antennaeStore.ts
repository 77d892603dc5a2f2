import type { Antenna, AreaThemeChoices, BlindSpot } from '../models/antennae';
import { createLoader, idle, type Loadable } from './loadable';
import { createState, type Observable } from './storeKit';

export interface AntennaeState {
  choices: Loadable<AreaThemeChoices>;
  areaId: string | null;
  themeId: string | null;
  antennae: Loadable<Antenna[]>;
  /** The area × theme cells there that the officials (nearly) do not reach. */
  blindSpots: Loadable<BlindSpot[]>;
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
  /** The blind spots under a root area, for one theme or (null) every theme. */
  blindSpots(areaId: string, themeId: string | null, signal: AbortSignal): Promise<BlindSpot[]>;
}

export const initialAntennaeState: AntennaeState = {
  choices: idle,
  areaId: null,
  themeId: null,
  antennae: idle,
  blindSpots: idle,
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
  const blindSpots = createLoader(state, (s, value: Loadable<BlindSpot[]>) => ({
    ...s,
    blindSpots: value,
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
        blindSpots.cancel();
        state.set({ ...state.get(), antennae: idle, blindSpots: idle });
        return;
      }
      // Coverage needs a root area: without a chosen one, the first offered (the municipality).
      const choices = state.get().choices;
      const rootId =
        areaId ?? (choices.phase === 'loaded' ? (choices.value.areas[0]?.id ?? null) : null);
      const loadBlindSpots = async () => {
        if (rootId !== null) {
          await blindSpots.load((signal) => loaders.blindSpots(rootId, themeId, signal));
          return;
        }
        blindSpots.cancel();
        state.set({ ...state.get(), blindSpots: idle });
      };
      await Promise.all([
        antennae.load((signal) => loaders.antennae(areaId, themeId, signal)),
        loadBlindSpots(),
      ]);
    },
    select(officialId) {
      const current = state.get();
      state.set({ ...current, selectedId: current.selectedId === officialId ? null : officialId });
    },
  };
}
