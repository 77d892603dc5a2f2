import { connectNeo4j, type Neo4jConnection } from '@antenne/api/connect-neo4j';
import { createDemoAccounts } from '@antenne/api/demo-accounts';
import { loadConfig } from '@antenne/api/env';
import { createLogger } from '@antenne/api/logger';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** Signs the page's browser context in through the GraphQL `signIn` mutation (sets the cookie). */
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
}

/** Runs a GraphQL request against the e2e server (no session) and returns the whole answer. */
export async function gqlRequest<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
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
