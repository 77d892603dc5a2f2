import type { QueryRunner } from '../neo4j/database.js';
import { int } from '../neo4j/database.js';

/** Who writes and from where; set on every node and relationship a write creates. */
export interface WriteMeta {
  /** The viewer's user id, or `system`. */
  actor: string;
  /** `manual`, `seed` or `import:<file name>`. */
  source: string;
}

export interface Page {
  offset: number;
  limit: number;
}

/** The labels the register stores nodes under. Interpolated into Cypher only from this list. */
export type StoredLabel = 'Person' | 'Organization' | 'Area' | 'Theme' | 'Initiative' | 'Contact';

/**
 * Creates the node, or on a retried transaction finds the one the first attempt made (MERGE on
 * the app-generated id), sets provenance once and the given properties every time. A property set
 * to null is removed, which is how optional fields are cleared.
 */
export async function saveNode(
  tx: QueryRunner,
  statement: string,
  label: StoredLabel,
  id: string,
  properties: Record<string, unknown>,
  meta: WriteMeta,
): Promise<void> {
  await tx.run(
    `/* ${statement} */
     MERGE (n:${label} {id: $id})
       ON CREATE SET n.createdAt = datetime(), n.createdBy = $actor, n.source = $source
     SET n += $properties, n.updatedAt = datetime()`,
    { id, properties, actor: meta.actor, source: meta.source },
  );
}

/** Whether a node with this label and id exists. */
export async function nodeExists(
  tx: QueryRunner,
  statement: string,
  label: StoredLabel,
  id: string,
): Promise<boolean> {
  const rows = await tx.run<{ found: boolean }>(
    `/* ${statement} */ OPTIONAL MATCH (n:${label} {id: $id}) RETURN n IS NOT NULL AS found`,
    { id },
  );
  return rows[0]?.found === true;
}

/** Removes the node and every relationship it has; false when there was none. */
export async function deleteNode(
  tx: QueryRunner,
  statement: string,
  label: StoredLabel,
  id: string,
): Promise<boolean> {
  const rows = await tx.run<{ deleted: number }>(
    `/* ${statement} */
     OPTIONAL MATCH (n:${label} {id: $id})
     DETACH DELETE n
     RETURN count(n) AS deleted`,
    { id },
  );
  return (rows[0]?.deleted ?? 0) > 0;
}

/** Paging parameters as Neo4j integers (SKIP/LIMIT refuse floats). */
export const pageParams = (page: Page) => ({ offset: int(page.offset), limit: int(page.limit) });
