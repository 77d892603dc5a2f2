import type { Role } from '../auth/roles.js';

/**
 * Who may call each Query and Mutation field (docs/privacy.md §7), for `accessMatrix.int.test.ts`.
 * Every field of the built schema must have a row: a new field without one fails that test.
 *
 * - `allowed`: the roles that pass the role check (`everyone`: anonymous callers too). Anyone
 *   else gets UNAUTHENTICATED when anonymous and FORBIDDEN when signed in.
 * - `outside`: what an OFFICIAL or AREA_BROKER gets when the request targets the other area's
 *   data: NOT_FOUND, `null` (as for an unknown id), or `hidden` (the answer leaves it out). Rows
 *   without it do not depend on the area. Whatever the row, no answer to an area-scoped account
 *   may name a stakeholder of the other area.
 * - `request`: the operation, built from the targets of one side (inside or outside the account's
 *   area). `fresh` makes a new target there for operations that consume one (deletes, erasure).
 * - `freshSession`: the call ends or swaps the caller's session, so it gets a session of its own.
 */
export interface Targets {
  person: string;
  organization: string;
  initiative: string;
  link: string;
  contact: string;
  area: string;
  theme: string;
  /** A word every stakeholder name of this side contains (for search). */
  marker: string;
  /** A throwaway account's credentials, for signIn. */
  signInAccount: { username: string; password: string };
  fresh(kind: 'Person' | 'Organization' | 'Initiative' | 'Contact' | 'Link'): Promise<string>;
}

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface AccessRow {
  allowed: readonly Role[] | 'everyone';
  outside?: 'NOT_FOUND' | 'null' | 'hidden';
  freshSession?: true;
  request(targets: Targets): Operation | Promise<Operation>;
}

const register = ['OFFICIAL', 'AREA_BROKER', 'PRIVACY_OFFICER'] as const satisfies Role[];
const fieldWorkers = ['OFFICIAL', 'AREA_BROKER'] as const satisfies Role[];
const initiativeWriters = ['AREA_BROKER', 'PRIVACY_OFFICER'] as const satisfies Role[];
const dashboard = ['MANAGEMENT', 'ADMIN'] as const satisfies Role[];
const unknownId = '00000000-0000-4000-8000-000000000000';
const person = {
  legalBasis: 'PUBLIC_TASK',
  legalReference: 'Gemeentewet art. 160',
  purpose: 'Matrix test',
  retainUntil: '2099-01-01',
};

export const queryAccess: Record<string, AccessRow> = {
  accounts: { allowed: ['ADMIN'], request: () => ({ query: '{ accounts { id } }' }) },
  analysisRun: {
    allowed: register,
    request: () => ({
      query: 'query ($id: ID!) { analysisRun(id: $id) { id } }',
      variables: { id: unknownId },
    }),
  },
  analysisRuns: { allowed: register, request: () => ({ query: '{ analysisRuns { id } }' }) },
  antennae: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'query ($a: ID) { antennae(areaId: $a) { official { name } reached { name } } }',
      variables: { a: t.area },
    }),
  },
  areas: {
    allowed: register,
    request: () => ({ query: '{ areas(first: 100) { edges { node { id name } } } }' }),
  },
  auditChainStatus: {
    allowed: ['PRIVACY_OFFICER'],
    request: () => ({ query: '{ auditChainStatus { __typename } }' }),
  },
  auditTrail: {
    allowed: ['PRIVACY_OFFICER'],
    request: () => ({ query: '{ auditTrail(first: 1) { edges { node { seq } } } }' }),
  },
  connectors: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query:
        'query ($i: ID!) { connectors(initiativeId: $i) { targets { name } connectors { person { name } } } }',
      variables: { i: t.initiative },
    }),
  },
  contacts: {
    allowed: register,
    outside: 'hidden',
    request: () => ({ query: '{ contacts(first: 100) { edges { node { id note } } } }' }),
  },
  coverage: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query:
        'query ($a: ID!) { coverage(areaId: $a) { stakeholders singlePointOfFailure { stakeholder { name } } } }',
      variables: { a: t.area },
    }),
  },
  handover: {
    allowed: dashboard,
    request: () => ({
      query: 'query ($p: ID!) { handover(postId: $p) { __typename } }',
      variables: { p: unknownId },
    }),
  },
  initiatives: {
    allowed: register,
    outside: 'hidden',
    request: () => ({ query: '{ initiatives(first: 100) { edges { node { id title } } } }' }),
  },
  managementDashboard: {
    allowed: dashboard,
    request: () => ({ query: '{ managementDashboard { __typename } }' }),
  },
  me: { allowed: 'everyone', request: () => ({ query: '{ me { id } }' }) },
  network: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'query ($c: ID!) { network(center: $c, depth: 2) { nodes { id label } } }',
      variables: { c: t.person },
    }),
  },
  node: {
    allowed: register,
    outside: 'null',
    request: (t) => ({
      query:
        'query ($id: ID!) { node(id: $id) { id ... on Person { name links { id } contacts { id } } } }',
      variables: { id: t.person },
    }),
  },
  nodes: {
    allowed: register,
    outside: 'null',
    request: (t) => ({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: [t.person, t.organization, t.initiative, t.link, t.contact] },
    }),
  },
  organizations: {
    allowed: register,
    outside: 'hidden',
    request: () => ({ query: '{ organizations(first: 100) { edges { node { id name } } } }' }),
  },
  people: {
    allowed: register,
    outside: 'hidden',
    request: () => ({ query: '{ people(first: 100) { edges { node { id name } } } }' }),
  },
  previewImport: {
    allowed: fieldWorkers,
    request: () => ({
      query: 'mutation { __typename }',
      variables: {},
    }),
  },
  publicAreaPage: {
    allowed: 'everyone',
    request: (t) => ({
      query: 'query ($a: ID) { publicAreaPage(areaId: $a) { __typename } }',
      variables: { a: t.area },
    }),
  },
  publicAreas: { allowed: 'everyone', request: () => ({ query: '{ publicAreas { id } }' }) },
  search: {
    allowed: register,
    outside: 'hidden',
    request: (t) => ({
      query: 'query ($q: String!) { search(text: $q, first: 50) { id label } }',
      variables: { q: t.marker },
    }),
  },
  subjectAccess: {
    allowed: ['PRIVACY_OFFICER'],
    request: (t) => ({
      query: 'query ($p: ID!) { subjectAccess(personId: $p) { personId } }',
      variables: { p: t.person },
    }),
  },
  suggestions: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'query ($f: ID!) { suggestions(for: $f) { candidate { name } } }',
      variables: { f: t.person },
    }),
  },
  systemStatus: {
    allowed: 'everyone',
    request: () => ({ query: '{ systemStatus { __typename } }' }),
  },
  themes: {
    allowed: register,
    request: () => ({ query: '{ themes(first: 100) { edges { node { id } } } }' }),
  },
};

