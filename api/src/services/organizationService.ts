import { randomUUID } from 'node:crypto';
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
    return mustFind(await findOrganizationsByIds(tx, [id]), id);
  });
}

export async function updateOrganization(
  db: Database,
  meta: WriteMeta,
  id: string,
  patch: unknown,
): Promise<Organization> {
  const valid = parseInput(updateOrganizationInput, patch);
  return db.write('updateOrganization', async (tx) => {
    const existing = mustFind(await findOrganizationsByIds(tx, [id]), id);
    await saveOrganization(tx, id, { ...fieldsOf(existing), ...givenFields(valid) }, meta);
    return mustFind(await findOrganizationsByIds(tx, [id]), id);
  });
}

/** Removes an organization and its links; contact moments stay, without it. */
export async function deleteOrganization(db: Database, id: string): Promise<string> {
  const deleted = await db.write('deleteOrganization', (tx) =>
    deleteNode(tx, 'deleteOrganization', 'Organization', id),
  );
  if (!deleted) throw new NotFoundError('Organization', id);
  return id;
}

export function findOrganizations(db: Database, ids: readonly string[]): Promise<Organization[]> {
  return db.read('findOrganizations', (tx) => findOrganizationsByIds(tx, ids));
}

export function listOrganizations(
  db: Database,
  filter: OrganizationFilter,
  page: Page,
): Promise<Organization[]> {
  return db.read('listOrganizations', (tx) => listOrganizationRows(tx, filter, page));
}

function mustFind(found: Organization[], id: string): Organization {
  const organization = found[0];
  if (!organization) throw new NotFoundError('Organization', id);
  return organization;
}
