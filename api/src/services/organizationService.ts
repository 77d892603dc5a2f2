import { randomUUID } from 'node:crypto';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import { NotFoundError } from '../domain/errors.js';
import type { Organization } from '../domain/model.js';
import {
  createOrganizationInput,
  updateOrganizationInput,
} from '../domain/validation/organization.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { Database } from '../neo4j/database.js';
import { deleteNode, type Page, type WriteMeta } from '../repositories/nodeStore.js';
import {
  findOrganizationsByIds,
  listOrganizations as listOrganizationRows,
  type OrganizationFilter,
  saveOrganization,
} from '../repositories/organizationRepository.js';
import { fieldsOf, givenFields } from './patch.js';
import { requireStakeholdersInScope } from './scopeGuard.js';

export async function createOrganization(
  db: Database,
  meta: WriteMeta,
  input: unknown,
): Promise<Organization> {
  const valid = parseInput(createOrganizationInput, input);
  const id = randomUUID();
  return db.write('createOrganization', async (tx) => {
    await saveOrganization(
      tx,
      id,
      {
        name: valid.name,
        kind: valid.kind,
        description: valid.description ?? null,
        website: valid.website ?? null,
        email: valid.email ?? null,
        phone: valid.phone ?? null,
        postcode: valid.postcode ?? null,
        public: valid.public ?? false,
      },
      meta,
    );
    return mustFind(await findOrganizationsByIds(tx, [id], wholeRegister), id);
  });
}

export async function updateOrganization(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Organization> {
  const valid = parseInput(updateOrganizationInput, patch);
  return db.write('updateOrganization', async (tx) => {
    const existing = mustFind(await findOrganizationsByIds(tx, [id], scope), id);
    await saveOrganization(tx, id, { ...fieldsOf(existing), ...givenFields(valid) }, meta);
    return mustFind(await findOrganizationsByIds(tx, [id], scope), id);
  });
}

/** Removes an organization and its links; contact moments stay, without it. */
export async function deleteOrganization(
  db: Database,
  scope: RegisterScope,
  id: string,
): Promise<string> {
  const deleted = await db.write('deleteOrganization', async (tx) => {
    await requireStakeholdersInScope(tx, scope, [{ label: 'Organization', id }]);
    return deleteNode(tx, 'deleteOrganization', 'Organization', id);
  });
  if (!deleted) throw new NotFoundError('Organization', id);
  return id;
}

export function findOrganizations(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<Organization[]> {
  return db.read('findOrganizations', (tx) => findOrganizationsByIds(tx, ids, scope));
}

export function listOrganizations(
  db: Database,
  scope: RegisterScope,
  filter: OrganizationFilter,
  page: Page,
): Promise<Organization[]> {
  return db.read('listOrganizations', (tx) => listOrganizationRows(tx, filter, page, scope));
}

function mustFind(found: Organization[], id: string): Organization {
  const organization = found[0];
  if (!organization) throw new NotFoundError('Organization', id);
  return organization;
}
