import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * The repository boundary for Neo4j values: ISO strings go in as Neo4j dates, and Neo4j temporal
 * values come out as ISO strings, so no driver object ever travels further.
 */

/** `YYYY-MM-DD` → a Neo4j Date parameter (null stays null). */
export function toNeo4jDate(value: string): InstanceType<typeof neo4j.types.Date<number>>;
export function toNeo4jDate(
  value: string | null | undefined,
): InstanceType<typeof neo4j.types.Date<number>> | null;
export function toNeo4jDate(value: string | null | undefined) {
  if (value == null) return null;
  const [year, month, day] = value.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
}

/** A stored Neo4j Date (or an ISO string, from `toString()` in Cypher) → `YYYY-MM-DD`. */
export const neoDate = z.unknown().transform((value, ctx) => {
  if (neo4j.isDate(value as never)) return (value as { toString(): string }).toString();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  ctx.addIssue({ code: 'custom', message: `Expected a Neo4j Date, got ${String(value)}` });
  return z.NEVER;
});

/** A stored Neo4j DateTime → ISO-8601 in UTC with milliseconds. */
export const neoDateTime = z.unknown().transform((value, ctx) => {
  if (neo4j.isDateTime(value as never)) {
    return (value as { toStandardDate(): Date }).toStandardDate().toISOString();
  }
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  ctx.addIssue({ code: 'custom', message: `Expected a Neo4j DateTime, got ${String(value)}` });
  return z.NEVER;
});

export const nullableNeoDate = neoDate.nullish().transform((value) => value ?? null);
export const nullableNeoDateTime = neoDateTime.nullish().transform((value) => value ?? null);

export const nullableString = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

/** Provenance as stored on every node and relationship. */
export const provenanceRow = {
  createdAt: neoDateTime,
  updatedAt: neoDateTime,
  createdBy: z.string(),
  source: z.string(),
};
