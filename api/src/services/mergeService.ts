import type { RegisterScope } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  absorbMergedRecord,
  findRelationshipShapes,
  lockMergePair,
  type MergeableLabel,
  moveRelationships,
  removeLinksBetween,
} from '../repositories/mergeRepository.js';
import { requireStakeholdersInScope } from './scopeGuard.js';

export interface MergeRequest {
  keep: { label: EntityLabel; id: string };
  merge: { label: EntityLabel; id: string };
}

export interface MergeResult {
  label: MergeableLabel;
  keptId: string;
  mergedId: string;
  /** Relationships of the merged record that now belong to the kept one. */
  movedLinks: number;
  /** Relationships folded into a link the kept record already had. */
  combinedLinks: number;
  /** Links between the two records, dropped because they would have become self-links. */
  removedLinks: number;
  /** Every record id merged into the kept one so far, this one included. */
  mergedFrom: string[];
}

/** Test seam: runs inside the merge transaction after every write, before commit. */
export interface MergeHooks {
  beforeCommit?: (tx: QueryRunner) => Promise<void>;
}

const mergeableLabels: readonly EntityLabel[] = ['Person', 'Organization'];

/**
 * Merges two records of the same stakeholder into the kept one, in one write transaction: every
 * relationship of the merged record moves over (duplicates combined, self-links dropped), missing
 * properties are filled in, and the merged record is deleted. Any failure rolls it all back.
 */
export async function mergeStakeholders(
  db: Database,
  scope: RegisterScope,
  request: MergeRequest,
  hooks: MergeHooks = {},
): Promise<MergeResult> {
  const { keep, merge } = request;
  if (!mergeableLabels.includes(keep.label)) {
    throw new ValidationError('keepId', 'Only two people or two organizations can be merged.');
  }
  if (merge.label !== keep.label) {
    throw new ValidationError('mergeId', `Both records must be of the same kind (${keep.label}).`);
  }
  if (merge.id === keep.id) {
    throw new ValidationError('mergeId', 'A record cannot be merged with itself.');
  }
  const label = keep.label as MergeableLabel;

  return db.write('mergeStakeholders', async (tx) => {
    const pair = await lockMergePair(tx, label, keep.id, merge.id);
    if (!pair.keepElementId) throw new NotFoundError(label, keep.id);
    if (!pair.mergeElementId) throw new NotFoundError(label, merge.id);
    await requireStakeholdersInScope(tx, scope, [keep, merge]);
    const located = { keepElementId: pair.keepElementId, mergeElementId: pair.mergeElementId };

    const removedLinks = await removeLinksBetween(tx, located);
    let movedLinks = 0;
    let combinedLinks = 0;
    for (const shape of await findRelationshipShapes(tx, located.mergeElementId)) {
      const counts = await moveRelationships(tx, located, shape);
      movedLinks += counts.moved;
      combinedLinks += counts.combined;
    }
    const mergedFrom = await absorbMergedRecord(tx, located);
    await hooks.beforeCommit?.(tx);
    return {
      label,
      keptId: keep.id,
      mergedId: merge.id,
      movedLinks,
      combinedLinks,
      removedLinks,
      mergedFrom,
    };
  });
}
