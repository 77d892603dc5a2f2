import { ApiError } from '../api/apiError';
import type { SystemStatus } from '../models/systemStatus';

export type SystemStatusState =
  | { phase: 'loading'; checkedAt?: undefined }
  | { phase: 'loaded'; status: SystemStatus; checkedAt: Date }
  | { phase: 'failed'; error: ApiError; checkedAt: Date };

export interface SystemStatusStore {
  getSnapshot(): SystemStatusState;
  subscribe(listener: () => void): () => void;
  /** Asks again; an answer still on its way is abandoned so an old answer never wins. */
  refresh(): Promise<void>;
}

export type LoadSystemStatus = (signal: AbortSignal) => Promise<SystemStatus>;

export function createSystemStatusStore(
  load: LoadSystemStatus,
  now: () => Date = () => new Date(),
): SystemStatusStore {
  let state: SystemStatusState = { phase: 'loading' };
  let inFlight: AbortController | undefined;
  const listeners = new Set<() => void>();
  const set = (next: SystemStatusState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async refresh() {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      if (state.phase !== 'loading') set({ phase: 'loading' });
      try {
        const status = await load(controller.signal);
        if (controller.signal.aborted) return;
        set({ phase: 'loaded', status, checkedAt: now() });
      } catch (error) {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error), undefined);
        set({ phase: 'failed', error: apiError, checkedAt: now() });
      } finally {
        if (inFlight === controller) inFlight = undefined;
      }
    },
  };
}
