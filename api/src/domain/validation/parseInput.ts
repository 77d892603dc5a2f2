import type { z } from 'zod';
import { ValidationError } from '../errors.js';

/**
 * Parses untrusted input with a zod schema; the first problem becomes a ValidationError naming the
 * field by its dotted path (`participantIds.2`), or `input` when the problem is the whole object.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  fieldPrefix?: string,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const field = [fieldPrefix, path].filter(Boolean).join('.') || 'input';
  throw new ValidationError(field, issue?.message ?? 'Invalid input.');
}
