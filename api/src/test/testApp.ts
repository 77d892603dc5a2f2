import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { inject } from 'vitest';
import type { AppServices } from '../app/context.js';
import { type AntenneYoga, createAntenneYoga } from '../app/yoga.js';
import type { AuthServices } from '../auth/authServices.js';
import { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import type { TestNeo4j } from './testNeo4j.js';

export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  db: Database;
  yoga: AntenneYoga;
  services: AppServices;
  /** Runs one GraphQL operation in-process through `yoga.fetch` (no port). */
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
  close(): Promise<void>;
}

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
  const services: AppServices = {
    db,
    log: pino({ level: 'silent' }),
    version: 'test',
    ...(options.auth ? { auth: options.auth } : {}),
  };
  const yoga = createAntenneYoga(services);
  return {
    db,
    yoga,
    services,
    gql: async <Data>(query: string, variables?: Record<string, unknown>) => {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
