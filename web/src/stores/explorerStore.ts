import type { ApiError } from '../api/apiError';
import {
  addToGraph,
  collapseGraph,
  type ExplorerGraph,
  emptyGraph,
  expandGraph,
  graphFromNetwork,
  maxNetworkLimit,
  nextNetworkLimit,
  widenCenterNetwork,
} from '../models/explorerGraph';
import type { ColourBy, LayoutName, SizeBy } from '../models/graphElements';
import { defaultFilters, type GraphFilters } from '../models/graphView';
import type { Network, NetworkEdge, NetworkNode } from '../models/stakeholder';
import type { StakeholderDetails } from '../models/stakeholderDetails';
import { asApiError, createState, isAbort, type Observable } from './storeKit';

export type LoadPhase =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'loaded' }
  | { phase: 'failed'; error: ApiError };

export type DetailsState =
  | { phase: 'idle' }
  | { phase: 'loading'; id: string }
  | { phase: 'loaded'; id: string; details: StakeholderDetails }
  | { phase: 'missing'; id: string }
  | { phase: 'failed'; id: string; error: ApiError };

export interface ExplorerState {
  graph: ExplorerGraph;
  load: LoadPhase;
  /** Nodes whose network is being fetched for an expansion. */
  expanding: ReadonlySet<string>;
  /** A failed expansion, shown until the next action. */
  expandError: ApiError | null;
  /** The stakeholder whose details the panel shows (the center unless the user chose another). */
  activeId: string | null;
  details: DetailsState;
  /** Up to two nodes picked to show the shortest path between them (oldest first). */
  picked: readonly string[];
  filters: GraphFilters;
  layout: LayoutName;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  mode: 'graph' | 'table';
  /** The cap the center's network was loaded with; "load more" raises it. */
  centerLimit: number;
  /** A "load more" of the center's network is under way. */
  loadingMore: boolean;
}

/** How many nodes one network request brings at first (the explorer says what it left out). */
export const defaultNetworkLimit = 150;

export interface ExplorerStore extends Observable<ExplorerState> {
  /** Centres the explorer on a stakeholder: their depth-1 network and their details. */
  open(centerId: string | null): Promise<void>;
  toggleExpand(nodeId: string): Promise<void>;
  /** Loads more of a cut-off center network (double the cap, up to the server's maximum). */
  loadMore(): Promise<void>;
  activate(nodeId: string): void;
  togglePick(nodeId: string): void;
  clearPicks(): void;
  setFilters(filters: Partial<GraphFilters>): void;
  setLayout(layout: LayoutName): void;
  setColourBy(colourBy: ColourBy): void;
  setSizeBy(sizeBy: SizeBy): void;
  setMode(mode: ExplorerState['mode']): void;
  /** Puts what was just recorded on the graph and reloads the details shown. */
  recorded(addition: { nodes?: NetworkNode[]; edges?: NetworkEdge[] }): void;
  refreshDetails(): Promise<void>;
}

export interface ExplorerLoaders {
  network(centerId: string, signal: AbortSignal, limit: number): Promise<Network>;
  details(id: string, signal: AbortSignal): Promise<StakeholderDetails | null>;
}

export const initialExplorerState: ExplorerState = {
  graph: emptyGraph,
  load: { phase: 'idle' },
  expanding: new Set(),
  expandError: null,
  activeId: null,
  details: { phase: 'idle' },
  picked: [],
  filters: defaultFilters,
  layout: 'fcose',
  colourBy: 'kind',
  sizeBy: 'degree',
  mode: 'graph',
  centerLimit: defaultNetworkLimit,
  loadingMore: false,
};

/**
 * The explorer's state outside React: the loaded graph, expansions, the details shown, the
 * nodes picked for a path, and the view settings. Answers that arrive after the user moved on
 * are dropped.
 */
