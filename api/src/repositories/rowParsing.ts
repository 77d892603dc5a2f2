import type { z } from 'zod';

/**
 * Parses one Neo4j row at the repository boundary; a row that does not fit is a bug in our own
 * Cypher or data, so it fails loudly (and is masked for the client) with the statement's name.
 */
export function parseRow<Schema extends z.ZodType>(
  schema: Schema,
  row: unknown,
  statement: string,
): z.output<Schema> {
  const result = schema.safeParse(row);
  if (result.success) return result.data;
  throw new Error(`Unexpected row from ${statement}: ${result.error.message}`);
}

export const parseRows = <Schema extends z.ZodType>(
  schema: Schema,
  rows: unknown[],
  statement: string,
): z.output<Schema>[] => rows.map((row) => parseRow(schema, row, statement));
