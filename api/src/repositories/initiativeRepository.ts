import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import type { Initiative, Provenance } from '../domain/model.js';
import { initiativeStatuses, municipalOffers } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import {
  neoDate,
  nullableNeoDate,
  nullableString,
  provenanceRow,
  toNeo4jDate,
} from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

const initiativeRow = z
  .object({
    id: z.string(),
    title: z.string(),
    description: nullableString,
    status: z.enum(initiativeStatuses),
    offers: z
      .array(z.enum(municipalOffers))
      .nullish()
      .transform((value) => value ?? []),
    receivedAt: neoDate,
    firstResponseAt: nullableNeoDate,
    public: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    ...provenanceRow,
  })
  .transform((row): Initiative => ({ label: 'Initiative', ...row }));

export type InitiativeFields = Omit<Initiative, 'label' | 'id' | keyof Provenance>;

export function saveInitiative(
  tx: QueryRunner,
  id: string,
  fields: InitiativeFields,
  meta: WriteMeta,
): Promise<void> {
  return saveNode(
    tx,
    'saveInitiative',
    'Initiative',
    id,
    {
      ...fields,
      receivedAt: toNeo4jDate(fields.receivedAt),
      firstResponseAt: toNeo4jDate(fields.firstResponseAt),
    },
    meta,
  );
}

export async function findInitiativesByIds(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Initiative[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findInitiativesByIds */ MATCH (n:Initiative)
     WHERE n.id IN $ids AND ${stakeholderInScope('n', scope)} RETURN n {.*} AS node`,
    { ids, ...scopeParams(scope) },
  );
  return parseRows(
    initiativeRow,
    rows.map((row) => row.node),
    'findInitiativesByIds',
  );
}

export interface InitiativeFilter {
  status?: string | null;
  areaId?: string | null;
  themeId?: string | null;
}

/** listInitiatives: newest received first. */
export async function listInitiatives(
  tx: QueryRunner,
  filter: InitiativeFilter,
  page: Page,
  scope: RegisterScope,
): Promise<Initiative[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listInitiatives */
     MATCH (n:Initiative)
     WHERE ($status IS NULL OR n.status = $status)
       AND ($areaId IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
       AND ($themeId IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:Theme {id: $themeId}) })
       AND ${stakeholderInScope('n', scope)}
     RETURN n {.*} AS node
     ORDER BY n.receivedAt DESC, n.id
     SKIP $offset LIMIT $limit`,
    {
      status: filter.status ?? null,
      areaId: filter.areaId ?? null,
      themeId: filter.themeId ?? null,
      ...pageParams(page),
      ...scopeParams(scope),
    },
  );
  return parseRows(
    initiativeRow,
    rows.map((row) => row.node),
    'listInitiatives',
  );
}
