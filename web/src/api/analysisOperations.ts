import { parseAntennae, parseAreaThemeChoices, parseCoverage } from '../models/antennae';
import {
  parseConnectors,
  parseCreatedInitiative,
  parseInitiativeList,
  parseMovedInitiative,
  parseWorkspaceInitiative,
} from '../models/initiativeWorkspace';
import { parseDecidedSuggestion, parseSuggestions, parseViewerPerson } from '../models/suggestions';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

/**
 * The operations of the antennae view, the initiative workspace and the suggestions inbox, typed
 * by gql.tada from `api/schema.graphql` and parsed at this edge by their models.
 */

export const areaThemeChoicesQuery = defineOperation(
  graphql(`
    query AreaThemeChoices {
      municipalities: areas(first: 10, filter: { level: MUNICIPALITY }) { edges { node { id name level } } }
      kernen: areas(first: 100, filter: { level: KERN }) { edges { node { id name level } } }
      themes(first: 100) { edges { node { id name } } }
    }
  `),
  parseAreaThemeChoices,
);

export const antennaeQuery = defineOperation(
  graphql(`
    query Antennae($areaId: ID, $themeId: ID) {
      antennae(areaId: $areaId, themeId: $themeId) {
        official { id kind name }
        reachCount
        reached { id kind name }
        uniqueReach
        uniquelyReached { id kind name }
        areas { id kind name }
        themes { id kind name }
      }
    }
  `),
  parseAntennae,
);

export const initiativeListQuery = defineOperation(
  graphql(`
    query InitiativeList {
      initiatives(first: 100) { edges { node { id title status receivedAt } } }
    }
  `),
  parseInitiativeList,
);

export const createInitiativeMutation = defineOperation(
  graphql(`
    mutation CreateInitiative($input: CreateInitiativeInput!) {
      createInitiative(input: $input) { id }
    }
  `),
  parseCreatedInitiative,
);

export const linkNewInitiativeMutation = defineOperation(
  graphql(`
    mutation LinkNewInitiative($input: CreateLinkInput!) {
      createLink(input: $input) { created }
    }
  `),
  () => undefined,
);

export const coverageQuery = defineOperation(
  graphql(`
    query AntennaeCoverage($areaId: ID!, $themeIds: [ID!]) {
      coverage(areaId: $areaId, themeIds: $themeIds) {
        area { id kind name }
        theme { id kind name }
        stakeholders
        reached
        share
        blindSpot
      }
    }
  `),
  parseCoverage,
);

export const workspaceInitiativeQuery = defineOperation(
  graphql(`
    query WorkspaceInitiative($id: ID!) {
      node(id: $id) {
        __typename
        ... on Initiative {
          id title description status receivedAt firstResponseAt
          areas { id name }
          themes { id name }
          participants { id type from { __typename ... on Person { id name } ... on Organization { id name } } }
        }
      }
    }
  `),
  parseWorkspaceInitiative,
);

export const connectorsQuery = defineOperation(
  graphql(`
    query InitiativeConnectors($initiativeId: ID!, $steps: Int) {
      connectors(initiativeId: $initiativeId, max: 5, steps: $steps) {
        targets { id kind name }
        connectors {
          person { id kind name }
          gain
          newTargets { id kind name }
          paths { nodes { id kind name } text }
        }
      }
    }
  `),
  parseConnectors,
);

export const updateInitiativeStatusMutation = defineOperation(
  graphql(`
    mutation MoveInitiative($id: ID!, $status: InitiativeStatus!) {
      updateInitiative(id: $id, input: { status: $status }) { id status }
    }
  `),
  parseMovedInitiative,
);

export const suggestionsQuery = defineOperation(
  graphql(`
    query Suggestions($for: ID!, $first: Int) {
      suggestions(for: $for, first: $first) {
        id score status
        subject { id kind name }
        candidate { id kind name }
        mutualContacts { id kind name }
        reasons { nl en }
      }
    }
  `),
  parseSuggestions,
);

export const decideSuggestionMutation = defineOperation(
  graphql(`
    mutation DecideSuggestion($id: ID!, $decision: SuggestionDecision!, $snoozeUntil: Date) {
      decideSuggestion(id: $id, decision: $decision, snoozeUntil: $snoozeUntil) {
        id status snoozedUntil
      }
    }
  `),
  parseDecidedSuggestion,
);

export const viewerPersonQuery = defineOperation(
  graphql(`
    query ViewerPerson {
      me { id displayName personId }
    }
  `),
  parseViewerPerson,
);
