import { describe, expect, it } from 'vitest';
import { ApiError } from './apiError';
import { createGraphQLClient, dataOrThrow, type GraphQLOperation } from './graphqlClient';

function caught(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

async function caughtAsync(run: () => Promise<unknown>): Promise<ApiError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('dataOrThrow', () => {
  it('returns the data of a successful response', () => {
    expect(dataOrThrow(200, { data: { hello: 'world' } })).toEqual({ hello: 'world' });
  });

  it('takes the code of the first GraphQL error', () => {
    const error = caught(() =>
      dataOrThrow(200, {
        data: null,
        errors: [
          { message: 'Not allowed', extensions: { code: 'FORBIDDEN' } },
          { message: 'second', extensions: { code: 'NOT_FOUND' } },
        ],
      }),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Not allowed');
    expect(error.httpStatus).toBe(200);
  });

  it('reads the code yoga sends for a query that does not fit the schema', () => {
    const error = caught(() =>
      dataOrThrow(400, {
        errors: [
          {
            message: 'Cannot query field "nope" on type "Query".',
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      }),
    );
    expect(error.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the field at fault for a VALIDATION error', () => {
    const error = caught(() =>
      dataOrThrow(200, {
        data: null,
        errors: [
          {
            message: 'Use a Dutch postcode such as 7137 AB.',
            extensions: { code: 'VALIDATION', field: 'postcode' },
          },
        ],
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.field).toBe('postcode');
  });

  it('keeps an unknown server code for support but treats it as UNKNOWN', () => {
    const error = caught(() =>
      dataOrThrow(200, { errors: [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }] }),
    );
    expect(error.code).toBe('UNKNOWN');
    expect(error.serverCode).toBe('SOMETHING_NEW');
  });

  it('falls back on the HTTP status when the error has no code', () => {
    expect(caught(() => dataOrThrow(503, { errors: [{ message: 'down' }] })).code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    expect(caught(() => dataOrThrow(500, { errors: [{ message: 'boom' }] })).code).toBe(
      'HTTP_ERROR',
    );
  });

  it('maps gateway failures without a GraphQL body to SERVICE_UNAVAILABLE', () => {
    for (const status of [502, 503, 504]) {
      const error = caught(() => dataOrThrow(status, undefined));
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.httpStatus).toBe(status);
    }
  });

  it('maps other HTTP failures without a GraphQL body to HTTP_ERROR', () => {
    expect(caught(() => dataOrThrow(404, 'Not found')).code).toBe('HTTP_ERROR');
  });

  it('rejects a successful response without data as INVALID_RESPONSE', () => {
    expect(caught(() => dataOrThrow(200, { data: null })).code).toBe('INVALID_RESPONSE');
    expect(caught(() => dataOrThrow(200, ['not', 'an', 'object'])).code).toBe('INVALID_RESPONSE');
  });
});

const echo: GraphQLOperation<{ greeting: string }, { name: string }> = {
  name: 'Echo',
  query: 'query Echo($name: String!) { greeting(name: $name) }',
  parse(data) {
    if (
      typeof data === 'object' &&
      data &&
      'greeting' in data &&
      typeof data.greeting === 'string'
    ) {
      return { greeting: data.greeting };
    }
    throw new Error('no greeting');
  },
};

describe('createGraphQLClient', () => {
  it('posts the operation as JSON to /graphql and returns the parsed data', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const client = createGraphQLClient({
      fetch: async (input, init) => {
        calls.push({ url: String(input), init });
        return Response.json({ data: { greeting: 'Hallo Anna' } });
      },
    });
    await expect(client.request(echo, { name: 'Anna' })).resolves.toEqual({
      greeting: 'Hallo Anna',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/graphql');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({
      operationName: 'Echo',
      query: echo.query,
      variables: { name: 'Anna' },
    });
  });

  it('turns a failed fetch into NETWORK_ERROR', async () => {
    const client = createGraphQLClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect((await caughtAsync(() => client.request(echo, { name: 'x' }))).code).toBe(
      'NETWORK_ERROR',
    );
  });

  it('turns data of the wrong shape into INVALID_RESPONSE', async () => {
    const client = createGraphQLClient({
      fetch: async () => Response.json({ data: { greeting: 42 } }),
    });
    expect((await caughtAsync(() => client.request(echo, { name: 'x' }))).code).toBe(
      'INVALID_RESPONSE',
    );
  });

  it('turns a 503 with an HTML body into SERVICE_UNAVAILABLE', async () => {
    const client = createGraphQLClient({
      fetch: async () => new Response('<h1>Bad gateway</h1>', { status: 503 }),
    });
    expect((await caughtAsync(() => client.request(echo, { name: 'x' }))).code).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('lets an abort through as an abort, not as an error to show', async () => {
    const client = createGraphQLClient({
      fetch: async () => {
        throw new DOMException('aborted', 'AbortError');
      },
    });
    await expect(client.request(echo, { name: 'x' })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
