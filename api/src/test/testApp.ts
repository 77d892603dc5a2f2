import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { inject } from 'vitest';
import type { AppServices } from '../app/context.js';
import { type AntenneYoga, createAntenneYoga } from '../app/yoga.js';
import { createAccountNode } from '../auth/accountRepository.js';
import { type AuthServices, createAuthServices } from '../auth/authServices.js';
import { sessionCookieName } from '../auth/cookies.js';
import type { Role } from '../auth/roles.js';
import { startSession } from '../auth/sessionService.js';
import { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { uniqueUsername } from './accountFixtures.js';
import type { TestNeo4j } from './testNeo4j.js';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  db: Database;
  yoga: AntenneYoga;
  services: AppServices;
  /**
   * Runs one GraphQL operation in-process through `yoga.fetch` (no port), signed in as the
   * default test account (every register role, no areas: the whole register; see
   * `defaultTestRoles`), made once per test app. Use `gqlAs(null, …)` for anonymous requests.
   */
  gql<Data>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  /**
   * Like `gql`, sending a `Cookie` header (e.g. `antenne_session=…`) and, optionally, the client
   * address the server sees; returns the response's `Set-Cookie` headers too.
   */
  gqlAs<Data>(
    cookie: string | null,
    query: string,
    variables?: Record<string, unknown>,
    options?: { clientAddress?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<Data> & { setCookies: string[] }>;
  /** The `Cookie` header of the default test account's session (created on first use). */
  defaultCookie(): Promise<string>;
  /** The id of the default test account (`createdBy` of what `gql` records). */
  defaultAccountId(): Promise<string>;
  close(): Promise<void>;
}

/** The roles of the account `gql` signs in as: every register role, so the whole register. */
export const defaultTestRoles: Role[] = ['OFFICIAL', 'AREA_BROKER', 'PRIVACY_OFFICER'];

export function connectTestDatabase(info: TestNeo4j = inject('neo4j')): Database {
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password), {
    disableLosslessIntegers: true,
  });
  return new Database(driver, info.database, pino({ level: 'silent' }));
}

/** The real app (schema, services, repositories) over the test Neo4j, migrated. */
export async function createTestApp(options: { auth?: AuthServices } = {}): Promise<TestApp> {
  const db = connectTestDatabase();
  await migrate(db);
  const auth = options.auth ?? createAuthServices();
  const services: AppServices = {
    db,
    log: pino({ level: 'silent' }),
    version: 'test',
    auth,
  };
  const yoga = createAntenneYoga(services);
  let defaultSession: Promise<{ cookie: string; accountId: string }> | undefined;
  const defaultSessionOnce = () => {
    defaultSession ??= (async () => {
      // No password (a hash nothing matches): the account only ever uses this session.
      const account = await db.write('test.createDefaultAccount', (tx) =>
        createAccountNode(
          tx,
          {
            id: randomUUID(),
            username: uniqueUsername('test-default'),
            displayName: 'Default test account',
            roles: defaultTestRoles,
            areaIds: [],
            personId: null,
            passwordHash: '!',
            authMethod: 'password',
            oidcSubject: null,
          },
          new Date(),
        ),
      );
      const { token } = await startSession(db, auth.lifetime, {
        accountId: account.id,
        now: auth.clock(),
        userAgent: null,
        replacesTokenHash: null,
      });
      return { cookie: `${sessionCookieName}=${token}`, accountId: account.id };
    })();
    return defaultSession;
  };
  const cookieOfDefaultAccount = async () => (await defaultSessionOnce()).cookie;
  // Made now, in the test file's beforeAll (with its long timeout), not in its first test.
  await defaultSessionOnce();
  return {
    db,
    yoga,
    services,
    defaultCookie: cookieOfDefaultAccount,
    defaultAccountId: async () => (await defaultSessionOnce()).accountId,
    gql: async <Data>(query: string, variables?: Record<string, unknown>) => {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await cookieOfDefaultAccount() },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<Data>;
    },
    gqlAs: async <Data>(
      cookie: string | null,
      query: string,
      variables?: Record<string, unknown>,
      options: { clientAddress?: string; headers?: Record<string, string> } = {},
    ) => {
      const response = await yoga.fetch(
        'http://yoga/graphql',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(cookie ? { cookie } : {}),
            ...options.headers,
          },
          body: JSON.stringify({ query, variables }),
        },
        { req: { socket: { remoteAddress: options.clientAddress ?? '192.0.2.1' } } },
      );
      const body = (await response.json()) as GraphQLResponse<Data>;
      return { ...body, setCookies: response.headers.getSetCookie() };
    },
    close: () => db.close(),
  };
}
