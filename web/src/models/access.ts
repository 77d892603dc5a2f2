import type { Route } from './route';
import { type AccountRole, holdsRole, type SessionAccount } from './session';

/**
 * Who may open which view, as the API enforces it (docs/privacy.md §7): the register for officials,
 * area brokers and the privacy officer; the dashboard for management (and administrators); the
 * privacy tools for the privacy officer; account management for administrators. The home page,
 * sign-in and the residents' page are open to everyone.
 */
export const registerRoles: readonly AccountRole[] = ['OFFICIAL', 'AREA_BROKER', 'PRIVACY_OFFICER'];
export const privacyRoles: readonly AccountRole[] = ['PRIVACY_OFFICER'];
export const accountAdminRoles: readonly AccountRole[] = ['ADMIN'];

/** The roles of which an account needs one for the view; null: open to everyone. */
export function rolesForView(view: Route['view']): readonly AccountRole[] | null {
  switch (view) {
    case 'explorer':
    case 'dataTransfer':
    case 'antennae':
    case 'initiatives':
    case 'suggestions':
      return registerRoles;
    case 'privacy':
      return privacyRoles;
    case 'accounts':
      return accountAdminRoles;
    default:
      return null;
  }
}

/**
 * Whether the view can be shown now: `open` (no account needed), `allowed`, `checking` (the
 * session is not known yet), `signInRequired` (anonymous) or `forbidden` (signed in without a
 * role for it).
 */
export type ViewAccess = 'open' | 'allowed' | 'checking' | 'signInRequired' | 'forbidden';

export function viewAccess(
  view: Route['view'],
  session: { checked: boolean; account?: SessionAccount | undefined },
): ViewAccess {
  const roles = rolesForView(view);
  if (!roles) return 'open';
  if (session.account) return holdsRole(session.account, ...roles) ? 'allowed' : 'forbidden';
  return session.checked ? 'signInRequired' : 'checking';
}

/** Whether the account may record in the register (the header's add button). */
export const mayUseRegister = (account: SessionAccount | undefined) =>
  holdsRole(account, ...registerRoles);
