import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as explorerOperations from '../src/api/explorerOperations';
import type { GraphQLOperation } from '../src/api/graphqlClient';
import { systemStatusQuery } from '../src/api/systemStatusQuery';

/**
 * Every typed operation the web app sends is valid against the schema the running API serves,
 * so a change on either side that breaks a query fails here, not in a user's browser.
 */
describe('the web app’s GraphQL operations', () => {
  it('all validate against the API’s schema', async () => {
    // The served API refuses introspection in production (NODE_ENV=production, as here), so the
    // operations are checked against api/schema.graphql, which a test keeps equal to the code.
    const schema = buildSchema(
      readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'),
    );
    const operations: GraphQLOperation<unknown, Record<string, unknown>>[] = [
      systemStatusQuery,
      ...Object.values(explorerOperations),
    ];
    expect(operations.length).toBeGreaterThan(8);
    const problems = operations.flatMap((operation) =>
      validate(schema, parse(operation.query)).map(
        (error) => `${operation.name}: ${error.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
