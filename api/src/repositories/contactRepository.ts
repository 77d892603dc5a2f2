import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import type { Contact, Provenance } from '../domain/model.js';
import { contactChannels } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { neoDate, nullableNeoDate, provenanceRow, toNeo4jDate } from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';
import { contactInScope, scopeParams, stakeholderInScope } from './scopeFilter.js';

const contactRow = z
  .object({
    id: z.string(),
    date: neoDate,
    channel: z.enum(contactChannels),
    note: z.string(),
    followUpAt: nullableNeoDate,
    ...provenanceRow,
  })
  .transform((row): Contact => ({ label: 'Contact', ...row }));

export type ContactFields = Omit<Contact, 'label' | 'id' | keyof Provenance>;

export function saveContact(
  tx: QueryRunner,
  id: string,
  fields: ContactFields,
  meta: WriteMeta,
): Promise<void> {
  return saveNode(
    tx,
    'saveContact',
    'Contact',
    id,
    { ...fields, date: toNeo4jDate(fields.date), followUpAt: toNeo4jDate(fields.followUpAt) },
    meta,
  );
}

/** A contact's relationships to others, each with the id its relationship gets when created. */
export interface ContactRelations {
  participants: { label: 'Person' | 'Organization'; id: string; relationshipId: string }[];
  initiative: { id: string; relationshipId: string } | null;
  recordedBy: { id: string; relationshipId: string } | null;
}

/**
 * setContactRelations: makes INVOLVES, ABOUT and RECORDED_BY exactly what is given: links no
 * longer listed are removed, existing ones keep their id and provenance, new ones are created.
 */
export async function setContactRelations(
  tx: QueryRunner,
  contactId: string,
  relations: ContactRelations,
  meta: WriteMeta,
): Promise<void> {
  const people = relations.participants.filter((p) => p.label === 'Person');
  const organizations = relations.participants.filter((p) => p.label === 'Organization');
  await tx.run(
    `/* setContactRelations.prune */
     MATCH (c:Contact {id: $contactId})
     OPTIONAL MATCH (c)-[r:INVOLVES|ABOUT|RECORDED_BY]->(other)
     WITH r, other WHERE r IS NOT NULL AND NOT (
       (type(r) = 'INVOLVES' AND other.id IN $participantIds) OR
       (type(r) = 'ABOUT' AND other.id = coalesce($initiativeId, '')) OR
       (type(r) = 'RECORDED_BY' AND other.id = coalesce($recordedById, '')))
     DELETE r`,
    {
      contactId,
      participantIds: relations.participants.map((p) => p.id),
      initiativeId: relations.initiative?.id ?? null,
      recordedById: relations.recordedBy?.id ?? null,
    },
  );
  const provenance = `ON CREATE SET r.id = x.relationshipId, r.createdAt = datetime(), r.updatedAt = datetime(),
                      r.createdBy = $actor, r.source = $source`;
  await tx.run(
    `/* setContactRelations.link */
     MATCH (c:Contact {id: $contactId})
     CALL (c) {
       UNWIND $people AS x MATCH (s:Person {id: x.id}) MERGE (c)-[r:INVOLVES]->(s) ${provenance}
     }
     CALL (c) {
       UNWIND $organizations AS x MATCH (s:Organization {id: x.id}) MERGE (c)-[r:INVOLVES]->(s) ${provenance}
     }
     CALL (c) {
       UNWIND $initiatives AS x MATCH (s:Initiative {id: x.id}) MERGE (c)-[r:ABOUT]->(s) ${provenance}
     }
     CALL (c) {
       UNWIND $recorders AS x MATCH (s:Person:Official {id: x.id}) MERGE (c)-[r:RECORDED_BY]->(s) ${provenance}
     }`,
    {
      contactId,
      people,
      organizations,
      initiatives: relations.initiative ? [relations.initiative] : [],
      recorders: relations.recordedBy ? [relations.recordedBy] : [],
      actor: meta.actor,
      source: meta.source,
    },
  );
}

