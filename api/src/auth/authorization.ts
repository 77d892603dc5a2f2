import type { Viewer } from '../app/context.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { Role } from './roles.js';

export type SignedInViewer = Extract<Viewer, { kind: 'user' }>;

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireSignedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind !== 'user') throw new UnauthenticatedError();
  return viewer;
}

export const hasRole = (viewer: Viewer, ...allowed: Role[]): boolean =>
  viewer.kind === 'user' && viewer.roles.some((role) => allowed.includes(role));

/**
 * The signed-in viewer when they hold at least one of the roles: UNAUTHENTICATED for anonymous
 * viewers, FORBIDDEN for viewers without any of them.
 */
export function requireRole(viewer: Viewer, ...allowed: Role[]): SignedInViewer {
  const user = requireSignedIn(viewer);
  if (!hasRole(user, ...allowed)) throw new ForbiddenError();
  return user;
}