const importFile = { name: 'leeg.csv', contentBase64: '' };
queryAccess.previewImport = {
  allowed: fieldWorkers,
  request: () => ({
    query: 'query ($f: ImportFileInput!) { previewImport(file: $f) { __typename } }',
    variables: { f: importFile },
  }),
};

export const mutationAccess: Record<string, AccessRow> = {
  createAccount: {
    allowed: ['ADMIN'],
    request: () => ({
      query: 'mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
      variables: { i: { username: '', displayName: '', password: '', roles: [] } },
    }),
  },
  setAccountRoles: {
    allowed: ['ADMIN'],
    request: () => ({
      query: 'mutation ($a: ID!) { setAccountRoles(accountId: $a, roles: []) { id } }',
      variables: { a: unknownId },
    }),
  },
  disableAccount: {
    allowed: ['ADMIN'],
    request: () => ({
      query: 'mutation ($a: ID!) { disableAccount(accountId: $a) { id } }',
      variables: { a: unknownId },
    }),
  },
  createArea: {
    allowed: register,
    request: () => ({
      query: 'mutation ($i: CreateAreaInput!) { createArea(input: $i) { id } }',
      variables: { i: { name: `Matrixbuurt ${Math.random()}`, level: 'BUURT' } },
    }),
  },
  updateArea: {
    allowed: register,
    request: (t) => ({
      query: 'mutation ($id: ID!) { updateArea(id: $id, input: {}) { id } }',
      variables: { id: t.area },
    }),
  },
  deleteArea: {
    allowed: register,
    request: () => ({
      query: 'mutation ($id: ID!) { deleteArea(id: $id) { deletedId } }',
      variables: { id: 'QXJlYTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=' },
    }),
  },
  createTheme: {
    allowed: register,
    request: () => ({
      query: 'mutation ($n: String!) { createTheme(input: { name: $n }) { id } }',
      variables: { n: `Matrixthema ${Math.random()}` },
    }),
  },
  updateTheme: {
    allowed: register,
    request: (t) => ({
      query: 'mutation ($id: ID!) { updateTheme(id: $id, input: { name: "Matrixthema" }) { id } }',
      variables: { id: t.theme },
    }),
  },
  deleteTheme: {
    allowed: register,
    request: () => ({
      query: 'mutation ($id: ID!) { deleteTheme(id: $id) { deletedId } }',
      variables: { id: 'VGhlbWU6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw' },
    }),
  },
  createInitiative: {
    allowed: initiativeWriters,
    request: () => ({
      query: 'mutation ($i: CreateInitiativeInput!) { createInitiative(input: $i) { id } }',
      variables: { i: { title: 'Matrix initiative', receivedAt: '2025-01-01' } },
    }),
  },
  updateInitiative: {
    allowed: initiativeWriters,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query:
        'mutation ($id: ID!) { updateInitiative(id: $id, input: { description: "Bijgewerkt" }) { id } }',
      variables: { id: t.initiative },
    }),
  },
  deleteInitiative: {
    allowed: initiativeWriters,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query: 'mutation ($id: ID!) { deleteInitiative(id: $id) { deletedId } }',
      variables: { id: await t.fresh('Initiative') },
    }),
  },
  createLink: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($i: CreateLinkInput!) { createLink(input: $i) { link { id } } }',
      variables: { i: { type: 'ACTIVE_IN', fromId: t.person, toId: t.theme } },
    }),
  },
  updateLink: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($id: ID!) { updateLink(id: $id, input: { role: "lid" }) { id } }',
      variables: { id: t.link },
    }),
  },
  deleteLink: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query: 'mutation ($id: ID!) { deleteLink(id: $id) { deletedId } }',
      variables: { id: await t.fresh('Link') },
    }),
  },
  createOrganization: {
    allowed: register,
    request: () => ({
      query:
        'mutation { createOrganization(input: { name: "Matrix vereniging", kind: ASSOCIATION }) { id } }',
    }),
  },
  updateOrganization: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query:
        'mutation ($id: ID!) { updateOrganization(id: $id, input: { description: "Bijgewerkt" }) { id } }',
      variables: { id: t.organization },
    }),
  },
  deleteOrganization: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query: 'mutation ($id: ID!) { deleteOrganization(id: $id) { deletedId } }',
      variables: { id: await t.fresh('Organization') },
    }),
  },
  createPerson: {
    allowed: register,
    request: () => ({
      query: 'mutation ($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
      variables: { i: { name: 'Matrix Nieuw', ...person } },
    }),
  },
  updatePerson: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($id: ID!) { updatePerson(id: $id, input: { notes: "Bijgewerkt" }) { id } }',
      variables: { id: t.person },
    }),
  },
  deletePerson: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query: 'mutation ($id: ID!) { deletePerson(id: $id) { deletedId } }',
      variables: { id: await t.fresh('Person') },
    }),
  },
  recordContact: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($i: RecordContactInput!) { recordContact(input: $i) { id } }',
      variables: {
        i: { date: '2025-02-01', channel: 'VISIT', note: 'Matrix', participantIds: [t.person] },
      },
    }),
  },
  updateContact: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($id: ID!) { updateContact(id: $id, input: { followUpAt: null }) { id } }',
      variables: { id: t.contact },
    }),
  },
  deleteContact: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query: 'mutation ($id: ID!) { deleteContact(id: $id) { deletedId } }',
      variables: { id: await t.fresh('Contact') },
    }),
  },
  mergeStakeholders: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: async (t) => ({
      query:
        'mutation ($k: ID!, $m: ID!) { mergeStakeholders(keepId: $k, mergeId: $m) { __typename } }',
      variables: { k: await t.fresh('Person'), m: await t.fresh('Person') },
    }),
  },
  decideSuggestion: {
    allowed: fieldWorkers,
    request: () => ({
      query: 'mutation ($id: ID!) { decideSuggestion(id: $id, decision: DISMISS) { __typename } }',
      variables: { id: 'U3VnZ2VzdGlvbjow' },
    }),
  },
  erasePerson: {
    allowed: ['PRIVACY_OFFICER'],
    request: async (t) => ({
      query: 'mutation ($p: ID!) { erasePerson(personId: $p) { __typename } }',
      variables: { p: await t.fresh('Person') },
    }),
  },
  recordObjection: {
    allowed: ['PRIVACY_OFFICER'],
    request: async (t) => ({
      query: 'mutation ($p: ID!) { recordObjection(personId: $p) { personId } }',
      variables: { p: await t.fresh('Person') },
    }),
  },
  runImport: {
    allowed: fieldWorkers,
    request: () => ({
      query: 'mutation ($f: ImportFileInput!) { runImport(file: $f) { __typename } }',
      variables: { f: importFile },
    }),
  },
  signIn: {
    allowed: 'everyone',
    freshSession: true,
    request: (t) => ({
      query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      variables: { u: t.signInAccount.username, p: t.signInAccount.password },
    }),
  },
  signOut: {
    allowed: 'everyone',
    freshSession: true,
    request: () => ({ query: 'mutation { signOut }' }),
  },
  signOutEverywhere: {
    allowed: ['OFFICIAL', 'AREA_BROKER', 'MANAGEMENT', 'PRIVACY_OFFICER', 'ADMIN'],
    freshSession: true,
    request: () => ({ query: 'mutation { signOutEverywhere }' }),
  },
  startAnalysisRun: {
    allowed: register,
    outside: 'NOT_FOUND',
    request: (t) => ({
      query: 'mutation ($a: ID) { startAnalysisRun(areaId: $a) { id } }',
      variables: { a: t.area },
    }),
  },
};
