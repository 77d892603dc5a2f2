import { ApiError } from '../api/apiError';

/** The subscribe/snapshot pair every store offers to `useSyncExternalStore`. */
export interface Observable<State> {
  getSnapshot(): State;
  subscribe(listener: () => void): () => void;
}

/** A value with listeners: the smallest store. */
export function createState<State>(initial: State) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: State) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Any failure as an `ApiError`, so the UI can always translate it. */
export const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));

export const isAbort = (error: unknown) =>
  error instanceof DOMException && error.name === 'AbortError';
