import { randomUUID } from 'node:crypto';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Contact } from '../domain/model.js';
import { recordContactInput, updateContactInput } from '../domain/validation/contact.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  type ContactFilter,
  type ContactRelationRow,
  checkContactReferences,
  findContactRelations,
  findContactsByIds,
  findContactsInvolving,
  listContacts as listContactRows,
  saveContact,
  setContactRelations,
} from '../repositories/contactRepository.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import { fieldsOf, givenFields } from './patch.js';
import { requireStakeholdersInScope } from './scopeGuard.js';

interface Participant {
  label: 'Person' | 'Organization';
  id: string;
}

/**
 * Records a contact moment with its participants, and optionally the initiative it was about and
 * the official who recorded it: the contact and all its links in one write transaction.
 */
export async function recordContact(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  input: unknown,
): Promise<Contact> {
  const valid = parseInput(recordContactInput, input);
  const id = randomUUID();
  const relations = withRelationshipIds(valid.participants, valid.initiativeId, valid.recordedById);
  return db.write('recordContact', async (tx) => {
    await checkReferences(
      tx,
      valid.participants,
      valid.initiativeId ?? null,
      valid.recordedById ?? null,
    );
    await requireInScope(tx, scope, valid.participants, valid.initiativeId ?? null);
    await saveContact(
      tx,
      id,
      {
        date: valid.date,
        channel: valid.channel,
        note: valid.note,
        followUpAt: valid.followUpAt ?? null,
      },
      meta,
    );
    await setContactRelations(tx, id, relations, meta);
    return mustFind(await findContactsByIds(tx, [id], wholeRegister), id);
  });
}

/** Changes a contact moment; a given participant list replaces the old one. */
export async function updateContact(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Contact> {
  const valid = parseInput(updateContactInput, patch);
  return db.write('updateContact', async (tx) => {
    const existing = mustFind(await findContactsByIds(tx, [id], scope), id);
    const { participants, initiativeId, recordedById, ...given } = givenFields(valid);
    const merged = { ...fieldsOf(existing), ...given };
    if (merged.followUpAt && merged.followUpAt < merged.date) {
      throw new ValidationError('followUpAt', 'A follow-up cannot be before the contact itself.');
    }
    const current = currentRelations(await findContactRelations(tx, [id], wholeRegister));
    const next = {
      participants: participants ?? current.participants,
      initiativeId: initiativeId === undefined ? current.initiativeId : initiativeId,
      recordedById: recordedById === undefined ? current.recordedById : recordedById,
    };
    await checkReferences(tx, next.participants, next.initiativeId, next.recordedById);
    await requireInScope(tx, scope, next.participants, next.initiativeId);
    await saveContact(tx, id, merged, meta);
    await setContactRelations(
      tx,
      id,
      withRelationshipIds(next.participants, next.initiativeId, next.recordedById),
      meta,
    );
    return mustFind(await findContactsByIds(tx, [id], wholeRegister), id);
  });
}

export async function deleteContact(
  db: Database,
  scope: RegisterScope,
  id: string,
): Promise<string> {
  const deleted = await db.write('deleteContact', async (tx) => {
    if ((await findContactsByIds(tx, [id], scope)).length === 0) return false;
    return deleteNode(tx, 'deleteContact', 'Contact', id);
  });
  if (!deleted) throw new NotFoundError('Contact', id);
  return id;
}

export function findContacts(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<Contact[]> {
  return db.read('findContacts', (tx) => findContactsByIds(tx, ids, scope));
}

export function findRelationsOfContacts(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<ContactRelationRow[]> {
  return db.read('findRelationsOfContacts', (tx) => findContactRelations(tx, ids, scope));
}

export function findContactsOf(
  db: Database,
  scope: RegisterScope,
  label: 'Person' | 'Organization' | 'Initiative',
  ids: readonly string[],
): Promise<{ ownerId: string; contact: Contact }[]> {
  return db.read('findContactsOf', (tx) => findContactsInvolving(tx, label, ids, scope));
}

export function listContacts(
  db: Database,
  scope: RegisterScope,
  filter: ContactFilter,
  page: Page,
): Promise<Contact[]> {
  return db.read('listContacts', (tx) => listContactRows(tx, filter, page, scope));
}

/** The participants and the initiative of a contact moment must lie in the writer's scope. */
function requireInScope(
  tx: QueryRunner,
  scope: RegisterScope,
  participants: Participant[],
  initiativeId: string | null,
): Promise<void> {
  return requireStakeholdersInScope(tx, scope, [
    ...participants,
    ...(initiativeId ? [{ label: 'Initiative', id: initiativeId }] : []),
  ]);
}

async function checkReferences(
  tx: QueryRunner,
  participants: Participant[],
  initiativeId: string | null,
  recordedById: string | null,
): Promise<void> {
  const check = await checkContactReferences(tx, {
    personIds: participants.filter((p) => p.label === 'Person').map((p) => p.id),
    organizationIds: participants.filter((p) => p.label === 'Organization').map((p) => p.id),
    initiativeId,
    recordedById,
  });
  const [missingPerson] = check.missingPeople;
  if (missingPerson) throw new NotFoundError('Person', missingPerson);
  const [missingOrganization] = check.missingOrganizations;
  if (missingOrganization) throw new NotFoundError('Organization', missingOrganization);
  if (initiativeId && !check.initiativeFound) throw new NotFoundError('Initiative', initiativeId);
  if (recordedById && check.recorder === 'missing') throw new NotFoundError('Person', recordedById);
  if (check.recorder === 'notOfficial') {
    throw new ValidationError('recordedById', 'A contact moment is recorded by an official.');
  }
}

function currentRelations(rows: ContactRelationRow[]) {
  return {
    participants: rows
      .filter((row) => row.type === 'INVOLVES')
      .map((row) => ({ label: row.label as Participant['label'], id: row.id })),
    initiativeId: rows.find((row) => row.type === 'ABOUT')?.id ?? null,
    recordedById: rows.find((row) => row.type === 'RECORDED_BY')?.id ?? null,
  };
}

function withRelationshipIds(
  participants: Participant[],
  initiativeId: string | null | undefined,
  recordedById: string | null | undefined,
) {
  return {
    participants: participants.map((p) => ({ ...p, relationshipId: randomUUID() })),
    initiative: initiativeId ? { id: initiativeId, relationshipId: randomUUID() } : null,
    recordedBy: recordedById ? { id: recordedById, relationshipId: randomUUID() } : null,
  };
}

function mustFind(found: Contact[], id: string): Contact {
  const contact = found[0];
  if (!contact) throw new NotFoundError('Contact', id);
  return contact;
}
