import { z } from 'zod';
import type { Database, QueryRunner } from '../neo4j/database.js';
import { neoDateTime, nullableString } from '../repositories/neo4jValues.js';
import { parseRow, parseRows } from '../repositories/rowParsing.js';
import { type Account, usernameKey } from './account.js';
import { normalizeRoles } from './roles.js';

const accountRow = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()).transform(normalizeRoles),
    areaIds: z.array(z.string()),
    personId: nullableString,
    disabled: z.boolean(),
    authMethod: z.enum(['password', 'oidc']),
    createdAt: neoDateTime,
    updatedAt: neoDateTime,
    passwordHash: nullableString,
  })
  .transform(({ passwordHash, ...account }) => ({
    account: account satisfies Account,
    passwordHash,
  }));

const projection = `a.id AS id, a.username AS username, a.displayName AS displayName,
  coalesce(a.roles, []) AS roles, coalesce(a.areaIds, []) AS areaIds, a.personId AS personId,
  coalesce(a.disabled, false) AS disabled, a.authMethod AS authMethod,
  a.createdAt AS createdAt, a.updatedAt AS updatedAt, a.passwordHash AS passwordHash`;

export interface NewAccount {
  id: string;
  username: string;
  displayName: string;
  roles: readonly string[];
  areaIds: readonly string[];
  personId: string | null;
  passwordHash: string | null;
  authMethod: 'password' | 'oidc';
  oidcSubject: string | null;
}

/** The account and its password hash, by username (case-insensitive): for sign-in only. */
export function findAccountForSignIn(
  db: Database,
  username: string,
): Promise<{ account: Account; passwordHash: string | null } | null> {
  return db.read('account.findForSignIn', async (tx) => {
    const [row] = await tx.run(
      `/* findAccountForSignIn */ MATCH (a:Account {usernameKey: $key}) RETURN ${projection}`,
      { key: usernameKey(username) },
    );
    return row ? parseRow(accountRow, row, 'findAccountForSignIn') : null;
  });
}

export async function findAccountById(tx: QueryRunner, id: string): Promise<Account | null> {
  const [row] = await tx.run(
    `/* findAccountById */ MATCH (a:Account {id: $id}) RETURN ${projection}`,
    { id },
  );
  return row ? parseRow(accountRow, row, 'findAccountById').account : null;
}

export async function findAccountByOidcSubject(
  tx: QueryRunner,
  subject: string,
): Promise<Account | null> {
  const [row] = await tx.run(
    `/* findAccountByOidcSubject */ MATCH (a:Account {oidcSubject: $subject}) RETURN ${projection}`,
    { subject },
  );
  return row ? parseRow(accountRow, row, 'findAccountByOidcSubject').account : null;
}

export async function isUsernameTaken(tx: QueryRunner, username: string): Promise<boolean> {
  const rows = await tx.run(
    `/* isUsernameTaken */ MATCH (a:Account {usernameKey: $key}) RETURN a.id AS id`,
    { key: usernameKey(username) },
  );
  return rows.length > 0;
}

/** Creates the account (a retried transaction finds the one its first attempt made). */
export async function createAccountNode(
  tx: QueryRunner,
  account: NewAccount,
  at: Date,
): Promise<Account> {
  const [row] = await tx.run(
    `/* createAccount */
     MERGE (a:Account {id: $id})
       ON CREATE SET a.username = $username, a.usernameKey = $usernameKey,
         a.displayName = $displayName, a.roles = $roles, a.areaIds = $areaIds,
         a.personId = $personId, a.passwordHash = $passwordHash, a.authMethod = $authMethod,
         a.oidcSubject = $oidcSubject, a.disabled = false,
         a.createdAt = datetime($at), a.updatedAt = datetime($at)
     RETURN ${projection}`,
    {
      ...account,
      roles: [...account.roles],
      areaIds: [...account.areaIds],
      usernameKey: usernameKey(account.username),
      at: at.toISOString(),
    },
  );
  return parseRow(accountRow, row, 'createAccount').account;
}

/** Replaces the roles, and the areas when given; null when there is no such account. */
export async function updateAccountRoles(
  tx: QueryRunner,
  id: string,
  change: { roles: readonly string[]; areaIds: readonly string[] | null },
  at: Date,
): Promise<Account | null> {
  const [row] = await tx.run(
    `/* updateAccountRoles */
     MATCH (a:Account {id: $id})
     SET a.roles = $roles, a.areaIds = coalesce($areaIds, a.areaIds, []), a.updatedAt = datetime($at)
     RETURN ${projection}`,
    {
      id,
      roles: [...change.roles],
      areaIds: change.areaIds ? [...change.areaIds] : null,
      at: at.toISOString(),
    },
  );
  return row ? parseRow(accountRow, row, 'updateAccountRoles').account : null;
}

/** Updates what single sign-on tells about an account at each sign-in. */
export async function updateOidcAccount(
  tx: QueryRunner,
  id: string,
  change: { displayName: string; roles: readonly string[] },
  at: Date,
): Promise<Account | null> {
  const [row] = await tx.run(
    `/* updateOidcAccount */
     MATCH (a:Account {id: $id})
     SET a.displayName = $displayName, a.roles = $roles, a.updatedAt = datetime($at)
     RETURN ${projection}`,
    { id, displayName: change.displayName, roles: [...change.roles], at: at.toISOString() },
  );
  return row ? parseRow(accountRow, row, 'updateOidcAccount').account : null;
}

export async function markAccountDisabled(
  tx: QueryRunner,
  id: string,
  at: Date,
): Promise<Account | null> {
  const [row] = await tx.run(
    `/* disableAccount */
     MATCH (a:Account {id: $id})
     SET a.disabled = true, a.disabledAt = coalesce(a.disabledAt, datetime($at)),
       a.updatedAt = datetime($at)
     RETURN ${projection}`,
    { id, at: at.toISOString() },
  );
  return row ? parseRow(accountRow, row, 'disableAccount').account : null;
}

export function listAccounts(db: Database): Promise<Account[]> {
  return db.read('account.list', async (tx) => {
    const rows = await tx.run(
      `/* listAccounts */ MATCH (a:Account) RETURN ${projection} ORDER BY a.usernameKey`,
    );
    return parseRows(accountRow, rows, 'listAccounts').map((row) => row.account);
  });
}

export async function countAccounts(tx: QueryRunner): Promise<number> {
  const [row] = await tx.run('/* countAccounts */ MATCH (a:Account) RETURN count(a) AS n');
  return parseRow(z.object({ n: z.number().int() }), row, 'countAccounts').n;
}
