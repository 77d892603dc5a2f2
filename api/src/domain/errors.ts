/**
 * Expected failures, each with a stable code the web app translates. They carry no GraphQL:
 * `app/maskError.ts` turns them into GraphQL errors with `extensions.code` (and `extensions.field`),
 * while anything else stays masked.
 */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

/** The thing asked for does not exist (or is not of the kind the caller said). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found.`);
    this.name = 'NotFoundError';
  }
}

/** An input value is not acceptable; `field` is its dotted path within the input (e.g. `strength`). */
export class ValidationError extends DomainError {
  readonly code = 'VALIDATION';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** The change collides with what is stored (a duplicate, or a state that forbids it). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Not signed in (or the session expired), or the sign-in itself failed. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to do this.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** Signed in, but the account's roles do not allow this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your role does not allow this.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Too many attempts; `retryAfterSeconds` says when to try again (sent as `extensions.retryAfterSeconds`). */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.name = 'RateLimitedError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
