import type { ApiError } from '../api/apiError';
import type { SearchHit } from '../models/stakeholder';
import { asApiError, createState, isAbort, type Observable } from './storeKit';

export type SearchState =
  | { phase: 'idle'; text: string }
  | { phase: 'searching'; text: string; hits: readonly SearchHit[] }
  | { phase: 'done'; text: string; hits: readonly SearchHit[] }
  | { phase: 'failed'; text: string; error: ApiError };

export interface SearchStore extends Observable<SearchState> {
  /** What the user typed; the search runs once they pause for `delayMs`. */
  setText(text: string): void;
  clear(): void;
}

export type RunSearch = (text: string, signal: AbortSignal) => Promise<SearchHit[]>;

/**
 * Debounced type-ahead: one request per pause in typing, an older answer never overwrites a
 * newer one, and the text the API would refuse (empty, too long) never leaves the browser.
 */
export function createSearchStore(run: RunSearch, delayMs = 200): SearchStore {
  const state = createState<SearchState>({ phase: 'idle', text: '' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    inFlight?.abort();
    inFlight = undefined;
  };
  const search = async (query: string, text: string) => {
    const controller = new AbortController();
    inFlight = controller;
    try {
      const hits = await run(query, controller.signal);
      if (!controller.signal.aborted) state.set({ phase: 'done', text, hits });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      state.set({ phase: 'failed', text, error: asApiError(error) });
    }
  };
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    setText(text) {
      cancel();
      const query = text.trim().slice(0, 100);
      if (query === '') {
        state.set({ phase: 'idle', text });
        return;
      }
      const previous = state.get();
      const hits = previous.phase === 'done' || previous.phase === 'searching' ? previous.hits : [];
      state.set({ phase: 'searching', text, hits });
      timer = setTimeout(() => void search(query, text), delayMs);
    },
    clear() {
      cancel();
      state.set({ phase: 'idle', text: '' });
    },
  };
}
