import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';
import { ApiError, type ApiErrorCode, isApiErrorCode } from './apiError';

/**
 * One GraphQL operation: its text, and a parser that turns the untyped `data` into the type the
 * caller works with (throwing when the shape is wrong), so nothing untyped leaves this layer.
 */
export interface GraphQLOperation<Data, Variables extends Record<string, unknown>> {
  name: string;
  query: string;
  parse(data: unknown): Data;
  /** Only there to carry the variables' type; never set. */
  readonly variables?: Variables;
}

/**
 * An operation from a `graphql()` document: its variables' type is the one gql.tada infers from
 * `api/schema.graphql`, its name the document's operation name. The response is still parsed at
 * runtime by `parse`: the schema types say what the server promises, the parser checks it.
 */
export function defineOperation<Result, Variables extends Record<string, unknown>, Data>(
  document: TadaDocumentNode<Result, Variables>,
  parse: (data: unknown) => Data,
): GraphQLOperation<Data, Variables> {
  const operation = document.definitions.find(
    (definition) => definition.kind === 'OperationDefinition',
  );
  const name = operation && 'name' in operation ? operation.name?.value : undefined;
  if (!name) throw new Error('a GraphQL operation needs a name');
  return { name, query: print(document), parse };
}

/** The variables type of an operation, e.g. `VariablesOfOperation<typeof createPersonMutation>`. */
export type VariablesOfOperation<Operation> =
  Operation extends GraphQLOperation<unknown, infer Variables> ? Variables : never;

export type NoVariables = Record<string, never>;

export interface GraphQLClient {
  request<Data, Variables extends Record<string, unknown>>(
    operation: GraphQLOperation<Data, Variables>,
    variables?: Variables,
    options?: { signal?: AbortSignal },
  ): Promise<Data>;
}

export interface GraphQLClientOptions {
  endpoint?: string;
  fetch?: typeof globalThis.fetch;
}

/** GraphQL over `fetch`: POST JSON to /graphql; every failure becomes an `ApiError`. */
export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLClient {
  const endpoint = options.endpoint ?? '/graphql';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    async request(operation, variables, requestOptions) {
      let response: Response;
      try {
        response = await doFetch(endpoint, {
          method: 'POST',
          headers: {
            accept: 'application/graphql-response+json, application/json',
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            operationName: operation.name,
            query: operation.query,
            variables: variables ?? {},
          }),
          signal: requestOptions?.signal ?? null,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        throw new ApiError('NETWORK_ERROR', `could not reach ${endpoint}: ${String(error)}`);
      }
      const body = await readJson(response);
      const data = dataOrThrow(response.status, body);
      try {
        return operation.parse(data);
      } catch (error) {
        throw new ApiError(
          'INVALID_RESPONSE',
          `${operation.name}: unexpected data: ${String(error)}`,
          response.status,
        );
      }
    },
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * The `data` of a GraphQL response, or the `ApiError` it stands for: the first error's
 * `extensions.code` wins; without a GraphQL body the HTTP status decides.
 */
export function dataOrThrow(httpStatus: number, body: unknown): unknown {
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors : [];
  const first: unknown = errors[0];
  if (first !== undefined) {
    const message = isRecord(first) && typeof first.message === 'string' ? first.message : '';
    const extensions = isRecord(first) && isRecord(first.extensions) ? first.extensions : {};
    const code = extensions.code;
    throw new ApiError(
      isApiErrorCode(code) ? code : fallbackCode(httpStatus),
      message || `GraphQL error (HTTP ${httpStatus})`,
      httpStatus,
      typeof code === 'string' ? code : undefined,
      typeof extensions.field === 'string' ? extensions.field : undefined,
    );
  }
  if (httpStatus < 200 || httpStatus >= 300) {
    throw new ApiError(fallbackCode(httpStatus), `HTTP ${httpStatus}`, httpStatus);
  }
  if (!isRecord(body) || !('data' in body) || body.data === null || body.data === undefined) {
    throw new ApiError('INVALID_RESPONSE', 'the response has no data', httpStatus);
  }
  return body.data;
}

function fallbackCode(httpStatus: number): ApiErrorCode {
  if (httpStatus === 502 || httpStatus === 503 || httpStatus === 504) return 'SERVICE_UNAVAILABLE';
  if (httpStatus >= 200 && httpStatus < 300) return 'UNKNOWN';
  return 'HTTP_ERROR';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
