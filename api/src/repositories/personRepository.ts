import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import type { Person, Provenance } from '../domain/model.js';
import { legalBases, officialRoles } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import {
  neoDate,
  nullableNeoDate,
  nullableNeoDateTime,
  nullableString,
  provenanceRow,
  toNeo4jDate,
} from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

const personRow = z
  .object({
    id: z.string(),
    name: z.string(),
    email: nullableString,
    phone: nullableString,
    postcode: nullableString,
    notes: nullableString,
    legalBasis: z.enum(legalBases),
    legalReference: nullableString,
    consentDate: nullableNeoDate,
    consentTextVersion: nullableString,
    purpose: z.string(),
    retainUntil: neoDate,
    objected: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    objectedAt: nullableNeoDateTime,
    isOfficial: z.boolean(),
    officialRole: z.enum(officialRoles).nullish(),
    workEmail: nullableString,
    workPhone: nullableString,
    ...provenanceRow,
  })
  .transform(
    ({ isOfficial, officialRole, workEmail, workPhone, ...rest }): Person => ({
      label: 'Person',
      ...rest,
      official: isOfficial && officialRole ? { officialRole, workEmail, workPhone } : null,
    }),
  );

const projection = 'n {.*, isOfficial: n:Official} AS node';

/** The stored shape of a person, without id and provenance. */
export type PersonFields = Omit<Person, 'label' | 'id' | keyof Provenance>;

/** savePerson: creates or overwrites a person's fields, and adds or removes the Official label. */
export async function savePerson(
  tx: QueryRunner,
  id: string,
  fields: PersonFields,
  meta: WriteMeta,
): Promise<void> {
  const { official, consentDate, retainUntil, objectedAt, ...plain } = fields;
  await saveNode(
    tx,
    'savePerson',
    'Person',
    id,
    {
      ...plain,
      consentDate: toNeo4jDate(consentDate),
      retainUntil: toNeo4jDate(retainUntil),
      officialRole: official?.officialRole ?? null,
      workEmail: official?.workEmail ?? null,
      workPhone: official?.workPhone ?? null,
    },
    meta,
  );
  await tx.run(
    `/* savePerson.officialAndObjection */
     MATCH (n:Person {id: $id})
     FOREACH (_ IN CASE WHEN $official THEN [1] ELSE [] END | SET n:Official)
     FOREACH (_ IN CASE WHEN $official THEN [] ELSE [1] END | REMOVE n:Official)
     SET n.objectedAt = CASE
       WHEN NOT n.objected THEN null
       WHEN n.objectedAt IS NULL THEN coalesce(datetime($objectedAt), datetime())
       ELSE n.objectedAt END`,
    { id, official: official !== null, objectedAt },
  );
}

/**
 * findPeopleByIds: the people with these ids, in no particular order; unknown ids and people
 * outside the scope are skipped alike.
 */
export async function findPeopleByIds(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Person[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findPeopleByIds */ MATCH (n:Person) WHERE n.id IN $ids AND ${stakeholderInScope('n', scope)}
     RETURN ${projection}`,
    { ids, ...scopeParams(scope) },
  );
  return parseRows(
    personRow,
    rows.map((row) => row.node),
    'findPeopleByIds',
  );
}

export interface PersonFilter {
  areaId?: string | null;
  themeId?: string | null;
  officialRole?: string | null;
  text?: string | null;
}

/**
 * listPeople: by name. The area filter includes the areas inside it (a resident of a buurt is in
 * its kern) and counts where people live and, for officials, what they cover; the theme filter
 * counts ACTIVE_IN and RESPONSIBLE_FOR.
 */
export async function listPeople(
  tx: QueryRunner,
  filter: PersonFilter,
  page: Page,
  scope: RegisterScope,
): Promise<Person[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listPeople */
     MATCH (n:Person)
     WHERE ($areaId IS NULL OR EXISTS { (n)-[:LIVES_IN|COVERS]->(:Area)-[:PART_OF*0..3]->(:Area {id: $areaId}) })
       AND ($themeId IS NULL OR EXISTS { (n)-[:ACTIVE_IN|RESPONSIBLE_FOR]->(:Theme {id: $themeId}) })
       AND ($officialRole IS NULL OR (n:Official AND n.officialRole = $officialRole))
       AND ($text IS NULL OR toLower(n.name) CONTAINS toLower($text))
       AND ${stakeholderInScope('n', scope)}
     RETURN ${projection}
     ORDER BY toLower(n.name), n.id
     SKIP $offset LIMIT $limit`,
    {
      areaId: filter.areaId ?? null,
      themeId: filter.themeId ?? null,
      officialRole: filter.officialRole ?? null,
      text: filter.text ?? null,
      ...pageParams(page),
      ...scopeParams(scope),
    },
  );
  return parseRows(
    personRow,
    rows.map((row) => row.node),
    'listPeople',
  );
}
