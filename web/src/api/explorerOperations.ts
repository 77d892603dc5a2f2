import { record } from '../models/shape';
import { parseNetworkData, parseSearchHits } from '../models/stakeholder';
import {
  parseContactMoment,
  parseDetailLink,
  parseEntityRef,
  parseStakeholderDetails,
} from '../models/stakeholderDetails';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';
import {
  ContactFields,
  EntityRefFields,
  LinkFields,
  OrganizationRefFields,
  PersonRefFields,
} from './stakeholderFragments';

/**
 * The explorer's GraphQL operations. The documents are typed by gql.tada from
 * `api/schema.graphql` (variables included); each answer is parsed at this edge.
 */

export const searchQuery = defineOperation(
  graphql(`
    query SearchStakeholders($text: String!, $kinds: [SearchKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { id kind label sublabel official }
    }
  `),
  parseSearchHits,
);

export const networkQuery = defineOperation(
  graphql(`
    query StakeholderNetwork($center: ID!, $depth: Int, $limit: Int) {
      network(center: $center, depth: $depth, limit: $limit, filters: { includeEnded: true }) {
        center { id kind label sublabel official objected depth }
        nodes {
          id kind label sublabel official objected depth
          scores { degree betweenness closeness pagerank eigenvector coreNumber community }
        }
        edges { id type source target directed strength since lastContact endedAt role }
        truncated totalNodes omittedNodes
      }
    }
  `),
  parseNetworkData,
);

export const stakeholderDetailsQuery = defineOperation(
  graphql(
    `
    query StakeholderDetails($id: ID!) {
      node(id: $id) {
        ...EntityRefFields
        ... on Person {
          email phone postcode notes legalBasis legalReference consentDate consentTextVersion
          purpose retainUntil objected
          scores {
            degree betweenness closeness pagerank eigenvector coreNumber community
            constraint effectiveSize
            brokerage { coordinator itinerant gatekeeperRepresentative liaison total }
          }
          official { officialRole workEmail workPhone }
          links { ...LinkFields }
          contacts { ...ContactFields }
        }
        ... on Organization {
          description website email phone postcode
          scores {
            degree betweenness closeness pagerank eigenvector coreNumber community
            constraint effectiveSize
            brokerage { coordinator itinerant gatekeeperRepresentative liaison total }
          }
          links { ...LinkFields }
          contacts { ...ContactFields }
        }
        ... on Initiative {
          description receivedAt
          links { ...LinkFields }
          contacts { ...ContactFields }
        }
        ... on Area { cbsCode }
      }
    }
  `,
    [EntityRefFields, LinkFields, ContactFields],
  ),
  parseStakeholderDetails,
);

const entityOf = (field: string) => (data: unknown) =>
  parseEntityRef(record(data, 'data')[field], field);

export const createPersonMutation = defineOperation(
  graphql(
    `
    mutation CreatePerson($input: CreatePersonInput!) {
      createPerson(input: $input) { ...PersonRefFields }
    }
  `,
    [PersonRefFields],
  ),
  entityOf('createPerson'),
);

export const updatePersonMutation = defineOperation(
  graphql(
    `
    mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
      updatePerson(id: $id, input: $input) { ...PersonRefFields }
    }
  `,
    [PersonRefFields],
  ),
  entityOf('updatePerson'),
);

export const createOrganizationMutation = defineOperation(
  graphql(
    `
    mutation CreateOrganization($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { ...OrganizationRefFields }
    }
  `,
    [OrganizationRefFields],
  ),
  entityOf('createOrganization'),
);

export const updateOrganizationMutation = defineOperation(
  graphql(
    `
    mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
      updateOrganization(id: $id, input: $input) { ...OrganizationRefFields }
    }
  `,
    [OrganizationRefFields],
  ),
  entityOf('updateOrganization'),
);

export const createLinkMutation = defineOperation(
  graphql(
    `
    mutation CreateLink($input: CreateLinkInput!) {
      createLink(input: $input) { created link { ...LinkFields } }
    }
  `,
    [LinkFields],
  ),
  (data) => {
    const payload = record(record(data, 'data').createLink, 'createLink');
    return { link: parseDetailLink(payload.link, 'link'), created: payload.created === true };
  },
);

export const updateLinkMutation = defineOperation(
  graphql(
    `
    mutation UpdateLink($id: ID!, $input: UpdateLinkInput!) {
      updateLink(id: $id, input: $input) { ...LinkFields }
    }
  `,
    [LinkFields],
  ),
  (data) => parseDetailLink(record(data, 'data').updateLink, 'updateLink'),
);

export const recordContactMutation = defineOperation(
  graphql(
    `
    mutation RecordContact($input: RecordContactInput!) {
      recordContact(input: $input) { ...ContactFields }
    }
  `,
    [ContactFields],
  ),
  (data) => parseContactMoment(record(data, 'data').recordContact, 'recordContact'),
);
