import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  parse,
  validate,
} from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import * as explorerOperations from '../src/api/explorerOperations';
import type { GraphQLOperation } from '../src/api/graphqlClient';
import { systemStatusQuery } from '../src/api/systemStatusQuery';

/**
 * Every typed operation the web app sends is valid against the schema the running API serves,
 * so a change on either side that breaks a query fails here, not in a user's browser.
 */
describe('the web app’s GraphQL operations', () => {
  it('all validate against the API’s schema', async () => {
    const response = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery() }),
    });
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    const schema = buildClientSchema(data);
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
