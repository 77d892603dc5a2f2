import type { SearchHit, StakeholderKind } from '../models/stakeholder';
import type { ContactMoment, DetailLink, EntityRef } from '../models/stakeholderDetails';
import {
  createLinkMutation,
  createOrganizationMutation,
  createPersonMutation,
  recordContactMutation,
  searchQuery,
  updateLinkMutation,
  updateOrganizationMutation,
  updatePersonMutation,
} from './explorerOperations';
import type { GraphQLClient, VariablesOfOperation } from './graphqlClient';

/** The schema's input types (from `api/schema.graphql` through gql.tada) the forms build. */
export type CreatePersonInput = VariablesOfOperation<typeof createPersonMutation>['input'];
export type UpdatePersonInput = VariablesOfOperation<typeof updatePersonMutation>['input'];
export type CreateOrganizationInput = VariablesOfOperation<
  typeof createOrganizationMutation
>['input'];
export type UpdateOrganizationInput = VariablesOfOperation<
  typeof updateOrganizationMutation
>['input'];
export type CreateLinkInput = VariablesOfOperation<typeof createLinkMutation>['input'];
export type UpdateLinkInput = VariablesOfOperation<typeof updateLinkMutation>['input'];
export type RecordContactInput = VariablesOfOperation<typeof recordContactMutation>['input'];

/** The register's writes and the type-ahead, as the recording forms call them. */
export interface RegisterApi {
  search(
    text: string,
    kinds: readonly StakeholderKind[],
    signal: AbortSignal,
  ): Promise<SearchHit[]>;
  createPerson(input: CreatePersonInput): Promise<EntityRef>;
  updatePerson(id: string, input: UpdatePersonInput): Promise<EntityRef>;
  createOrganization(input: CreateOrganizationInput): Promise<EntityRef>;
  updateOrganization(id: string, input: UpdateOrganizationInput): Promise<EntityRef>;
  createLink(input: CreateLinkInput): Promise<{ link: DetailLink; created: boolean }>;
  updateLink(id: string, input: UpdateLinkInput): Promise<DetailLink>;
  recordContact(input: RecordContactInput): Promise<ContactMoment>;
}

export function createRegisterApi(client: GraphQLClient): RegisterApi {
  return {
    search: (text, kinds, signal) =>
      client.request(searchQuery, { text, kinds: [...kinds], first: 8 }, { signal }),
    createPerson: (input) => client.request(createPersonMutation, { input }),
    updatePerson: (id, input) => client.request(updatePersonMutation, { id, input }),
    createOrganization: (input) => client.request(createOrganizationMutation, { input }),
    updateOrganization: (id, input) => client.request(updateOrganizationMutation, { id, input }),
    createLink: (input) => client.request(createLinkMutation, { input }),
    updateLink: (id, input) => client.request(updateLinkMutation, { id, input }),
    recordContact: (input) => client.request(recordContactMutation, { input }),
  };
}
