import { randomUUID } from 'node:crypto';
import type { RegisterScope } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { linkKey, linkTypes, storedDirection } from '../domain/linkTypes.js';
import { createLinkInput, linkPropertiesProblem } from '../domain/validation/link.js';
import { updateLinkInput } from '../domain/validation/linkUpdate.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Database } from '../neo4j/database.js';
import {
  checkLinkEnds,
  deleteLink as deleteLinkRow,
  findLinkByKey,
  findLinksByIds,
  findLinksTouching,
  type Link,
  mergeLink,
  updateLinkProperties,
} from '../repositories/linkRepository.js';
import type { WriteMeta } from '../repositories/nodeStore.js';
import { isUniquenessViolation } from './constraintConflict.js';
import { givenFields } from './patch.js';
import { requirePlacementInScope, requireStakeholdersInScope } from './scopeGuard.js';

export interface CreatedLink {
  link: Link;
  /** False when the same link (type and ends) already existed: it is returned unchanged. */
  created: boolean;
}

/**
 * Creates a link of any type in the link table, or returns the existing one of that type between
 * the same ends (unchanged; use updateLink to change it). Concurrent calls for one pair yield one
 * link: MERGE on the deterministic key, backed by a uniqueness constraint; the loser of a race
 * reads the winner's link.
 */
export async function createLink(
  db: Database,
  scope: RegisterScope,
  meta: WriteMeta,
  input: unknown,
): Promise<CreatedLink> {
  const valid = parseInput(createLinkInput, input);
  const [from, to] = storedDirection(valid.type, valid.from, valid.to);
  const key = linkKey(valid.type, from.id, to.id);
  const { type, from: _from, to: _to, ...properties } = valid;
  const id = randomUUID();
  try {
    return await db.write(`createLink.${type}`, async (tx) => {
      const ends = await checkLinkEnds(tx, from, to);
      if (!ends.fromFound) throw new NotFoundError(from.label, from.id);
      if (!ends.toFound) throw new NotFoundError(to.label, to.id);
      await requireStakeholdersInScope(tx, scope, [from, to]);
      requirePlacementInScope(scope, type, to);
      if (linkTypes[type].fromOfficial && !ends.fromOfficial) {
        throw new ValidationError('fromId', `A ${type} link starts at an official.`);
      }
      const merged = await mergeLink(tx, { id, type, key, from, to, properties }, meta);
      if (!merged) throw new NotFoundError(from.label, from.id);
      return merged;
    });
  } catch (error) {
    if (!isUniquenessViolation(error)) throw error;
    const existing = await db.read(`createLink.${type}.existing`, (tx) =>
      findLinkByKey(tx, type, key),
    );
    // The same ends were checked against the scope before the write collided.
    if (!existing) throw error;
    return { link: existing, created: false };
  }
}

/** Changes a link's properties (those its type carries); null clears an optional one. */
export async function updateLink(
  db: Database,
  scope: RegisterScope,
  id: string,
  patch: unknown,
): Promise<Link> {
  const valid = parseInput(updateLinkInput, patch);
  return db.write('updateLink', async (tx) => {
    const existing = (await findLinksByIds(tx, [id], scope))[0];
    if (!existing) throw new NotFoundError('Link', id);
    const given = givenFields(valid);
    const problem =
      linkPropertiesProblem(existing.type, given, false) ??
      linkPropertiesProblem(existing.type, { ...existing, ...given }, false);
    if (problem) throw new ValidationError(problem.field, problem.message);
    const updated = await updateLinkProperties(tx, existing, given);
    if (!updated) throw new NotFoundError('Link', id);
    return updated;
  });
}

export async function deleteLink(db: Database, scope: RegisterScope, id: string): Promise<string> {
  const deleted = await db.write('deleteLink', async (tx) => {
    const existing = (await findLinksByIds(tx, [id], scope))[0];
    return existing ? deleteLinkRow(tx, existing) : false;
  });
  if (!deleted) throw new NotFoundError('Link', id);
  return id;
}

export function findLinks(
  db: Database,
  scope: RegisterScope,
  ids: readonly string[],
): Promise<Link[]> {
  return db.read('findLinks', (tx) => findLinksByIds(tx, ids, scope));
}

export function findLinksOf(
  db: Database,
  scope: RegisterScope,
  label: EntityLabel,
  ids: readonly string[],
): Promise<{ ownerId: string; link: Link }[]> {
  return db.read('findLinksOf', (tx) => findLinksTouching(tx, label, ids, scope));
}
