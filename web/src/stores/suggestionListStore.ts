import type { ApiError } from '../api/apiError';
import {
  afterDecision,
  type DecidedSuggestion,
  type Suggestion,
  type SuggestionDecision,
} from '../models/suggestions';
import { createLoader, idle, type Loadable } from './loadable';
import { asApiError, createState, type Observable } from './storeKit';

export interface SuggestionListState {
  /** The person or initiative (global id) the suggestions are for. */
  forId: string | null;
  suggestions: Loadable<Suggestion[]>;
  /** The suggestion a decision is being sent for. */
  deciding: string | null;
  /** The last decision that failed, with the suggestion it was for. */
  decisionError: { id: string; error: ApiError } | null;
  /** The last decision made, to confirm it to the user. */
  decided: { suggestion: Suggestion; result: DecidedSuggestion } | null;
}

export interface SuggestionListStore extends Observable<SuggestionListState> {
  open(forId: string | null): Promise<void>;
  decide(id: string, decision: SuggestionDecision, snoozeUntil?: string): Promise<void>;
  /** The signed-in official's own person (global id), or null (not signed in, or not linked). */
  ownPerson(signal: AbortSignal): Promise<string | null>;
}

export interface SuggestionLoaders {
  suggestions(forId: string, signal: AbortSignal): Promise<Suggestion[]>;
  decide(
    id: string,
    decision: SuggestionDecision,
    snoozeUntil: string | null,
  ): Promise<DecidedSuggestion>;
  ownPerson(signal: AbortSignal): Promise<string | null>;
}

export const initialSuggestionListState: SuggestionListState = {
  forId: null,
  suggestions: idle,
  deciding: null,
  decisionError: null,
  decided: null,
};

/**
 * Suggested introductions for one person or initiative, and the decisions on them: an accepted,
 * dismissed or snoozed suggestion leaves the list; a failed decision is kept with its error.
 */
export function createSuggestionListStore(loaders: SuggestionLoaders): SuggestionListStore {
  const state = createState<SuggestionListState>(initialSuggestionListState);
  const list = createLoader(state, (s, value: Loadable<Suggestion[]>) => ({
    ...s,
    suggestions: value,
  }));
  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async open(forId) {
      state.set({ ...initialSuggestionListState, forId });
      if (forId === null) {
        list.cancel();
        return;
      }
      await list.load((signal) => loaders.suggestions(forId, signal));
    },
    ownPerson: loaders.ownPerson,
    async decide(id, decision, snoozeUntil) {
      const current = state.get();
      if (current.deciding || current.suggestions.phase !== 'loaded') return;
      const suggestion = current.suggestions.value.find((s) => s.id === id);
      if (!suggestion) return;
      state.set({ ...current, deciding: id, decisionError: null, decided: null });
      try {
        const result = await loaders.decide(id, decision, snoozeUntil ?? null);
        const now = state.get();
        if (now.forId !== current.forId) return;
        state.set({
          ...now,
          deciding: null,
          decided: { suggestion, result },
          suggestions:
            now.suggestions.phase === 'loaded'
              ? { phase: 'loaded', value: afterDecision(now.suggestions.value, result) }
              : now.suggestions,
        });
      } catch (error) {
        const now = state.get();
        if (now.forId !== current.forId) return;
        state.set({ ...now, deciding: null, decisionError: { id, error: asApiError(error) } });
      }
    },
  };
}