export async function findContactsByIds(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Contact[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findContactsByIds */ MATCH (n:Contact)
     WHERE n.id IN $ids AND ${contactInScope('n', scope)} RETURN n {.*} AS node`,
    { ids, ...scopeParams(scope) },
  );
  return parseRows(
    contactRow,
    rows.map((row) => row.node),
    'findContactsByIds',
  );
}

const relationRow = z.object({
  contactId: z.string(),
  type: z.enum(['INVOLVES', 'ABOUT', 'RECORDED_BY']),
  label: z.enum(['Person', 'Organization', 'Initiative']),
  id: z.string(),
});
export type ContactRelationRow = z.output<typeof relationRow>;

/**
 * findContactRelations: participants, initiative and recorder of each of these contacts (a
 * recorder outside the scope is left out).
 */
export async function findContactRelations(
  tx: QueryRunner,
  contactIds: readonly string[],
  scope: RegisterScope,
): Promise<ContactRelationRow[]> {
  const rows = await tx.run(
    `/* findContactRelations */
     MATCH (c:Contact)-[r:INVOLVES|ABOUT|RECORDED_BY]->(other)
     WHERE c.id IN $contactIds AND ${stakeholderInScope('other', scope)}
     RETURN c.id AS contactId, type(r) AS type, other.id AS id,
            [l IN labels(other) WHERE l IN ['Person', 'Organization', 'Initiative']][0] AS label
     ORDER BY contactId, label, other.name, id`,
    { contactIds, ...scopeParams(scope) },
  );
  return parseRows(relationRow, rows, 'findContactRelations');
}

/** findContactsInvolving: the contact moments each of these people, organizations or initiatives is in. */
export async function findContactsInvolving(
  tx: QueryRunner,
  label: 'Person' | 'Organization' | 'Initiative',
  ids: readonly string[],
  scope: RegisterScope,
): Promise<{ ownerId: string; contact: Contact }[]> {
  const relationship = label === 'Initiative' ? 'ABOUT' : 'INVOLVES';
  const rows = await tx.run<{ ownerId: string; node: unknown }>(
    `/* findContactsInvolving.${label} */
     MATCH (n:Contact)-[:${relationship}]->(owner:${label})
     WHERE owner.id IN $ids AND ${contactInScope('n', scope)}
     RETURN owner.id AS ownerId, n {.*} AS node
     ORDER BY n.date DESC, n.id`,
    { ids, ...scopeParams(scope) },
  );
  return rows.map((row) => ({
    ownerId: row.ownerId,
    contact: parseRows(contactRow, [row.node], 'findContactsInvolving')[0] as Contact,
  }));
}

export interface ContactFilter {
  personId?: string | null;
  organizationId?: string | null;
  initiativeId?: string | null;
}

/** listContacts: newest first. */
export async function listContacts(
  tx: QueryRunner,
  filter: ContactFilter,
  page: Page,
  scope: RegisterScope,
): Promise<Contact[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listContacts */
     MATCH (n:Contact)
     WHERE ($personId IS NULL OR EXISTS { (n)-[:INVOLVES]->(:Person {id: $personId}) })
       AND ($organizationId IS NULL OR EXISTS { (n)-[:INVOLVES]->(:Organization {id: $organizationId}) })
       AND ($initiativeId IS NULL OR EXISTS { (n)-[:ABOUT]->(:Initiative {id: $initiativeId}) })
       AND ${contactInScope('n', scope)}
     RETURN n {.*} AS node
     ORDER BY n.date DESC, n.id
     SKIP $offset LIMIT $limit`,
    {
      personId: filter.personId ?? null,
      organizationId: filter.organizationId ?? null,
      initiativeId: filter.initiativeId ?? null,
      ...pageParams(page),
      ...scopeParams(scope),
    },
  );
  return parseRows(
    contactRow,
    rows.map((row) => row.node),
    'listContacts',
  );
}

export interface ContactReferenceCheck {
  missingPeople: string[];
  missingOrganizations: string[];
  initiativeFound: boolean;
  /** null when no recorder was given; else whether they exist as an official. */
  recorder: 'official' | 'notOfficial' | 'missing' | null;
}

/** checkContactReferences: which of a contact moment's participants, initiative and recorder exist. */
export async function checkContactReferences(
  tx: QueryRunner,
  refs: {
    personIds: string[];
    organizationIds: string[];
    initiativeId: string | null;
    recordedById: string | null;
  },
): Promise<ContactReferenceCheck> {
  const rows = await tx.run<{
    foundPeople: string[];
    foundOrganizations: string[];
    initiativeFound: boolean;
    recorderFound: boolean;
    recorderOfficial: boolean;
  }>(
    `/* checkContactReferences */
     CALL () { MATCH (p:Person) WHERE p.id IN $personIds RETURN collect(p.id) AS foundPeople }
     CALL () { MATCH (o:Organization) WHERE o.id IN $organizationIds RETURN collect(o.id) AS foundOrganizations }
     OPTIONAL MATCH (i:Initiative {id: $initiativeId})
     OPTIONAL MATCH (r:Person {id: $recordedById})
     RETURN foundPeople, foundOrganizations, i IS NOT NULL AS initiativeFound,
            r IS NOT NULL AS recorderFound, coalesce(r:Official, false) AS recorderOfficial`,
    refs,
  );
  const row = rows[0];
  const foundPeople = new Set(row?.foundPeople ?? []);
  const foundOrganizations = new Set(row?.foundOrganizations ?? []);
  return {
    missingPeople: refs.personIds.filter((id) => !foundPeople.has(id)),
    missingOrganizations: refs.organizationIds.filter((id) => !foundOrganizations.has(id)),
    initiativeFound: row?.initiativeFound ?? false,
    recorder:
      refs.recordedById === null
        ? null
        : !row?.recorderFound
          ? 'missing'
          : row.recorderOfficial
            ? 'official'
            : 'notOfficial',
  };
}
