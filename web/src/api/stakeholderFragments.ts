import { graphql } from './graphql';

/**
 * The selections the explorer's parsers read (`parseEntityRef`, `parseDetailLink`,
 * `parseContactMoment` in `models/stakeholderDetails.ts`), as gql.tada fragments checked against
 * `api/schema.graphql`. They live next to those parsers, which are what the components consume.
 */

/** A Person/Organization/Initiative/Area/Theme as `parseEntityRef` reads it. */
export const EntityRefFields = graphql(`
  fragment EntityRefFields on Node {
    __typename
    ... on Person { id name official { officialRole } }
    ... on Organization { id name organizationKind: kind }
    ... on Initiative { id title status }
    ... on Area { id name level }
    ... on Theme { id name }
  }
`);

/** A person, for a field that can only be a person. */
export const PersonRefFields = graphql(`
  fragment PersonRefFields on Person { __typename id name official { officialRole } }
`);

/** An organization, for a field that can only be an organization. */
export const OrganizationRefFields = graphql(`
  fragment OrganizationRefFields on Organization { __typename id name organizationKind: kind }
`);

/** A link between two stakeholders as `parseDetailLink` reads it. */
export const LinkFields = graphql(
  `
  fragment LinkFields on Link {
    id type strength since lastContact endedAt role
    from { ...EntityRefFields }
    to { ...EntityRefFields }
  }
`,
  [EntityRefFields],
);

/** A contact moment as `parseContactMoment` reads it (participants are people or organizations). */
export const ContactFields = graphql(
  `
  fragment ContactFields on Contact {
    id date channel note followUpAt
    participants {
      __typename
      ...PersonRefFields
      ...OrganizationRefFields
    }
  }
`,
  [PersonRefFields, OrganizationRefFields],
);
