import { z } from 'zod';
import type { QueryRunner } from '../neo4j/database.js';

/** Reads the network for an export: stakeholders, areas and themes, and the links between them. */

const plain = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && 'toString' in value && !Array.isArray(value)
    ? String(value)
    : value;

const exportNode = z.object({
  id: z.string(),
  kind: z.string(),
  properties: z
    .record(z.string(), z.unknown())
    .transform((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, plain(v)]))),
  area: z.string().nullable(),
  themes: z.array(z.string()),
});
export type ExportNode = z.infer<typeof exportNode>;

const exportEdge = z.object({
  id: z.string().nullable(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  properties: z
    .record(z.string(), z.unknown())
    .transform((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, plain(v)]))),
});
export type ExportEdge = z.infer<typeof exportEdge>;

/**
 * The nodes in scope. `areaIds` null: everything; else the areas in those subtrees (PART_OF), the
 * people living in or covering them, the organisations and initiatives located there, and the
 * themes those are active in. People who objected are never included.
 */
export async function readExportNodes(
  tx: QueryRunner,
  areaIds: readonly string[] | null,
): Promise<ExportNode[]> {
  const rows = await tx.run(
    `/* readExportNodes */
     CALL () {
       WITH $areaIds AS areaIds WHERE areaIds IS NULL
       MATCH (n) WHERE (n:Person OR n:Organization OR n:Area OR n:Theme OR n:Initiative)
       RETURN n
       UNION
       WITH $areaIds AS areaIds WHERE areaIds IS NOT NULL
       MATCH (root:Area) WHERE root.id IN areaIds
       MATCH (a:Area)-[:PART_OF*0..]->(root)
       WITH collect(DISTINCT a) AS areas
       UNWIND areas AS a
       OPTIONAL MATCH (s)-[:LIVES_IN|COVERS|LOCATED_IN]->(a)
       WITH areas, collect(DISTINCT s) AS stakeholders
       OPTIONAL MATCH (x)-[:ACTIVE_IN]->(t:Theme) WHERE x IN stakeholders
       WITH areas, stakeholders, collect(DISTINCT t) AS themes
       WITH areas + stakeholders + themes AS all
       UNWIND all AS n
       RETURN DISTINCT n
     }
     WITH n WHERE NOT coalesce(n.objected, false)
     OPTIONAL MATCH (n)-[:LIVES_IN|LOCATED_IN]->(home:Area)
     OPTIONAL MATCH (n)-[:ACTIVE_IN]->(theme:Theme)
     WITH n, head(collect(DISTINCT home.name)) AS area, collect(DISTINCT theme.name) AS themes
     RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Official'][0] AS kind,
            properties(n) AS properties, area, themes
     ORDER BY kind, id`,
    { areaIds },
  );
  return rows.map((row) => exportNode.parse(row));
}

/** Relationships between the given nodes (register links and PART_OF). */
export async function readExportEdges(tx: QueryRunner, ids: string[]): Promise<ExportEdge[]> {
  const rows = await tx.run(
    `/* readExportEdges */
     MATCH (a)-[r]->(b)
     WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) IN ['INVOLVES', 'ABOUT', 'RECORDED_BY']
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
     ORDER BY type, from, to`,
    { ids },
  );
  return rows.map((row) => exportEdge.parse(row));
}
