import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { inject } from 'vitest';
import type { AppServices } from '../app/context.js';
import { type AntenneYoga, createAntenneYoga } from '../app/yoga.js';
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
  close(): Promise<void>;
}

export function connectTestDatabase(info: TestNeo4j = inject('neo4j')): Database {
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.username, info.password), {
    disableLosslessIntegers: true,
  });
  return new Database(driver, info.database, pino({ level: 'silent' }));
}

/** The real app (schema, services, repositories) over the test Neo4j, migrated. */
export async function createTestApp(): Promise<TestApp> {
  const db = connectTestDatabase();
  await migrate(db);
  const services: AppServices = { db, log: pino({ level: 'silent' }), version: 'test' };
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
    close: () => db.close(),
  };
}
