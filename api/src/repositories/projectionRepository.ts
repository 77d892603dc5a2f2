import { z } from 'zod';
import {
  type ProjectionArea,
  type ProjectionNode,
  type ProjectionTie,
  projectionTieTypes,
} from '../analytics/municipality/projection.js';
import type { QueryRunner } from '../neo4j/database.js';
import { parseRows } from './rowParsing.js';

/** Which stakeholders a projection holds: all of them, or those in (a part of) one area. */
export interface ProjectionScope {
  areaId: string | null;
}

/**
 * Who may be analysed: people who objected or are past their retain-until date are in no
 * projection, score or suggestion.
 */
export const analysablePredicate = (n: string) =>
  `(${n}:Organization OR ${n}:Initiative OR (${n}:Person AND NOT coalesce(${n}.objected, false) AND (${n}.retainUntil IS NULL OR ${n}.retainUntil >= date())))`;

const inScope = (n: string) => `($areaId IS NULL OR EXISTS {
  (${n})-[:LIVES_IN|LOCATED_IN|COVERS]->(:Area)-[:PART_OF*0..6]->(:Area {id: $areaId}) })`;

const areaRow = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  parentId: z.string().nullable(),
});

/** findProjectionAreas: every area with its parent (areas are few). */
export async function findProjectionAreas(tx: QueryRunner): Promise<ProjectionArea[]> {
  const rows = await tx.run(
    `/* findProjectionAreas */
     MATCH (a:Area)
     OPTIONAL MATCH (a)-[:PART_OF]->(p:Area)
     WITH a, head(collect(p.id)) AS parentId
     RETURN a.id AS id, a.name AS name, a.level AS level, parentId`,
  );
  return parseRows(areaRow, rows, 'findProjectionAreas');
}

const nodeRow = z.object({
  id: z.string(),
  kind: z.enum(['PERSON', 'ORGANIZATION', 'INITIATIVE']),
  name: z.string(),
  official: z.boolean(),
  areaIds: z.array(z.string()),
  coveredAreaIds: z.array(z.string()),
  themeIds: z.array(z.string()),
});

/** findProjectionNodes: the analysable stakeholders in scope with their areas and themes. */
export async function findProjectionNodes(
  tx: QueryRunner,
  scope: ProjectionScope,
): Promise<ProjectionNode[]> {
  const rows = await tx.run(
    `/* findProjectionNodes */
     MATCH (n) WHERE (n:Person OR n:Organization OR n:Initiative)
       AND ${analysablePredicate('n')} AND ${inScope('n')}
     RETURN n.id AS id,
       CASE WHEN n:Person THEN 'PERSON' WHEN n:Organization THEN 'ORGANIZATION' ELSE 'INITIATIVE' END AS kind,
       coalesce(n.name, n.title, '') AS name,
       n:Official AS official,
       [(n)-[:LIVES_IN|LOCATED_IN]->(a:Area) | a.id] AS areaIds,
       [(n)-[:COVERS]->(a:Area) | a.id] AS coveredAreaIds,
       [(n)-[:ACTIVE_IN|RESPONSIBLE_FOR]->(t:Theme) | t.id] AS themeIds`,
    { areaId: scope.areaId },
  );
  return parseRows(nodeRow, rows, 'findProjectionNodes');
}

const tieRow = z.object({
  sourceId: z.string(),
  targetId: z.string(),
  type: z.enum(projectionTieTypes),
  strength: z.number().nullable(),
  since: z.string().nullable(),
  lastContact: z.string().nullable(),
  endedAt: z.string().nullable(),
});

/**
 * findProjectionTies: the ties starting at a stakeholder in scope (the pure projection drops those
 * whose other end is not in it).
 */
export async function findProjectionTies(
  tx: QueryRunner,
  scope: ProjectionScope,
): Promise<ProjectionTie[]> {
  const rows = await tx.run(
    `/* findProjectionTies */
     MATCH (a)-[r:${projectionTieTypes.join('|')}]->(b)
     WHERE (a:Person OR a:Organization) AND (${inScope('a')} OR ${inScope('b')})
     RETURN a.id AS sourceId, b.id AS targetId, type(r) AS type, r.strength AS strength,
       toString(r.since) AS since, toString(r.lastContact) AS lastContact, toString(r.endedAt) AS endedAt`,
    { areaId: scope.areaId },
  );
  return parseRows(tieRow, rows, 'findProjectionTies');
}

const themeRow = z.object({ id: z.string(), name: z.string() });

/** findProjectionThemes: every theme's name by id (themes are few). */
export async function findProjectionThemes(
  tx: QueryRunner,
): Promise<{ id: string; name: string }[]> {
  const rows = await tx.run(
    `/* findProjectionThemes */
     MATCH (t:Theme) RETURN t.id AS id, t.name AS name`,
  );
  return parseRows(themeRow, rows, 'findProjectionThemes');
}

/** The labels and relationship types a projection reads; the version below covers all of them. */
export const projectionVersionLabels = ['Person', 'Organization', 'Initiative', 'Area', 'Theme'];
export const projectionVersionRelationships = [
  ...projectionTieTypes,
  'LIVES_IN',
  'LOCATED_IN',
  'COVERS',
  'ACTIVE_IN',
  'RESPONSIBLE_FOR',
  'PART_OF',
];

const latestChange = (pattern: string, element: string) =>
  `coalesce(toString(head(COLLECT { MATCH ${pattern} WHERE ${element}.updatedAt IS NOT NULL
     RETURN ${element}.updatedAt AS u ORDER BY u DESC LIMIT 1 })), '')`;

/** One fingerprint expression per label / type: its count (count store) and its latest change. */
const versionParts = [
  ...projectionVersionLabels.flatMap((label) => [
    `toString(COUNT { MATCH (n:${label}) })`,
    latestChange(`(n:${label})`, 'n'),
  ]),
  'toString(COUNT { MATCH (n:Official) })',
  'toString(COUNT { MATCH (n:Person) WHERE n.objected = true })',
  ...projectionVersionRelationships.flatMap((type) => [
    `toString(COUNT { MATCH ()-[r:${type}]->() })`,
    latestChange(`()-[r:${type}]->()`, 'r'),
  ]),
  'toString(date())',
];

/**
 * findProjectionVersion: a cheap fingerprint of everything a projection reads, in one statement.
 * Counts come from Neo4j's count store (O(1)); the latest `updatedAt` per label and relationship
 * type and the objected persons come from range indexes (migration 0006). Creating, updating,
 * deleting (erasure lowers a count), objecting and a new day (retain-until) all change it.
 */
export async function findProjectionVersion(tx: QueryRunner): Promise<string> {
  const rows = await tx.run(
    `/* findProjectionVersion */
     RETURN ${versionParts.join(" + '|' +\n       ")} AS version`,
  );
  return z.object({ version: z.string() }).parse(rows[0]).version;
}
