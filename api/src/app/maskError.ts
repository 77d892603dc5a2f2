import { GraphQLError } from 'graphql';
import { maskError as defaultMaskError } from 'graphql-yoga';
import { type DomainError, isDomainError } from '../domain/errors.js';

/**
 * `instanceof GraphQLError` fails when graphql is loaded twice (its ESM and CJS builds, as under
 * vitest, where the executor's copy differs from ours), so recognise it by name as well.
 */
const isGraphQLError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');

/**
 * Expected failures (domain errors) reach the client with their message and
 * `extensions.code` (plus `extensions.field` for VALIDATION,
 * `extensions.retryAfterSeconds` for RATE_LIMITED); everything else is masked as usual.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = domainErrorIn(error);
  if (original) {
    const located = isGraphQLError(error) ? error : undefined;
    const field = 'field' in original ? original.field || fieldOfVariableError(error) : undefined;
    return new GraphQLError(original.message, {
      nodes: located?.nodes,
      path: located?.path,
      extensions: {
        code: original.code,
        ...(field ? { field } : {}),
        ...('retryAfterSeconds' in original
          ? { retryAfterSeconds: original.retryAfterSeconds }
          : {}),
      },
    });
  }
  return defaultMaskError(error, message, isDev);
}

/**
 * The domain error behind an error, however deep: graphql-js wraps a scalar's error twice when a
 * variable does not parse (a Date that is no date).
 */
function domainErrorIn(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (isDomainError(current)) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** `Variable "$input" got invalid value … at "input.retainUntil"; …` → `retainUntil`. */
function fieldOfVariableError(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : '';
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(text);
  if (!match?.[1]) return undefined;
  const [, variable, path] = match;
  if (!path) return variable;
  return path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
}
