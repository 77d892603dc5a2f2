import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import type { Organization, Provenance } from '../domain/model.js';
import { organizationKinds } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableString, provenanceRow } from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

const organizationRow = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(organizationKinds),
    description: nullableString,
    website: nullableString,
    email: nullableString,
    phone: nullableString,
    postcode: nullableString,
    public: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    ...provenanceRow,
  })
  .transform((row): Organization => ({ label: 'Organization', ...row }));

export type OrganizationFields = Omit<Organization, 'label' | 'id' | keyof Provenance>;

/** saveOrganization: creates or overwrites an organization's fields. */
export function saveOrganization(
  tx: QueryRunner,
  id: string,
  fields: OrganizationFields,
  meta: WriteMeta,
): Promise<void> {
  return saveNode(tx, 'saveOrganization', 'Organization', id, { ...fields }, meta);
}

export async function findOrganizationsByIds(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Organization[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findOrganizationsByIds */ MATCH (n:Organization)
     WHERE n.id IN $ids AND ${stakeholderInScope('n', scope)} RETURN n {.*} AS node`,
    { ids, ...scopeParams(scope) },
  );
  return parseRows(
    organizationRow,
    rows.map((row) => row.node),
    'findOrganizationsByIds',
  );
}

export interface OrganizationFilter {
  kind?: string | null;
  areaId?: string | null;
  themeId?: string | null;
}

/** listOrganizations: by name; the area filter includes the areas inside it. */
export async function listOrganizations(
  tx: QueryRunner,
  filter: OrganizationFilter,
  page: Page,
  scope: RegisterScope,
): Promise<Organization[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listOrganizations */
     MATCH (n:Organization)
     WHERE ($kind IS NULL OR n.kind = $kind)
       AND ($areaId IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
       AND ($themeId IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:Theme {id: $themeId}) })
       AND ${stakeholderInScope('n', scope)}
     RETURN n {.*} AS node
     ORDER BY toLower(n.name), n.id
     SKIP $offset LIMIT $limit`,
    {
      kind: filter.kind ?? null,
      areaId: filter.areaId ?? null,
      themeId: filter.themeId ?? null,
      ...pageParams(page),
      ...scopeParams(scope),
    },
  );
  return parseRows(
    organizationRow,
    rows.map((row) => row.node),
    'listOrganizations',
  );
}
