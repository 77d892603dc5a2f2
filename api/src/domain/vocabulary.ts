/**
 * The fixed vocabularies of the register, stored in Neo4j as these upper-case strings and exposed
 * as GraphQL enums with the same values.
 */
export const legalBases = ['PUBLIC_TASK', 'CONSENT'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const officialRoles = [
  'GEBIEDSMAKELAAR',
  'WIJKCONSULENT',
  'BUITENDIENST',
  'BELEIDSMEDEWERKER',
  'WETHOUDER',
  'OTHER',
] as const;
export type OfficialRole = (typeof officialRoles)[number];

export const organizationKinds = [
  'ASSOCIATION',
  'BUSINESS',
  'INSTITUTION',
  'NETWORK',
  'MUNICIPAL_TEAM',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** From large to small: a municipality holds kernen, a kern holds wijken, a wijk holds buurten. */
export const areaLevels = ['MUNICIPALITY', 'KERN', 'WIJK', 'BUURT'] as const;
export type AreaLevel = (typeof areaLevels)[number];

export const initiativeStatuses = ['IDEA', 'INTAKE', 'ACTIVE', 'DONE', 'STOPPED'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

export const municipalOffers = ['THINK_ALONG', 'FACILITATE', 'GIVE_ROOM'] as const;
export type MunicipalOffer = (typeof municipalOffers)[number];

export const contactChannels = ['VISIT', 'PHONE', 'EMAIL', 'MEETING', 'EVENT', 'OTHER'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** Node labels a link may start or end at. */
export const entityLabels = ['Person', 'Organization', 'Area', 'Theme', 'Initiative'] as const;
export type EntityLabel = (typeof entityLabels)[number];
