import { z } from 'zod';
import {
  initiativeStatuses,
  type OfficialRole,
  type OrganizationKind,
  officialRoles,
  organizationKinds,
} from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableString } from './neo4jValues.js';
import { parseRows } from './rowParsing.js';

/**
 * The management dashboard's Cypher: areas with their outlines, officials' work roles, and
 * initiatives' statuses and dates. Never a person's name or contact details.
 */

const rootRow = z.object({ id: z.string(), name: z.string() });

/**
 * findDashboardRoot: the given area, or else the municipality (a MUNICIPALITY area with no
 * parent) with the most areas inside it.
 */
export async function findDashboardRoot(
  tx: QueryRunner,
  areaId: string | null,
): Promise<{ id: string; name: string } | null> {
  const rows = await tx.run(
    areaId
      ? `/* findDashboardRoot */ MATCH (m:Area {id: $areaId}) RETURN m.id AS id, m.name AS name`
      : `/* findDashboardRoot */
         MATCH (m:Area {level: 'MUNICIPALITY'}) WHERE NOT (m)-[:PART_OF]->(:Area)
         OPTIONAL MATCH (c:Area)-[:PART_OF*1..4]->(m)
         WITH m, count(DISTINCT c) AS parts
         RETURN m.id AS id, m.name AS name ORDER BY parts DESC, m.name LIMIT 1`,
    { areaId },
  );
  return parseRows(rootRow, rows, 'findDashboardRoot')[0] ?? null;
}

const mapAreaRow = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  geometry: nullableString,
});

export type MapArea = z.output<typeof mapAreaRow>;

/** findMapAreas: the direct parts of the root with their GeoJSON outlines (text, when present). */
export async function findMapAreas(tx: QueryRunner, rootId: string): Promise<MapArea[]> {
  const rows = await tx.run(
    `/* findMapAreas */
     MATCH (a:Area)-[:PART_OF]->(:Area {id: $rootId})
     RETURN a.id AS id, a.name AS name, a.level AS level, a.geometry AS geometry
     ORDER BY a.name`,
    { rootId },
  );
  return parseRows(mapAreaRow, rows, 'findMapAreas');
}

const officialRoleRow = z.object({ id: z.string(), officialRole: z.enum(officialRoles) });

/** findOfficialRoles: the work role (function title) of each official, by person id. */
export async function findOfficialRoles(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, OfficialRole>> {
  const rows = await tx.run(
    `/* findOfficialRoles */
     MATCH (o:Person:Official) WHERE o.id IN $ids
     RETURN o.id AS id, coalesce(o.officialRole, 'OTHER') AS officialRole`,
    { ids },
  );
  return new Map(
    parseRows(officialRoleRow, rows, 'findOfficialRoles').map((row) => [row.id, row.officialRole]),
  );
}

const initiativeRow = z.object({
  partId: nullableString,
  status: z.enum(initiativeStatuses),
  responseDays: z
    .number()
    .nullish()
    .transform((value) => value ?? null),
  awaitingResponse: z.boolean(),
});

export type DashboardInitiative = z.output<typeof initiativeRow>;

/**
 * findDashboardInitiatives: every initiative located in the root or an area inside it, once,
 * with the part of the root it lies in (null when located in the root itself), its status, and
 * the days from received to first response when both dates are known.
 */
export async function findDashboardInitiatives(
  tx: QueryRunner,
  rootId: string,
): Promise<DashboardInitiative[]> {
  const rows = await tx.run(
    `/* findDashboardInitiatives */
     MATCH (root:Area {id: $rootId})
     MATCH (i:Initiative)-[:LOCATED_IN]->(a:Area)
     WHERE a = root OR (a)-[:PART_OF*1..4]->(root)
     OPTIONAL MATCH (a)-[:PART_OF*0..4]->(part:Area)-[:PART_OF]->(root)
     WITH i, min(part.id) AS partId
     RETURN partId, coalesce(i.status, 'IDEA') AS status,
       CASE WHEN i.receivedAt IS NOT NULL AND i.firstResponseAt IS NOT NULL
         THEN duration.inDays(i.receivedAt, i.firstResponseAt).days END AS responseDays,
       i.receivedAt IS NOT NULL AND i.firstResponseAt IS NULL AS awaitingResponse`,
    { rootId },
  );
  return parseRows(initiativeRow, rows, 'findDashboardInitiatives');
}

const kindRow = z.object({ id: z.string(), kind: z.enum(organizationKinds) });

/** findOrganizationKinds: the kind of each organization, by id. */
export async function findOrganizationKinds(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, OrganizationKind>> {
  const rows = await tx.run(
    `/* findOrganizationKinds */
     MATCH (o:Organization) WHERE o.id IN $ids
     RETURN o.id AS id, coalesce(o.kind, 'ASSOCIATION') AS kind`,
    { ids },
  );
  return new Map(
    parseRows(kindRow, rows, 'findOrganizationKinds').map((row) => [row.id, row.kind]),
  );
}
