import type { graphql } from '../api/graphql';
import type {
  areaLevels,
  initiativeStatuses,
  LinkType,
  NetworkRelationshipType,
  OfficialRole,
  OrganizationKind,
  StakeholderKind,
} from './stakeholder';

/**
 * The vocabulary lists in `stakeholder.ts` are runtime values (dropdowns, response parsing), so
 * they cannot be derived from the schema's types; instead this file makes `tsc` (and so
 * `pnpm lint`) fail as soon as a list and the schema's enum of the same name differ either way.
 * It has no runtime content.
 */
type SchemaEnum<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type VocabularyMatchesSchema = [
  Assert<Same<StakeholderKind, SchemaEnum<'SearchKind'>>>,
  Assert<Same<OrganizationKind, SchemaEnum<'OrganizationKind'>>>,
  Assert<Same<OfficialRole, SchemaEnum<'OfficialRole'>>>,
  Assert<Same<(typeof areaLevels)[number], SchemaEnum<'AreaLevel'>>>,
  Assert<Same<(typeof initiativeStatuses)[number], SchemaEnum<'InitiativeStatus'>>>,
  Assert<Same<LinkType, SchemaEnum<'LinkType'>>>,
  Assert<Same<NetworkRelationshipType, SchemaEnum<'NetworkRelationshipType'>>>,
];
