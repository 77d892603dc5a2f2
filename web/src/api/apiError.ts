/**
 * Every way a GraphQL call can fail that the user may be told about. Codes the server sends in
 * `errors[].extensions.code` are kept when known; anything else becomes UNKNOWN. Each code has a
 * translated message (see `i18n/errorMessages.ts`).
 */
export const apiErrorCodes = [
  /** The browser could not reach the server at all. */
  'NETWORK_ERROR',
  /** The server (or a proxy in front of it) answered 502/503/504. */
  'SERVICE_UNAVAILABLE',
  /** Another HTTP failure without a GraphQL error body. */
  'HTTP_ERROR',
  /** The answer was not the JSON shape the client expects. */
  'INVALID_RESPONSE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  /** An input value is not acceptable; `ApiError.field` names it (e.g. `postcode`). */
  'VALIDATION',
  /** The change collides with what is stored (a duplicate, or a state that forbids it). */
  'CONFLICT',
  /** Too many attempts in a short time. */
  'RATE_LIMITED',
  /** The request nests deeper than the server allows (GRAPHQL_MAX_DEPTH). */
  'DEPTH_LIMIT',
  /** The request uses more aliases than the server allows. */
  'ALIAS_LIMIT',
  /** The request document is longer than the server allows. */
  'TOKEN_LIMIT',
  /** The request would cost more than the server allows. */
  'COST_LIMIT',
  /** Schema introspection is switched off on this server. */
  'INTROSPECTION_DISABLED',
  'INTERNAL_SERVER_ERROR',
  'UNKNOWN',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

const knownCodes: ReadonlySet<string> = new Set(apiErrorCodes);

export function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

/**
 * A failed GraphQL call, with a code the UI can translate; `message` is for logs, not users.
 * `serverCode` keeps the server's own code even when this client does not know it yet.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly httpStatus?: number,
    readonly serverCode?: string,
    /** For VALIDATION: the dotted path of the input field at fault (`extensions.field`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
