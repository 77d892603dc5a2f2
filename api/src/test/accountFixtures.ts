import { randomUUID } from 'node:crypto';
import type { Account } from '../auth/account.js';
import { createAccountNode } from '../auth/accountRepository.js';
import { hashPassword } from '../auth/passwordHashing.js';
import type { Role } from '../auth/roles.js';
import type { Database } from '../neo4j/database.js';
import type { TestApp } from './testApp.js';

/** Every fixture account has this password (hashed once per test file). */
export const fixturePassword = 'correct horse battery staple';
let fixtureHash: Promise<string> | undefined;

export interface FixtureAccount extends Account {
  password: string;
}

/** A unique username, so test files sharing one database never collide. */
export const uniqueUsername = (hint = 'user') => `${hint}-${randomUUID().slice(0, 8)}`;

/** Creates an account straight in the database (no GraphQL, no audit entry). */
export async function createFixtureAccount(
  db: Database,
  fields: { roles?: Role[]; areaIds?: string[]; username?: string; personId?: string | null } = {},
): Promise<FixtureAccount> {
  fixtureHash ??= hashPassword(fixturePassword);
  const passwordHash = await fixtureHash;
  const account = await db.write('test.createAccount', (tx) =>
    createAccountNode(
      tx,
      {
        id: randomUUID(),
        username: fields.username ?? uniqueUsername(),
        displayName: 'Test account',
        roles: fields.roles ?? ['OFFICIAL'],
        areaIds: fields.areaIds ?? [],
        personId: fields.personId ?? null,
        passwordHash,
        authMethod: 'password',
        oidcSubject: null,
      },
      new Date(),
    ),
  );
  return { ...account, password: fixturePassword };
}

/** The `name=value` of a `Set-Cookie` header list's session cookie, ready for a `Cookie` header. */
export function sessionCookieFrom(setCookies: readonly string[]): string | null {
  const header = setCookies.find((cookie) => cookie.startsWith('antenne_session='));
  const pair = header?.split(';')[0];
  return pair && pair !== 'antenne_session=' ? pair : null;
}

/** Signs in through GraphQL and returns the `Cookie` header value for the new session. */
export async function signInAs(
  app: TestApp,
  account: { username: string; password: string },
  options: { clientAddress?: string } = {},
): Promise<string> {
  const result = await app.gqlAs(
    null,
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
    { u: account.username, p: account.password },
    options,
  );
  const cookie = sessionCookieFrom(result.setCookies);
  if (result.errors || !cookie) {
    throw new Error(`sign-in failed: ${JSON.stringify(result.errors ?? result.setCookies)}`);
  }
  return cookie;
}
