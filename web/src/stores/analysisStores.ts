import {
  antennaeQuery,
  areaThemeChoicesQuery,
  connectorsQuery,
  coverageQuery,
  createInitiativeMutation,
  decideSuggestionMutation,
  initiativeListQuery,
  linkNewInitiativeMutation,
  suggestionsQuery,
  updateInitiativeStatusMutation,
  viewerPersonQuery,
  workspaceInitiativeQuery,
} from '../api/analysisOperations';
import type { GraphQLClient } from '../api/graphqlClient';
import { type AntennaeStore, createAntennaeStore } from './antennaeStore';
import { createInitiativeStore, type InitiativeStore } from './initiativeStore';
import { createSuggestionListStore, type SuggestionListStore } from './suggestionListStore';

/** The stores of the antennae view, the initiative workspace and the suggestions inbox. */
export interface AnalysisStores {
  antennae: AntennaeStore;
  initiatives: InitiativeStore;
  /** The suggested introductions of the initiative open in the workspace. */
  initiativeSuggestions: SuggestionListStore;
  /** The suggestions inbox. */
  suggestions: SuggestionListStore;
}

export function createAnalysisStores(client: GraphQLClient): AnalysisStores {
  const suggestionLoaders = {
    suggestions: (forId: string, signal: AbortSignal) =>
      client.request(suggestionsQuery, { for: forId, first: 10 }, { signal }),
    decide: (id: string, decision: 'ACCEPT' | 'DISMISS' | 'SNOOZE', snoozeUntil: string | null) =>
      client.request(decideSuggestionMutation, { id, decision, snoozeUntil }),
    ownPerson: async (signal: AbortSignal) =>
      (await client.request(viewerPersonQuery, {}, { signal }))?.personId ?? null,
  };
  return {
    antennae: createAntennaeStore({
      choices: (signal) => client.request(areaThemeChoicesQuery, {}, { signal }),
      antennae: (areaId, themeId, signal) =>
        client.request(antennaeQuery, { areaId, themeId }, { signal }),
      blindSpots: (areaId, themeId, signal) =>
        client.request(coverageQuery, { areaId, themeIds: themeId ? [themeId] : null }, { signal }),
    }),
    initiatives: createInitiativeStore({
      list: (signal) => client.request(initiativeListQuery, {}, { signal }),
      initiative: (id, signal) => client.request(workspaceInitiativeQuery, { id }, { signal }),
      connectors: (initiativeId, steps, signal) =>
        client.request(connectorsQuery, { initiativeId, steps }, { signal }),
      move: (id, status) => client.request(updateInitiativeStatusMutation, { id, status }),
      choices: (signal) => client.request(areaThemeChoicesQuery, {}, { signal }),
      create: (input) => client.request(createInitiativeMutation, { input }),
      link: (input) => client.request(linkNewInitiativeMutation, { input }),
    }),
    initiativeSuggestions: createSuggestionListStore(suggestionLoaders),
    suggestions: createSuggestionListStore(suggestionLoaders),
  };
}
