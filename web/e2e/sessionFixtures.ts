import { connectNeo4j, type Neo4jConnection } from '@antenne/api/connect-neo4j';
import { createDemoAccounts } from '@antenne/api/demo-accounts';
import { loadConfig } from '@antenne/api/env';
import { createLogger } from '@antenne/api/logger';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { recordPageErrors } from './browser';

/** The roles of the demo accounts, as the API's `Role` enum spells them. */
export type E2eRole = 'OFFICIAL' | 'AREA_BROKER' | 'MANAGEMENT' | 'PRIVACY_OFFICER' | 'ADMIN';

/** A fresh account per role (unique usernames), and a way to sign a browser page in with one. */
export interface E2eAccount {
  username: string;
  password: string;
  role: string;
}

/**
 * Creates one account per role straight in the e2e Neo4j (as `pnpm start` creates demo accounts),
 * covering `areaIds`. The connection is closed again before returning.
 */
export async function createE2eAccounts(
  prefix: string,
  areaIds: readonly string[] = [],
): Promise<E2eAccount[]> {
  const config = loadConfig();
  const log = createLogger({ logLevel: 'warn', nodeEnv: 'test' });
  const connection: Neo4jConnection = await connectNeo4j(
    config.neo4j.kind === 'external'
      ? config.neo4j
      : {
          kind: 'external',
          uri: `bolt://127.0.0.1:${config.testNeo4j.port}`,
          username: 'neo4j',
          password: '',
          database: config.neo4j.database,
        },
    log,
  );
  try {
    return await createDemoAccounts(connection.db, { usernamePrefix: prefix, areaIds });
  } finally {
    await connection.close();
  }
}

/**
 * Signs the page's browser context in through the GraphQL `signIn` mutation (sets the cookie),
 * then reloads the page so the app asks the server again who is signed in: the navigation shows
 * what the account's roles allow. The page must already be on the app (any path).
 */
export async function signInOnPage(page: Page, account: E2eAccount): Promise<void> {
  const result = await page.evaluate(
    async ({ username, password }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
          variables: { u: username, p: password },
        }),
      });
      return (await response.json()) as { errors?: { message: string }[] };
    },
    { username: account.username, password: account.password },
  );
  if (result.errors?.length) throw new Error(`signIn: ${result.errors[0]?.message}`);
  await page.reload();
  await page.getByTestId('session-menu').waitFor();
}

/** The demo account of `role` among `accounts` (one per role, from `createE2eAccounts`). */
export function accountOf(accounts: readonly E2eAccount[], role: E2eRole): E2eAccount {
  const account = accounts.find((a) => a.role === role);
  if (!account) throw new Error(`no ${role} account`);
  return account;
}

/**
 * Signs in over HTTP without a browser and returns the `Cookie` header value of the session, for
 * the set-up requests of a test (`registerClient`, `gqlRequest`): the register refuses anonymous
 * callers.
 */
export async function signInOverHttp(baseUrl: string, account: E2eAccount): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      variables: { u: account.username, p: account.password },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`signIn: ${body.errors[0]?.message}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('antenne_session='));
  if (!cookie) throw new Error('signIn: no session cookie');
  return cookie;
}

/**
 * The usual set-up of a test file that uses the register: one fresh account per role (the
 * official and area broker covering `areaIds`), and a session of the privacy officer — who may
 * see and change the whole register — for recording the test's data over GraphQL.
 */
export async function registerSession(
  prefix: string,
  areaIds: readonly string[] = [],
): Promise<{ accounts: E2eAccount[]; account(role: E2eRole): E2eAccount; cookie: string }> {
  const accounts = await createE2eAccounts(prefix, areaIds);
  const cookie = await signInOverHttp(inject('baseUrl'), accountOf(accounts, 'PRIVACY_OFFICER'));
  return { accounts, account: (role) => accountOf(accounts, role), cookie };
}

/**
 * A new browser context and page on the app, signed in as `account` (anonymous when null), with
 * the page's errors collected. Dutch unless the options say otherwise.
 */
export async function signedInPage(
  browser: Browser,
  account: E2eAccount | null,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(`${inject('baseUrl')}/`);
  if (account) await signInOnPage(page, account);
  return { context, page, errors };
}

/**
 * Runs a GraphQL request against the e2e server and returns the whole answer; with `cookie` (from
 * `signInOverHttp`) as that account, without as an anonymous caller.
 */
export async function gqlRequest<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** The UUID inside a global id (base64 of `Type:uuid`), for what wants the raw id. */
export const uuidOfGlobalId = (id: string) =>
  Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':');

/** `expect.poll` with room for a loaded machine: analysis answers can take seconds. */
export const eventually = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 45_000, interval: 250 });
