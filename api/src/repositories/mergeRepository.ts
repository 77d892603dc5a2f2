import { z } from 'zod';
import { linkTypes } from '../domain/linkTypes.js';
import type { QueryRunner } from '../neo4j/database.js';
import { parseRow, parseRows } from './rowParsing.js';

/** The two labels whose records can be merged. */
export type MergeableLabel = 'Person' | 'Organization';

export interface MergePair {
  keepElementId: string | null;
  mergeElementId: string | null;
}

const pairRow = z.object({
  keepElementId: z.string().nullable(),
  mergeElementId: z.string().nullable(),
});

/**
 * lockMergePair: finds both records and write-locks them (by touching `updatedAt`), so a
 * concurrent change to either waits for the merge instead of being lost.
 */
export async function lockMergePair(
  tx: QueryRunner,
  label: MergeableLabel,
  keepId: string,
  mergeId: string,
): Promise<MergePair> {
  const rows = await tx.run(
    `/* lockMergePair */
     OPTIONAL MATCH (k:${label} {id: $keepId})
     OPTIONAL MATCH (m:${label} {id: $mergeId})
     FOREACH (n IN [x IN [k, m] WHERE x IS NOT NULL] | SET n.updatedAt = datetime())
     RETURN elementId(k) AS keepElementId, elementId(m) AS mergeElementId`,
    { keepId, mergeId },
  );
  return parseRow(pairRow, rows[0], 'lockMergePair');
}

/** removeLinksBetween: links between the two records (or of one to itself) would become self-links. */
export async function removeLinksBetween(
  tx: QueryRunner,
  pair: { keepElementId: string; mergeElementId: string },
): Promise<number> {
  const rows = await tx.run<{ removed: number }>(
    `/* removeLinksBetween */
     MATCH (m) WHERE elementId(m) = $mergeElementId
     MATCH (k) WHERE elementId(k) = $keepElementId
     OPTIONAL MATCH (m)-[r]-(other) WHERE other = k OR other = m
     WITH collect(DISTINCT r) AS doomed
     FOREACH (r IN doomed | DELETE r)
     RETURN size(doomed) AS removed`,
    pair,
  );
  return z
    .number()
    .int()
    .parse(rows[0]?.removed ?? 0);
}

export type MoveDirection = 'OUT' | 'IN' | 'EITHER';

export interface RelationshipShape {
  type: string;
  direction: MoveDirection;
}

const shapeRow = z.object({ type: z.string(), outgoing: z.boolean() });

/** Links stored once but meaning both ways: matched in either direction when combining. */
const undirectedTypes = new Set<string>(
  Object.entries(linkTypes)
    .filter(([, spec]) => spec.undirected)
    .map(([type]) => type),
);

/**
 * findRelationshipShapes: the types and directions of every relationship the merged record has,
 * whatever the type (register links, contacts' INVOLVES, anything added later); undirected link
 * types are moved in one pass over both directions.
 */
export async function findRelationshipShapes(
  tx: QueryRunner,
  mergeElementId: string,
): Promise<RelationshipShape[]> {
  const rows = await tx.run(
    `/* findRelationshipShapes */
     MATCH (m)-[r]-() WHERE elementId(m) = $mergeElementId
     RETURN DISTINCT type(r) AS type, startNode(r) = m AS outgoing
     ORDER BY type, outgoing`,
    { mergeElementId },
  );
  const shapes = new Map<string, RelationshipShape>();
  for (const { type, outgoing } of parseRows(shapeRow, rows, 'findRelationshipShapes')) {
    const direction: MoveDirection = undirectedTypes.has(type) ? 'EITHER' : outgoing ? 'OUT' : 'IN';
    shapes.set(`${type}:${direction}`, { type, direction });
  }
  return [...shapes.values()];
}

/** A relationship type read from the database, quoted for Cypher whatever characters it holds. */
const quoteType = (type: string) => `\`${type.replaceAll('`', '``')}\``;

const moveRow = z.object({ moved: z.number().int(), combined: z.number().int() });

export interface MoveCounts {
  /** Relationships that now belong to the kept record. */
  moved: number;
  /** Relationships folded into one the kept record already had (or into each other). */
  combined: number;
}

/**
 * moveRelationships: moves the merged record's relationships of one type and direction to the
 * kept record, all their properties (provenance included) with them. Where the kept record already
 * has the same link to the same node, the two become one: strongest strength, latest last contact,
 * earliest since and creation, still ongoing if either is, other properties from the kept link
 * first, and the absorbed link ids in `mergedFrom`. Old relationships are deleted before new ones
 * are created, so their ids and keys stay unique. Undirected links are stored in key order.
 */
