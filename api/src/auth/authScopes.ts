import type { Viewer } from '../app/context.js';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors.js';
import type { Role } from './roles.js';

/** The roles that may work in the register (people, organisations, initiatives, links, contacts). */
export const registerRoles = [
  'OFFICIAL',
  'AREA_BROKER',
  'PRIVACY_OFFICER',
] as const satisfies readonly Role[];

/**
 * The Pothos scope-auth scopes (docs/privacy.md §7). `register` is any register role; the others
 * are one role each, combined in `authScopes` with `$any`.
 */
export interface AuthScopes {
  signedIn: boolean;
  register: boolean;
  official: boolean;
  areaBroker: boolean;
  management: boolean;
  privacyOfficer: boolean;
  admin: boolean;
}

export function authScopesOf(viewer: Viewer): AuthScopes {
  const roles: readonly Role[] = viewer.kind === 'user' ? viewer.roles : [];
  return {
    signedIn: viewer.kind === 'user',
    register: roles.some((role) => (registerRoles as readonly Role[]).includes(role)),
    official: roles.includes('OFFICIAL'),
    areaBroker: roles.includes('AREA_BROKER'),
    management: roles.includes('MANAGEMENT'),
    privacyOfficer: roles.includes('PRIVACY_OFFICER'),
    admin: roles.includes('ADMIN'),
  };
}

/** A failed scope check: anonymous viewers must sign in; signed-in ones lack the role. */
export const scopeFailureError = (viewer: Viewer): Error =>
  viewer.kind === 'user' ? new ForbiddenError() : new UnauthenticatedError();
