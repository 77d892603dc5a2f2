import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { Suggestion } from '../models/suggestions';
import { createSuggestionListStore, type SuggestionLoaders } from './suggestionListStore';

const suggestion = (id: string, candidate: string): Suggestion => ({
  id,
  subject: { id: 'ann', kind: 'PERSON', name: 'Ann' },
  candidate: { id: candidate, kind: 'PERSON', name: candidate },
  score: 1,
  status: 'OPEN',
  mutualContacts: [],
  reasons: [],
});

function loaders(overrides: Partial<SuggestionLoaders> = {}): SuggestionLoaders & {
  decided: string[];
} {
  const decided: string[] = [];
  return {
    decided,
    suggestions: async (forId) =>
      forId === 'ann' ? [suggestion('s1', 'Cas'), suggestion('s2', 'Dirk')] : [],
    decide: async (id, decision, snoozeUntil) => {
      decided.push(`${id}:${decision}:${snoozeUntil ?? ''}`);
      return {
        id,
        status:
          decision === 'ACCEPT' ? 'ACCEPTED' : decision === 'DISMISS' ? 'DISMISSED' : 'SNOOZED',
        snoozedUntil: snoozeUntil,
      };
    },
    ownPerson: async () => null,
    ...overrides,
  };
}

describe('the suggestion list store', () => {
  it('loads the suggestions for a person and takes a decided one off the list', async () => {
    const api = loaders();
    const store = createSuggestionListStore(api);
    await store.open('ann');
    expect(store.getSnapshot().suggestions).toMatchObject({ phase: 'loaded' });
    await store.decide('s1', 'SNOOZE', '2026-12-29');
    const state = store.getSnapshot();
    expect(api.decided).toEqual(['s1:SNOOZE:2026-12-29']);
    expect(state.decided?.suggestion.candidate.name).toBe('Cas');
    expect(state.decided?.result.status).toBe('SNOOZED');
    expect(
      state.suggestions.phase === 'loaded' && state.suggestions.value.map((s) => s.id),
    ).toEqual(['s2']);
  });

  it('keeps a suggestion whose decision failed, with the error (e.g. not signed in)', async () => {
    const store = createSuggestionListStore(
      loaders({
        decide: async () => {
          throw new ApiError('UNAUTHENTICATED', 'sign in', 401);
        },
      }),
    );
    await store.open('ann');
    await store.decide('s2', 'ACCEPT');
    const state = store.getSnapshot();
    expect(state.decisionError?.id).toBe('s2');
    expect(state.decisionError?.error.code).toBe('UNAUTHENTICATED');
    expect(state.deciding).toBeNull();
    expect(state.suggestions.phase === 'loaded' && state.suggestions.value).toHaveLength(2);
  });

  it('drops a slow answer for a person the user has left', async () => {
    let release: () => void = () => {};
    const store = createSuggestionListStore(
      loaders({
        suggestions: (forId) =>
          new Promise((resolve) => {
            if (forId === 'slow') release = () => resolve([suggestion('x', 'Late')]);
            else resolve([]);
          }),
      }),
    );
    const slow = store.open('slow');
    await store.open('other');
    release();
    await slow;
    expect(store.getSnapshot().forId).toBe('other');
    expect(store.getSnapshot().suggestions).toEqual({ phase: 'loaded', value: [] });
  });
});