export async function moveRelationships(
  tx: QueryRunner,
  pair: { keepElementId: string; mergeElementId: string },
  shape: RelationshipShape,
): Promise<MoveCounts> {
  const type = quoteType(shape.type);
  const moving =
    shape.direction === 'OUT'
      ? `(m)-[r:${type}]->(o)`
      : shape.direction === 'IN'
        ? `(m)<-[r:${type}]-(o)`
        : `(m)-[r:${type}]-(o)`;
  const existing =
    shape.direction === 'OUT'
      ? `(k)-[e:${type}]->(o)`
      : shape.direction === 'IN'
        ? `(k)<-[e:${type}]-(o)`
        : `(k)-[e:${type}]-(o)`;
  const forward =
    shape.direction === 'OUT' ? 'true' : shape.direction === 'IN' ? 'false' : 'k.id < o.id';
  const rows = await tx.run(
    `/* moveRelationships.${shape.type}.${shape.direction} */
     MATCH (k) WHERE elementId(k) = $keepElementId
     MATCH (m) WHERE elementId(m) = $mergeElementId
     MATCH ${moving}
     WITH k, o, collect(r) AS moving
     OPTIONAL MATCH ${existing}
     WITH k, o, moving, head(collect(e)) AS existing
     WITH k, o, moving, existing,
          CASE WHEN existing IS NULL THEN moving ELSE [existing] + moving END AS every
     CALL (every) {
       UNWIND every AS x
       RETURN max(x.strength) AS strength, max(x.lastContact) AS lastContact, min(x.since) AS since,
              min(x.createdAt) AS createdAt, max(x.endedAt) AS latestEnd,
              sum(CASE WHEN x.endedAt IS NULL THEN 1 ELSE 0 END) AS ongoing
     }
     WITH k, o, moving, existing, strength, lastContact, since, createdAt,
          CASE WHEN ongoing > 0 THEN null ELSE latestEnd END AS endedAt,
          [x IN every | properties(x)] AS propertiesByPriority,
          CASE WHEN ${forward} THEN [k, o] ELSE [o, k] END AS ends
     FOREACH (x IN moving | DELETE x)
     WITH moving, existing, strength, lastContact, since, createdAt, endedAt, propertiesByPriority,
          ends[0] AS s, ends[1] AS t
     CALL (s, t, existing) {
       WITH s, t, existing WHERE existing IS NULL
       CREATE (s)-[n:${type}]->(t)
       RETURN n
       UNION ALL
       WITH existing WHERE existing IS NOT NULL
       RETURN existing AS n
     }
     FOREACH (p IN reverse(propertiesByPriority) | SET n += p)
     WITH n, moving, existing, strength, lastContact, since, createdAt, endedAt, propertiesByPriority,
          head(propertiesByPriority).id AS survivingId
     SET n.strength = strength, n.lastContact = lastContact, n.since = since, n.endedAt = endedAt,
         n.createdAt = createdAt, n.updatedAt = datetime(),
         n.key = CASE WHEN existing IS NULL AND n.key IS NOT NULL
                      THEN $type + ':' + startNode(n).id + ':' + endNode(n).id ELSE n.key END,
         n.mergedFrom = CASE WHEN size(propertiesByPriority) = 1 THEN n.mergedFrom ELSE
           reduce(ids = [], p IN propertiesByPriority |
             ids + coalesce(p.mergedFrom, []) + CASE WHEN p.id = survivingId OR p.id IS NULL THEN [] ELSE [p.id] END)
         END
     RETURN sum(CASE WHEN existing IS NULL THEN 1 ELSE 0 END) AS moved,
            sum(size(moving)) - sum(CASE WHEN existing IS NULL THEN 1 ELSE 0 END) AS combined`,
    { ...pair, type: shape.type },
  );
  return parseRow(moveRow, rows[0] ?? { moved: 0, combined: 0 }, 'moveRelationships');
}

const absorbRow = z.object({ mergedFrom: z.array(z.string()) });

/**
 * absorbMergedRecord: deletes the merged record (plain DELETE: it fails if any relationship was
 * left behind, so nothing is lost silently), then fills the kept record's missing properties from
 * it, keeps the earliest creation, keeps an objection if either record objected, adds the
 * `Official` label if the merged record had it, and appends the merged id to `mergedFrom`.
 */
export async function absorbMergedRecord(
  tx: QueryRunner,
  pair: { keepElementId: string; mergeElementId: string },
): Promise<string[]> {
  const rows = await tx.run(
    `/* absorbMergedRecord */
     MATCH (k) WHERE elementId(k) = $keepElementId
     MATCH (m) WHERE elementId(m) = $mergeElementId
     WITH k, m, properties(m) AS merged, m:Official AS mergedOfficial
     DELETE m
     WITH k, merged, mergedOfficial, properties(k) AS kept
     SET k += merged
     SET k += kept
     SET k.mergedFrom = coalesce(kept.mergedFrom, []) + [merged.id] + coalesce(merged.mergedFrom, []),
         k.createdAt = CASE WHEN merged.createdAt < kept.createdAt THEN merged.createdAt ELSE kept.createdAt END,
         k.updatedAt = datetime()
     FOREACH (_ IN CASE WHEN merged.objected = true THEN [1] ELSE [] END | SET k.objected = true)
     FOREACH (_ IN CASE WHEN mergedOfficial THEN [1] ELSE [] END | SET k:Official)
     RETURN k.mergedFrom AS mergedFrom`,
    pair,
  );
  return parseRow(absorbRow, rows[0], 'absorbMergedRecord').mergedFrom;
}
