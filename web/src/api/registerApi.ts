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
import type { GraphQLClient } from './graphqlClient';

type Input = Record<string, string | number | boolean | null | readonly string[]>;

/** The register's writes and the type-ahead, as the recording forms call them. */
export interface RegisterApi {
  search(
    text: string,
    kinds: readonly StakeholderKind[],
    signal: AbortSignal,
  ): Promise<SearchHit[]>;
  createPerson(input: Input): Promise<EntityRef>;
  updatePerson(id: string, input: Input): Promise<EntityRef>;
  createOrganization(input: Input): Promise<EntityRef>;
  updateOrganization(id: string, input: Input): Promise<EntityRef>;
  createLink(input: Input): Promise<{ link: DetailLink; created: boolean }>;
  updateLink(id: string, input: Input): Promise<DetailLink>;
  recordContact(input: Input): Promise<ContactMoment>;
}

export function createRegisterApi(client: GraphQLClient): RegisterApi {
  return {
    search: (text, kinds, signal) =>
      client.request(searchQuery, { text, kinds, first: 8 }, { signal }),
    createPerson: (input) => client.request(createPersonMutation, { input }),
    updatePerson: (id, input) => client.request(updatePersonMutation, { id, input }),
    createOrganization: (input) => client.request(createOrganizationMutation, { input }),
    updateOrganization: (id, input) => client.request(updateOrganizationMutation, { id, input }),
    createLink: (input) => client.request(createLinkMutation, { input }),
    updateLink: (id, input) => client.request(updateLinkMutation, { id, input }),
    recordContact: (input) => client.request(recordContactMutation, { input }),
  };
}
