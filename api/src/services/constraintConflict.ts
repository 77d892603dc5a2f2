import { Neo4jError } from 'neo4j-driver';
import { ConflictError } from '../domain/errors.js';

/** Whether Neo4j refused a write because a uniqueness constraint would be broken. */
export function isUniquenessViolation(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/**
 * Runs a write and turns a uniqueness violation (two people saving the same theme name at the same
 * moment, after both passed the friendly check) into a CONFLICT with a message a person understands.
 */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniquenessViolation(error)) throw new ConflictError(message);
    throw error;
  }
}
