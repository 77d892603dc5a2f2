import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../neo4j/database.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { createAntenneYoga } from './yoga.js';

describe('health and status', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('GET /health answers 200 while Neo4j answers', async () => {
    const response = await app.yoga.fetch('http://yoga/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('GET /health answers 503 when Neo4j does not', async () => {
    const unreachable = neo4j.driver('bolt://127.0.0.1:1', undefined, {
      connectionTimeout: 500,
      maxTransactionRetryTime: 0,
    });
    const log = pino({ level: 'silent' });
    const yoga = createAntenneYoga({
      db: new Database(unreachable, 'neo4j', log),
      log,
      version: 'x',
    });
    const response = await yoga.fetch('http://yoga/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
    await unreachable.close();
  });

  it('answers systemStatus with the Neo4j version and applied migrations', async () => {
    const result = await app.gql<{
      systemStatus: { database: { reachable: boolean; neo4jVersion: string; edition: string } };
    }>(
      '{ systemStatus { version database { reachable neo4jVersion edition migrationsApplied } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.systemStatus.database).toMatchObject({
      reachable: true,
      edition: 'community',
    });
    expect(result.data?.systemStatus.database.neo4jVersion).toMatch(/^5\.26\./);
  });

  it('echoes a sane x-request-id and invents one otherwise', async () => {
    const given = await app.yoga.fetch('http://yoga/health', {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const invented = await app.yoga.fetch('http://yoga/health', {
      headers: { 'x-request-id': 'not ok\nid' },
    });
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks unexpected errors and names bad queries with a code', async () => {
    const result = await app.gql('{ noSuchField }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
