import type { ApiError } from '../api/apiError';
import type { AreaThemeChoices } from '../models/antennae';
import {
  createInitiativeInput,
  type InitiativeConnectors,
  type InitiativeListItem,
  type InitiativeStatus,
  type NewInitiative,
  newInitiativeLinks,
  type WorkspaceInitiative,
} from '../models/initiativeWorkspace';
import { createLoader, idle, type Loadable } from './loadable';
import { asApiError, createState, type Observable } from './storeKit';

export interface InitiativeState {
  list: Loadable<InitiativeListItem[]>;
  /** The areas and themes a new initiative can be placed in. */
  choices: Loadable<AreaThemeChoices>;
  /** The initiative open in the workspace (null when the id names none). */
  initiative: Loadable<WorkspaceInitiative | null>;
  connectors: Loadable<InitiativeConnectors>;
  /** How many steps a connector may be from a target (1 or 2). */
  steps: 1 | 2;
  /** The connector whose paths the graph highlights. */
  selectedConnectorId: string | null;
  moving: boolean;
  moveError: ApiError | null;
}

export interface InitiativeStore extends Observable<InitiativeState> {
  loadList(): Promise<void>;
  loadChoices(): Promise<void>;
  /**
   * Creates an initiative and links it to its area and themes; resolves to its id. A refusal
   * (e.g. VALIDATION on a field) is thrown for the form to show.
   */
  create(draft: NewInitiative): Promise<string>;
  /** Opens an initiative: its details and its connectors. */
  open(id: string): Promise<void>;
  setSteps(steps: 1 | 2): Promise<void>;
  selectConnector(id: string | null): void;
  moveTo(status: InitiativeStatus): Promise<void>;
  /** Reloads the connectors (after an introduction changed the network). */
  refreshConnectors(): Promise<void>;
}

export interface InitiativeLoaders {
  list(signal: AbortSignal): Promise<InitiativeListItem[]>;
  initiative(id: string, signal: AbortSignal): Promise<WorkspaceInitiative | null>;
  connectors(id: string, steps: 1 | 2, signal: AbortSignal): Promise<InitiativeConnectors>;
  move(id: string, status: InitiativeStatus): Promise<InitiativeStatus>;
  choices(signal: AbortSignal): Promise<AreaThemeChoices>;
  create(input: ReturnType<typeof createInitiativeInput>): Promise<string>;
  link(input: ReturnType<typeof newInitiativeLinks>[number]): Promise<void>;
}

export const initialInitiativeState: InitiativeState = {
  list: idle,
  choices: idle,
  initiative: idle,
  connectors: idle,
  steps: 1,
  selectedConnectorId: null,
  moving: false,
  moveError: null,
};

/** The initiative workspace: the list to open from, the open initiative and its connectors. */
export function createInitiativeStore(loaders: InitiativeLoaders): InitiativeStore {
  const state = createState<InitiativeState>(initialInitiativeState);
  const list = createLoader(state, (s, value: Loadable<InitiativeListItem[]>) => ({
    ...s,
    list: value,
  }));
  const choices = createLoader(state, (s, value: Loadable<AreaThemeChoices>) => ({
    ...s,
    choices: value,
  }));
  const initiative = createLoader(state, (s, value: Loadable<WorkspaceInitiative | null>) => ({
    ...s,
    initiative: value,
  }));
  const connectors = createLoader(state, (s, value: Loadable<InitiativeConnectors>) => ({
    ...s,
    connectors: value,
  }));
  const openId = () => {
    const current = state.get().initiative;
    return current.phase === 'loaded' ? (current.value?.id ?? null) : null;
  };
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async loadList() {
      await list.load(loaders.list);
    },
    async loadChoices() {
      if (state.get().choices.phase === 'loaded') return;
      await choices.load(loaders.choices);
    },
    async create(draft) {
      const id = await loaders.create(createInitiativeInput(draft));
      for (const link of newInitiativeLinks(id, draft)) await loaders.link(link);
      return id;
    },
    async open(id) {
      state.set({
        ...initialInitiativeState,
        list: state.get().list,
        choices: state.get().choices,
        steps: state.get().steps,
      });
      const steps = state.get().steps;
      await Promise.all([
        initiative.load((signal) => loaders.initiative(id, signal)),
        connectors.load((signal) => loaders.connectors(id, steps, signal)),
      ]);
    },
    async setSteps(steps) {
      state.set({ ...state.get(), steps, selectedConnectorId: null });
      const id = openId();
      if (id) await connectors.load((signal) => loaders.connectors(id, steps, signal));
    },
    selectConnector(id) {
      const current = state.get();
      state.set({
        ...current,
        selectedConnectorId: current.selectedConnectorId === id ? null : id,
      });
    },
    async moveTo(status) {
      const current = state.get();
      const open = current.initiative.phase === 'loaded' ? current.initiative.value : null;
      if (!open || current.moving) return;
      state.set({ ...current, moving: true, moveError: null });
      try {
        const moved = await loaders.move(open.id, status);
        const now = state.get();
        if (now.initiative.phase !== 'loaded' || now.initiative.value?.id !== open.id) return;
        state.set({
          ...now,
          moving: false,
          initiative: { phase: 'loaded', value: { ...now.initiative.value, status: moved } },
        });
      } catch (error) {
        state.set({ ...state.get(), moving: false, moveError: asApiError(error) });
      }
    },
    async refreshConnectors() {
      const id = openId();
      const steps = state.get().steps;
      if (id) await connectors.load((signal) => loaders.connectors(id, steps, signal));
    },
  };
}
