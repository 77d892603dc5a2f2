import type { RegisterScope } from '../auth/registerScope.js';
import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { QueryRunner } from '../neo4j/database.js';
import { findIdsInScope } from '../repositories/scopeFilter.js';

/** A node a write refers to: its label (for the NOT_FOUND message) and id. */
export interface ScopedRef {
  label: string;
  id: string;
}

const placementTypes = new Set(['LIVES_IN', 'COVERS', 'LOCATED_IN']);

/**
 * Before a write: every stakeholder it touches must lie in the writer's scope, and one outside
 * answers NOT_FOUND exactly like an unknown id (no existence oracle). Areas and themes are
 * vocabulary and pass.
 */
export async function requireStakeholdersInScope(
  tx: QueryRunner,
  scope: RegisterScope,
  refs: readonly ScopedRef[],
): Promise<void> {
  if (scope.kind === 'all') return;
  const stakeholders = refs.filter((ref) => ref.label !== 'Area' && ref.label !== 'Theme');
  const found = await findIdsInScope(
    tx,
    stakeholders.map((ref) => ref.id),
    scope,
  );
  const missing = stakeholders.find((ref) => !found.has(ref.id));
  if (missing) throw new NotFoundError(missing.label, missing.id);
}

/**
 * A placement (LIVES_IN, COVERS, LOCATED_IN) may only point into the writer's areas: placing
 * someone elsewhere would put them out of the writer's own sight, and into someone else's.
 */
export function requirePlacementInScope(scope: RegisterScope, type: string, area: ScopedRef): void {
  if (scope.kind === 'all' || area.label !== 'Area' || !placementTypes.has(type)) return;
  if (!scope.areaIds.includes(area.id)) {
    throw new ForbiddenError(
      `A ${type} link may only point to one of your own areas (or an area inside them).`,
    );
  }
}
