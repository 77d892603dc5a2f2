import { record } from '../models/shape';
import {
  type Network,
  parseNetworkData,
  parseSearchHits,
  type SearchHit,
  type StakeholderKind,
} from '../models/stakeholder';
import {
  type ContactMoment,
  type DetailLink,
  type EntityRef,
  entityRefFields,
  organizationRefFields,
  parseContactMoment,
  parseDetailLink,
  parseEntityRef,
  parseStakeholderDetails,
  participantFields,
  personRefFields,
  type StakeholderDetails,
} from '../models/stakeholderDetails';
import type { GraphQLOperation } from './graphqlClient';

/** The explorer's typed GraphQL operations; each parses its answer at this edge. */

export const searchQuery: GraphQLOperation<
  SearchHit[],
  { text: string; kinds: readonly StakeholderKind[]; first: number }
> = {
  name: 'SearchStakeholders',
  query: /* GraphQL */ `
    query SearchStakeholders($text: String!, $kinds: [SearchKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { id kind label sublabel official }
    }
  `,
  parse: parseSearchHits,
};

export const networkQuery: GraphQLOperation<
  Network,
  { center: string; depth: number; limit: number }
> = {
  name: 'StakeholderNetwork',
  query: /* GraphQL */ `
    query StakeholderNetwork($center: ID!, $depth: Int, $limit: Int) {
      network(center: $center, depth: $depth, limit: $limit, filters: { includeEnded: true }) {
        center { id kind label sublabel official objected depth }
        nodes { id kind label sublabel official objected depth }
        edges { id type source target directed strength since lastContact endedAt role }
        truncated totalNodes omittedNodes
      }
    }
  `,
  parse: parseNetworkData,
};

const linkFields = /* GraphQL */ `
  id type strength since lastContact endedAt role
  from { ${entityRefFields} }
  to { ${entityRefFields} }
`;

const contactFields = /* GraphQL */ `
  id date channel note followUpAt
  participants { ${participantFields} }
`;

export const stakeholderDetailsQuery: GraphQLOperation<StakeholderDetails | null, { id: string }> =
  {
    name: 'StakeholderDetails',
    query: /* GraphQL */ `
    query StakeholderDetails($id: ID!) {
      node(id: $id) {
        ${entityRefFields}
        ... on Person {
          email phone postcode notes legalBasis legalReference consentDate consentTextVersion
          purpose retainUntil objected
          official { officialRole workEmail workPhone }
          links { ${linkFields} }
          contacts { ${contactFields} }
        }
        ... on Organization {
          description website email phone postcode
          links { ${linkFields} }
          contacts { ${contactFields} }
        }
        ... on Initiative {
          description receivedAt
          links { ${linkFields} }
          contacts { ${contactFields} }
        }
        ... on Area { cbsCode }
      }
    }
  `,
    parse: parseStakeholderDetails,
  };

type Input = Record<string, string | number | boolean | null | readonly string[]>;

const entityOf = (field: string) => (data: unknown) =>
  parseEntityRef(record(data, 'data')[field], field);

export const createPersonMutation: GraphQLOperation<EntityRef, { input: Input }> = {
  name: 'CreatePerson',
  query: /* GraphQL */ `
    mutation CreatePerson($input: CreatePersonInput!) {
      createPerson(input: $input) { ${personRefFields} }
    }
  `,
  parse: entityOf('createPerson'),
};

export const updatePersonMutation: GraphQLOperation<EntityRef, { id: string; input: Input }> = {
  name: 'UpdatePerson',
  query: /* GraphQL */ `
    mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
      updatePerson(id: $id, input: $input) { ${personRefFields} }
    }
  `,
  parse: entityOf('updatePerson'),
};

export const createOrganizationMutation: GraphQLOperation<EntityRef, { input: Input }> = {
  name: 'CreateOrganization',
  query: /* GraphQL */ `
    mutation CreateOrganization($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { ${organizationRefFields} }
    }
  `,
  parse: entityOf('createOrganization'),
};

export const updateOrganizationMutation: GraphQLOperation<EntityRef, { id: string; input: Input }> =
  {
    name: 'UpdateOrganization',
    query: /* GraphQL */ `
    mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
      updateOrganization(id: $id, input: $input) { ${organizationRefFields} }
    }
  `,
    parse: entityOf('updateOrganization'),
  };

export const createLinkMutation: GraphQLOperation<
  { link: DetailLink; created: boolean },
  { input: Input }
> = {
  name: 'CreateLink',
  query: /* GraphQL */ `
    mutation CreateLink($input: CreateLinkInput!) {
      createLink(input: $input) { created link { ${linkFields} } }
    }
  `,
  parse: (data) => {
    const payload = record(record(data, 'data').createLink, 'createLink');
    return { link: parseDetailLink(payload.link, 'link'), created: payload.created === true };
  },
};

export const updateLinkMutation: GraphQLOperation<DetailLink, { id: string; input: Input }> = {
  name: 'UpdateLink',
  query: /* GraphQL */ `
    mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {
      updateLink(id: $id, input: $input) { ${linkFields} }
    }
  `,
  parse: (data) => parseDetailLink(record(data, 'data').updateLink, 'updateLink'),
};

export const recordContactMutation: GraphQLOperation<ContactMoment, { input: Input }> = {
  name: 'RecordContact',
  query: /* GraphQL */ `
    mutation RecordContact($input: RecordContactInput!) {
      recordContact(input: $input) { ${contactFields} }
    }
  `,
  parse: (data) => parseContactMoment(record(data, 'data').recordContact, 'recordContact'),
};
