/**
 * Small readers for untyped GraphQL data: each returns the typed value or throws a `ShapeError`,
 * which the API layer reports as INVALID_RESPONSE. Parse at the edge, trust the types inside.
 */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`${what} is not an object`);
  }
  return value as Record<string, unknown>;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${what} is not a list`);
  return value;
}

export function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${what} is not a string`);
  return value;
}

export function optionalText(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : text(value, what);
}

export function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ShapeError(`${what} is not an integer`);
  }
  return value;
}

export function optionalInteger(value: unknown, what: string): number | null {
  return value === null || value === undefined ? null : integer(value, what);
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(`${what} is not a boolean`);
  return value;
}

export function oneOf<T extends string>(value: unknown, options: readonly T[], what: string): T {
  if (typeof value === 'string' && (options as readonly string[]).includes(value))
    return value as T;
  throw new ShapeError(`${what} is not one of ${options.join(', ')}`);
}