export function createExplorerStore(loaders: ExplorerLoaders): ExplorerStore {
  const state = createState<ExplorerState>(initialExplorerState);
  const update = (change: Partial<ExplorerState>) => state.set({ ...state.get(), ...change });
  let openRequest: AbortController | undefined;
  let detailsRequest: AbortController | undefined;

  const loadDetails = async (id: string, quiet = false) => {
    detailsRequest?.abort();
    const controller = new AbortController();
    detailsRequest = controller;
    if (!quiet) update({ details: { phase: 'loading', id } });
    try {
      const details = await loaders.details(id, controller.signal);
      if (controller.signal.aborted) return;
      update({
        details: details ? { phase: 'loaded', id, details } : { phase: 'missing', id },
      });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      update({ details: { phase: 'failed', id, error: asApiError(error) } });
    }
  };

  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,

    async open(centerId) {
      openRequest?.abort();
      detailsRequest?.abort();
      const current = state.get();
      if (centerId === null) {
        state.set({ ...initialExplorerState, ...viewSettings(current) });
        return;
      }
      const controller = new AbortController();
      openRequest = controller;
      state.set({
        ...initialExplorerState,
        ...viewSettings(current),
        load: { phase: 'loading' },
        activeId: centerId,
      });
      void loadDetails(centerId);
      try {
        const network = await loaders.network(centerId, controller.signal, defaultNetworkLimit);
        if (controller.signal.aborted) return;
        update({ graph: graphFromNetwork(network), load: { phase: 'loaded' } });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        update({ load: { phase: 'failed', error: asApiError(error) } });
      }
    },

    async toggleExpand(nodeId) {
      const current = state.get();
      if (current.expanding.has(nodeId) || !current.graph.nodes.has(nodeId)) return;
      if (current.graph.expansions.has(nodeId)) {
        const graph = collapseGraph(current.graph, nodeId);
        update({
          graph,
          expandError: null,
          picked: current.picked.filter((id) => graph.nodes.has(id)),
        });
        return;
      }
      const centerAtStart = current.graph.centerId;
      update({ expanding: new Set([...current.expanding, nodeId]), expandError: null });
      const signal = openRequest?.signal ?? new AbortController().signal;
      const done = () => {
        const expanding = new Set(state.get().expanding);
        expanding.delete(nodeId);
        return expanding;
      };
      try {
        const network = await loaders.network(nodeId, signal, defaultNetworkLimit);
        if (signal.aborted || state.get().graph.centerId !== centerAtStart) return;
        update({ graph: expandGraph(state.get().graph, nodeId, network), expanding: done() });
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        update({ expanding: done(), expandError: asApiError(error) });
      }
    },

    async loadMore() {
      const current = state.get();
      const centerId = current.graph.centerId;
      if (!centerId || current.loadingMore || current.centerLimit >= maxNetworkLimit) return;
      const limit = nextNetworkLimit(current.centerLimit);
      const signal = openRequest?.signal ?? new AbortController().signal;
      update({ loadingMore: true, expandError: null });
      try {
        const network = await loaders.network(centerId, signal, limit);
        if (signal.aborted || state.get().graph.centerId !== centerId) return;
        update({
          graph: widenCenterNetwork(state.get().graph, network),
          centerLimit: limit,
          loadingMore: false,
        });
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        update({ loadingMore: false, expandError: asApiError(error) });
      }
    },

    activate(nodeId) {
      if (state.get().activeId === nodeId) return;
      update({ activeId: nodeId });
      void loadDetails(nodeId);
    },

    togglePick(nodeId) {
      const { picked } = state.get();
      if (picked.includes(nodeId)) {
        update({ picked: picked.filter((id) => id !== nodeId) });
        return;
      }
      update({ picked: [...picked, nodeId].slice(-2) });
    },

    clearPicks() {
      update({ picked: [] });
    },

    setFilters(filters) {
      update({ filters: { ...state.get().filters, ...filters } });
    },
    setLayout(layout) {
      update({ layout });
    },
    setColourBy(colourBy) {
      update({ colourBy });
    },
    setSizeBy(sizeBy) {
      update({ sizeBy });
    },
    setMode(mode) {
      update({ mode });
    },

    recorded(addition) {
      update({ graph: addToGraph(state.get().graph, addition) });
      const { activeId } = state.get();
      if (activeId) void loadDetails(activeId, true);
    },

    async refreshDetails() {
      const { activeId } = state.get();
      if (activeId) await loadDetails(activeId, true);
    },
  };
}

const viewSettings = (state: ExplorerState) => ({
  filters: state.filters,
  layout: state.layout,
  colourBy: state.colourBy,
  sizeBy: state.sizeBy,
  mode: state.mode,
});
