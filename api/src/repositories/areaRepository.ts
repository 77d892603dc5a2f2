import { z } from 'zod';
import type { Area, Provenance } from '../domain/model.js';
import { areaLevels } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableString, provenanceRow } from './neo4jValues.js';
import { type Page, pageParams, saveNode, type WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';

const areaRow = z
  .object({
    id: z.string(),
    name: z.string(),
    level: z.enum(areaLevels),
    cbsCode: nullableString,
    postcodes: z
      .array(z.string())
      .nullish()
      .transform((value) => value ?? []),
    geometry: nullableString,
    parentId: nullableString,
    ...provenanceRow,
  })
  .transform((row): Area => ({ label: 'Area', ...row }));

const projection = 'n {.*, parentId: [(n)-[:PART_OF]->(p:Area) | p.id][0]} AS node';

export type AreaFields = Omit<Area, 'label' | 'id' | 'parentId' | keyof Provenance>;

/** saveArea: the area's own fields; its place in the hierarchy is set by `setAreaParent`. */
export function saveArea(
  tx: QueryRunner,
  id: string,
  fields: AreaFields,
  meta: WriteMeta,
): Promise<void> {
  return saveNode(tx, 'saveArea', 'Area', id, { ...fields }, meta);
}

/**
 * setAreaParent: replaces the PART_OF link (at most one parent). A relationship id is generated
 * by the caller so a retried transaction writes the same one.
 */
export async function setAreaParent(
  tx: QueryRunner,
  areaId: string,
  parentId: string | null,
  relationshipId: string,
  meta: WriteMeta,
): Promise<void> {
  await tx.run(
    `/* setAreaParent */
     MATCH (n:Area {id: $areaId})
     OPTIONAL MATCH (n)-[old:PART_OF]->(previous:Area)
     WITH n, old WHERE old IS NOT NULL AND previous.id <> coalesce($parentId, '')
     DELETE old`,
    { areaId, parentId },
  );
  if (parentId === null) return;
  await tx.run(
    `/* setAreaParent.link */
     MATCH (n:Area {id: $areaId}), (p:Area {id: $parentId})
     MERGE (n)-[r:PART_OF]->(p)
       ON CREATE SET r.id = $relationshipId, r.createdAt = datetime(), r.updatedAt = datetime(),
                     r.createdBy = $actor, r.source = $source`,
    { areaId, parentId, relationshipId, actor: meta.actor, source: meta.source },
  );
}

/** isAreaWithin: whether `areaId` is `ancestorId` or lies (transitively) inside it. */
export async function isAreaWithin(
  tx: QueryRunner,
  areaId: string,
  ancestorId: string,
): Promise<boolean> {
  const rows = await tx.run<{ within: boolean }>(
    `/* isAreaWithin */
     MATCH (a:Area {id: $areaId}), (b:Area {id: $ancestorId})
     RETURN EXISTS { (a)-[:PART_OF*0..]->(b) } AS within`,
    { areaId, ancestorId },
  );
  return rows[0]?.within === true;
}

/** countAreaChildren: how many areas lie directly inside this one. */
export async function countAreaChildren(tx: QueryRunner, areaId: string): Promise<number> {
  const rows = await tx.run<{ count: number }>(
    `/* countAreaChildren */ MATCH (:Area {id: $areaId})<-[:PART_OF]-(c:Area) RETURN count(c) AS count`,
    { areaId },
  );
  return rows[0]?.count ?? 0;
}

export async function findAreasByIds(tx: QueryRunner, ids: readonly string[]): Promise<Area[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findAreasByIds */ MATCH (n:Area) WHERE n.id IN $ids RETURN ${projection}`,
    { ids },
  );
  return parseRows(
    areaRow,
    rows.map((row) => row.node),
    'findAreasByIds',
  );
}

/** findAreaChildren: the areas directly inside each of these, for the per-request loader. */
export async function findAreaChildren(
  tx: QueryRunner,
  parentIds: readonly string[],
): Promise<Area[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* findAreaChildren */
     MATCH (n:Area)-[:PART_OF]->(p:Area) WHERE p.id IN $parentIds
     RETURN ${projection} ORDER BY toLower(n.name), n.id`,
    { parentIds },
  );
  return parseRows(
    areaRow,
    rows.map((row) => row.node),
    'findAreaChildren',
  );
}

export interface AreaFilter {
  level?: string | null;
  parentId?: string | null;
}

export async function listAreas(tx: QueryRunner, filter: AreaFilter, page: Page): Promise<Area[]> {
  const rows = await tx.run<{ node: unknown }>(
    `/* listAreas */
     MATCH (n:Area)
     WHERE ($level IS NULL OR n.level = $level)
       AND ($parentId IS NULL OR EXISTS { (n)-[:PART_OF]->(:Area {id: $parentId}) })
     RETURN ${projection}
     ORDER BY toLower(n.name), n.id
     SKIP $offset LIMIT $limit`,
    { level: filter.level ?? null, parentId: filter.parentId ?? null, ...pageParams(page) },
  );
  return parseRows(
    areaRow,
    rows.map((row) => row.node),
    'listAreas',
  );
}

/** findAreaIdsByName: the ids of the areas of one level with these names (for demo scopes). */
export async function findAreaIdsByName(
  tx: QueryRunner,
  level: Area['level'],
  names: readonly string[],
): Promise<string[]> {
  const rows = await tx.run<{ id: string }>(
    `/* findAreaIdsByName */
     MATCH (a:Area {level: $level}) WHERE a.name IN $names
     RETURN a.id AS id ORDER BY a.name`,
    { level, names },
  );
  return rows.map((row) => row.id);
}
