import { type AccountRole, parseAccount, type SessionAccount } from './session';
import { bool, list, optionalText, record, text } from './shape';

/** An account as the administrator sees it: never a password. */
export interface ManagedAccount extends SessionAccount {
  areaIds: string[];
  disabled: boolean;
  authMethod: string;
  personId: string | null;
}

export function parseManagedAccount(value: unknown, what: string): ManagedAccount {
  const account = record(value, what);
  return {
    ...parseAccount(value, what),
    areaIds: list(account.areaIds, `${what}.areaIds`).map((id, i) =>
      text(id, `${what}.areaIds.${i}`),
    ),
    disabled: bool(account.disabled, `${what}.disabled`),
    authMethod: text(account.authMethod, `${what}.authMethod`),
    personId: optionalText(account.personId, `${what}.personId`),
  };
}

export const parseAccountsData = (data: unknown): ManagedAccount[] =>
  list(record(data, 'data').accounts, 'accounts').map((row, i) =>
    parseManagedAccount(row, `accounts.${i}`),
  );

export const accountOf =
  (field: 'createAccount' | 'setAccountRoles' | 'disableAccount') => (data: unknown) =>
    parseManagedAccount(record(data, 'data')[field], field);

/** Roles that work in areas: only they need areas. */
export const areaRoles: readonly AccountRole[] = ['OFFICIAL', 'AREA_BROKER'];

const passwordAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A random first password (20 characters from an alphabet without look-alikes, about 116 bits),
 * made in the browser with the platform's secure random source.
 */
export function makePassword(random: (bytes: Uint8Array<ArrayBuffer>) => void): string {
  const bytes = new Uint8Array(20);
  random(bytes);
  // 256 is not a multiple of the alphabet's 56 letters: drop the few values that would bias it.
  const limit = 256 - (256 % passwordAlphabet.length);
  let out = '';
  for (const byte of bytes) {
    if (byte < limit) out += passwordAlphabet[byte % passwordAlphabet.length];
  }
  return out.length >= 16 ? out : makePassword(random);
}

/** Why an account form cannot be sent yet, or null when it can. */
export function accountFormProblem(input: {
  username: string;
  displayName: string;
  password: string;
  roles: readonly AccountRole[];
}): 'username' | 'displayName' | 'password' | 'roles' | null {
  if (!/^[A-Za-z0-9._@-]{3,64}$/.test(input.username.trim())) return 'username';
  if (input.displayName.trim() === '') return 'displayName';
  if (input.password.length < 12 || input.password === input.username.trim()) return 'password';
  if (input.roles.length === 0) return 'roles';
  return null;
}
