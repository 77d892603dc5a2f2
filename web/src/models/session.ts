import { list, oneOf, record, text } from './shape';

/** The roles an account can hold (the API's `Role` enum). */
export const accountRoles = [
  'OFFICIAL',
  'AREA_BROKER',
  'MANAGEMENT',
  'PRIVACY_OFFICER',
  'ADMIN',
] as const;
export type AccountRole = (typeof accountRoles)[number];

/** The signed-in account as the web app knows it: no password, no session token. */
export interface SessionAccount {
  id: string;
  /** The sign-in name; usually the work email address. */
  username: string;
  displayName: string;
  roles: AccountRole[];
}

export function parseAccount(value: unknown, what: string): SessionAccount {
  const account = record(value, what);
  return {
    id: text(account.id, `${what}.id`),
    username: text(account.username, `${what}.username`),
    displayName: text(account.displayName, `${what}.displayName`),
    roles: list(account.roles, `${what}.roles`).map((role, i) =>
      oneOf(role, accountRoles, `${what}.roles.${i}`),
    ),
  };
}

/** The `me` query's answer: the account, or null when not signed in. */
export function parseMeData(data: unknown): SessionAccount | null {
  const root = record(data, 'data');
  return root.me === null ? null : parseAccount(root.me, 'me');
}

export function parseSignInData(data: unknown): SessionAccount {
  return parseAccount(record(data, 'data').signIn, 'signIn');
}

/** Whether the account holds at least one of the roles. */
export const holdsRole = (account: SessionAccount | undefined, ...roles: AccountRole[]): boolean =>
  account?.roles.some((role) => roles.includes(role)) ?? false;

/** Roles that may open the management dashboard. */
export const dashboardRoles: readonly AccountRole[] = ['MANAGEMENT', 'ADMIN'];
