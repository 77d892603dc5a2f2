import type { ApiError } from '../api/apiError';
import type { Dashboard, Handover } from '../models/dashboard';
import { asApiError, createState, isAbort, type Observable } from './storeKit';

export type Loadable<T> =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'loaded'; value: T }
  | { phase: 'failed'; error: ApiError };

export interface DashboardState {
  dashboard: Loadable<Dashboard>;
  /** The post picked in the handover view, and what its official's leaving would cost. */
  postId: string | null;
  handover: Loadable<Handover>;
}

export interface DashboardApi {
  dashboard(signal: AbortSignal): Promise<Dashboard>;
  handover(postId: string, rootId: string, signal: AbortSignal): Promise<Handover>;
}

export interface DashboardStore extends Observable<DashboardState> {
  load(): Promise<void>;
  pickPost(postId: string | null): Promise<void>;
}

export function createDashboardStore(api: DashboardApi): DashboardStore {
  const state = createState<DashboardState>({
    dashboard: { phase: 'idle' },
    postId: null,
    handover: { phase: 'idle' },
  });
  let dashboardRequest: AbortController | undefined;
  let handoverRequest: AbortController | undefined;
  const patch = (next: Partial<DashboardState>) => state.set({ ...state.get(), ...next });
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async load() {
      dashboardRequest?.abort();
      const controller = new AbortController();
      dashboardRequest = controller;
      patch({ dashboard: { phase: 'loading' } });
      try {
        const value = await api.dashboard(controller.signal);
        if (!controller.signal.aborted) patch({ dashboard: { phase: 'loaded', value } });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        patch({ dashboard: { phase: 'failed', error: asApiError(error) } });
      }
    },
    async pickPost(postId) {
      handoverRequest?.abort();
      const current = state.get().dashboard;
      if (postId === null || current.phase !== 'loaded') {
        patch({ postId: null, handover: { phase: 'idle' } });
        return;
      }
      const controller = new AbortController();
      handoverRequest = controller;
      patch({ postId, handover: { phase: 'loading' } });
      try {
        const value = await api.handover(postId, current.value.root.id, controller.signal);
        if (!controller.signal.aborted) patch({ handover: { phase: 'loaded', value } });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        patch({ handover: { phase: 'failed', error: asApiError(error) } });
      }
    },
  };
}
