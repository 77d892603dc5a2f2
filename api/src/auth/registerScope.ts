import type { Viewer } from '../app/context.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { Database } from '../neo4j/database.js';
import { expandAreaSubtrees } from '../repositories/scopeFilter.js';
import { registerRoles } from './authScopes.js';

/**
 * What part of the register one request may see and change (docs/privacy.md §7): everything (a
 * privacy officer), or the subtrees of the account's areas plus the unplaced stakeholders the
 * account created itself (an official or area broker). Computed once per request.
 */
export type RegisterScope =
  | { kind: 'all' }
  | {
      kind: 'areas';
      /** The account's areas and every area inside them (PART_OF*0..), expanded once. */
      areaIds: readonly string[];
      /** The account, for the unplaced stakeholders it created (`createdBy`). */
      userId: string;
    };

/** The whole register: for the CLI, background jobs and the privacy officer. */
export const wholeRegister: RegisterScope = { kind: 'all' };

const scopes = new WeakMap<object, Promise<RegisterScope>>();

/**
 * The viewer's register scope, computed once per request context (the area subtree is read
 * once). UNAUTHENTICATED for anonymous viewers, FORBIDDEN without a register role.
 */
export function registerScopeOf(ctx: { db: Database; viewer: Viewer }): Promise<RegisterScope> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') return Promise.reject(new UnauthenticatedError());
  if (!viewer.roles.some((role) => (registerRoles as readonly string[]).includes(role))) {
    return Promise.reject(new ForbiddenError());
  }
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = viewer.roles.includes('PRIVACY_OFFICER')
      ? Promise.resolve(wholeRegister)
      : ctx.db
          .read('registerScope', (tx) => expandAreaSubtrees(tx, viewer.areaIds))
          .then((areaIds) => ({ kind: 'areas' as const, areaIds, userId: viewer.userId }));
    scopes.set(ctx, scope);
  }
  return scope;
}
