import { randomUUID } from 'node:crypto';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { allowedNextStatuses, canMoveInitiative } from '../domain/initiativeStatus.js';
import type { Initiative } from '../domain/model.js';
import {
  createInitiativeInput,
  responseDateProblem,
  updateInitiativeInput,
} from '../domain/validation/initiative.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { Database } from '../neo4j/database.js';
import {
  findInitiativesByIds,
  type InitiativeFilter,
  listInitiatives as listInitiativeRows,
  saveInitiative,
} from '../repositories/initiativeRepository.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import { fieldsOf, givenFields } from './patch.js';
import { requireStakeholdersInScope } from './scopeGuard.js';

export async function createInitiative(
  db: Database,
  meta: WriteMeta,
  input: unknown,
): Promise<Initiative> {
  const valid = parseInput(createInitiativeInput, input);
  const id = randomUUID();
  return db.write('createInitiative', async (tx) => {
    await saveInitiative(
      tx,
      id,
      {
        title: valid.title,
        description: valid.description ?? null,
        status: valid.status ?? 'IDEA',
        offers: valid.offers ?? [],
        receivedAt: valid.receivedAt,
        firstResponseAt: valid.firstResponseAt ?? null,
        public: valid.public ?? false,
      },
      meta,
    );
    return mustFind(await findInitiativesByIds(tx, [id], wholeRegister), id);
  });
}

/** Changes an initiative; a status move must be allowed (see `initiativeStatus.ts`). */
export async function updateInitiative(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Initiative> {
  const valid = parseInput(updateInitiativeInput, patch);
  return db.write('updateInitiative', async (tx) => {
    const existing = mustFind(await findInitiativesByIds(tx, [id], scope), id);
    const merged = { ...fieldsOf(existing), ...givenFields(valid) };
    if (!canMoveInitiative(existing.status, merged.status)) {
      const allowed = allowedNextStatuses(existing.status).join(', ');
      throw new ValidationError(
        'status',
        `An initiative that is ${existing.status} can move to ${allowed}, not to ${merged.status}.`,
      );
    }
    const problem = responseDateProblem(merged.receivedAt, merged.firstResponseAt);
    if (problem) throw new ValidationError('firstResponseAt', problem);
    await saveInitiative(tx, id, merged, meta);
    return mustFind(await findInitiativesByIds(tx, [id], scope), id);
  });
}

/** Removes an initiative and its links; contact moments about it stay, without it. */
export async function deleteInitiative(
  db: Database,
  scope: RegisterScope,
  id: string,
): Promise<string> {
  const deleted = await db.write('deleteInitiative', async (tx) => {
    await requireStakeholdersInScope(tx, scope, [{ label: 'Initiative', id }]);
    return deleteNode(tx, 'deleteInitiative', 'Initiative', id);
  });
  if (!deleted) throw new NotFoundError('Initiative', id);
  return id;
}

export function findInitiatives(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<Initiative[]> {
  return db.read('findInitiatives', (tx) => findInitiativesByIds(tx, ids, scope));
}

export function listInitiatives(
  db: Database,
  scope: RegisterScope,
  filter: InitiativeFilter,
  page: Page,
): Promise<Initiative[]> {
  return db.read('listInitiatives', (tx) => listInitiativeRows(tx, filter, page, scope));
}

function mustFind(found: Initiative[], id: string): Initiative {
  const initiative = found[0];
  if (!initiative) throw new NotFoundError('Initiative', id);
  return initiative;
}
