import type { ApiError } from '../api/apiError';
import { asApiError, type createState, isAbort } from './storeKit';

/** Something loaded from the API: not asked for yet, on its way, there, or failed. */
export type Loadable<T> =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'loaded'; value: T }
  | { phase: 'failed'; error: ApiError };

export const idle: Loadable<never> = { phase: 'idle' };

/**
 * Loads into one field of a store, dropping answers that arrive after a newer load started or
 * after `cancel()`: the user moved on.
 */
export function createLoader<State, T>(
  state: ReturnType<typeof createState<State>>,
  put: (state: State, value: Loadable<T>) => State,
) {
  let current: AbortController | undefined;
  return {
    async load(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      state.set(put(state.get(), { phase: 'loading' }));
      try {
        const value = await work(controller.signal);
        if (controller.signal.aborted) return undefined;
        state.set(put(state.get(), { phase: 'loaded', value }));
        return value;
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return undefined;
        state.set(put(state.get(), { phase: 'failed', error: asApiError(error) }));
        return undefined;
      }
    },
    cancel() {
      current?.abort();
      current = undefined;
    },
  };
}
