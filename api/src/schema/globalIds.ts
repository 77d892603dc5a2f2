import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../domain/errors.js';

/**
 * Decodes a global id that must name one of `typenames`, for an input field; anything else is a
 * VALIDATION error on that field (a missing object is the service's NOT_FOUND).
 */
export function decodeIdOf<Typename extends string>(
  globalId: string,
  typenames: readonly Typename[],
  field: string,
): { label: Typename; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new ValidationError(field, 'This is not an id Antenne gave out.');
  }
  if (!(typenames as readonly string[]).includes(decoded.typename)) {
    throw new ValidationError(
      field,
      `Expected the id of ${typenames.join(' or ')}, got one of ${decoded.typename}.`,
    );
  }
  return { label: decoded.typename as Typename, id: decoded.id };
}

/** The UUID inside a global id of exactly this type. */
export const uuidOf = (globalId: string, typename: string, field = 'id') =>
  decodeIdOf(globalId, [typename], field).id;

/** Like `uuidOf`, passing null and undefined through (for optional and clearable inputs). */
export function optionalUuidOf(
  globalId: string | null | undefined,
  typename: string,
  field: string,
): string | null | undefined {
  return globalId == null ? globalId : uuidOf(globalId, typename, field);
}
