import { randomUUID } from 'node:crypto';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { Person } from '../domain/model.js';
import { parseInput } from '../domain/validation/parseInput.js';
import {
  createPersonInput,
  legalBasisProblem,
  updatePersonInput,
} from '../domain/validation/person.js';
import type { Database } from '../neo4j/database.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import {
  findPeopleByIds,
  listPeople as listPeopleRows,
  type PersonFields,
  type PersonFilter,
  savePerson,
} from '../repositories/personRepository.js';
import { fieldsOf, givenFields } from './patch.js';
import { requireStakeholdersInScope } from './scopeGuard.js';

/** Records a person with their privacy basis; one write transaction. */
export async function createPerson(db: Database, meta: WriteMeta, input: unknown): Promise<Person> {
  const valid = parseInput(createPersonInput, input);
  const id = randomUUID();
  const fields: PersonFields = {
    name: valid.name,
    email: valid.email ?? null,
    phone: valid.phone ?? null,
    postcode: valid.postcode ?? null,
    notes: valid.notes ?? null,
    legalBasis: valid.legalBasis,
    // A reference or consent detail that does not belong to the chosen basis is not kept.
    legalReference: valid.legalBasis === 'PUBLIC_TASK' ? (valid.legalReference ?? null) : null,
    consentDate: valid.legalBasis === 'CONSENT' ? (valid.consentDate ?? null) : null,
    consentTextVersion: valid.legalBasis === 'CONSENT' ? (valid.consentTextVersion ?? null) : null,
    purpose: valid.purpose,
    retainUntil: valid.retainUntil,
    objected: valid.objected ?? false,
    objectedAt: null,
    official: valid.official
      ? {
          officialRole: valid.official.officialRole,
          workEmail: valid.official.workEmail ?? null,
          workPhone: valid.official.workPhone ?? null,
        }
      : null,
  };
  return db.write('createPerson', async (tx) => {
    await savePerson(tx, id, fields, meta);
    return mustFind(await findPeopleByIds(tx, [id], wholeRegister), id);
  });
}

/**
 * Changes a person: absent fields stay, null clears. The legal-basis rule is checked on the
 * merged record inside the transaction, so a patch cannot leave a person without a valid basis.
 */
export async function updatePerson(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Person> {
  const valid = parseInput(updatePersonInput, patch);
  return db.write('updatePerson', async (tx) => {
    const existing = mustFind(await findPeopleByIds(tx, [id], scope), id);
    const current = fieldsOf(existing);
    const { official: _official, ...given } = givenFields(valid);
    const merged: PersonFields = {
      ...current,
      ...given,
      official:
        valid.official === undefined
          ? current.official
          : valid.official === null
            ? null
            : {
                officialRole: valid.official.officialRole,
                workEmail: valid.official.workEmail ?? null,
                workPhone: valid.official.workPhone ?? null,
              },
    };
    if (merged.legalBasis === 'PUBLIC_TASK') {
      merged.consentDate = null;
      merged.consentTextVersion = null;
    } else {
      merged.legalReference = null;
    }
    const problem = legalBasisProblem(merged);
    if (problem) throw new ValidationError(problem.field, problem.message);
    await savePerson(tx, id, merged, meta);
    return mustFind(await findPeopleByIds(tx, [id], scope), id);
  });
}

/** Removes a person and all their links; their contact moments stay, without them. */
export async function deletePerson(
  db: Database,
  scope: RegisterScope,
  id: string,
): Promise<string> {
  const deleted = await db.write('deletePerson', async (tx) => {
    await requireStakeholdersInScope(tx, scope, [{ label: 'Person', id }]);
    return deleteNode(tx, 'deletePerson', 'Person', id);
  });
  if (!deleted) throw new NotFoundError('Person', id);
  return id;
}

export function findPeople(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<Person[]> {
  return db.read('findPeople', (tx) => findPeopleByIds(tx, ids, scope));
}

export function listPeople(
  db: Database,
  scope: RegisterScope,
  filter: PersonFilter,
  page: Page,
): Promise<Person[]> {
  return db.read('listPeople', (tx) => listPeopleRows(tx, filter, page, scope));
}

function mustFind(people: Person[], id: string): Person {
  const person = people[0];
  if (!person) throw new NotFoundError('Person', id);
  return person;
}
