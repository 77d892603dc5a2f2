/**
 * The GraphQL documents the bench sends: the web app's own explorer operations (search, network,
 * details; `web/src/api/explorerOperations.ts`) and the analysis questions (suggestions,
 * connectors) with the fields their views read.
 */

const entityRef = `
  fragment EntityRefFields on Node {
    __typename
    ... on Person { id name official { officialRole } }
    ... on Organization { id name organizationKind: kind }
    ... on Initiative { id title status }
    ... on Area { id name level }
    ... on Theme { id name }
  }`;
const linkFields = `
  fragment LinkFields on Link {
    id type strength since lastContact endedAt role
    from { ...EntityRefFields }
    to { ...EntityRefFields }
  }`;
const contactFields = `
  fragment ContactFields on Contact {
    id date channel note followUpAt
    participants {
      __typename
      ... on Person { id name official { officialRole } }
      ... on Organization { id name organizationKind: kind }
    }
  }`;

export const searchQuery = `
  query SearchStakeholders($text: String!, $kinds: [SearchKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { id kind label sublabel official }
  }`;

export const networkQuery = `
  query StakeholderNetwork($center: ID!, $depth: Int, $limit: Int) {
    network(center: $center, depth: $depth, limit: $limit, filters: { includeEnded: true }) {
      center { id kind label sublabel official objected depth }
      nodes { id kind label sublabel official objected depth }
      edges { id type source target directed strength since lastContact endedAt role }
      truncated totalNodes omittedNodes
    }
  }`;

export const detailsQuery = `
  query StakeholderDetails($id: ID!) {
    node(id: $id) {
      ...EntityRefFields
      ... on Person {
        email phone postcode notes legalBasis legalReference consentDate consentTextVersion
        purpose retainUntil objected
        official { officialRole workEmail workPhone }
        links { ...LinkFields }
        contacts { ...ContactFields }
      }
      ... on Organization {
        description website email phone postcode
        links { ...LinkFields }
        contacts { ...ContactFields }
      }
    }
  }
  ${entityRef}${linkFields}${contactFields}`;

export const suggestionsQuery = `
  query Suggestions($for: ID!, $first: Int) {
    suggestions(for: $for, first: $first) {
      id score status reasonsNl reasonsEn
      subject { id kind name }
      candidate { id kind name }
      mutualContacts { id kind name }
    }
  }`;

export const connectorsQuery = `
  query Connectors($initiativeId: ID!, $max: Int, $steps: Int) {
    connectors(initiativeId: $initiativeId, max: $max, steps: $steps) {
      initiative { id kind name }
      targets { id kind name }
      connectors {
        gain
        person { id kind name }
        newTargets { id kind name }
        paths { text nodes { id kind name } }
      }
    }
  }`;

export const recordContactMutation = `
  mutation RecordContact($input: RecordContactInput!) {
    recordContact(input: $input) { ...ContactFields }
  }
  ${contactFields}`;

export const createLinkMutation = `
  mutation CreateLink($input: CreateLinkInput!) {
    createLink(input: $input) { created link { ...LinkFields } }
  }
  ${entityRef}${linkFields}`;

/** Pothos relay global ids: base64 of `Typename:uuid`. */
export const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
