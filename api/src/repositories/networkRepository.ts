import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import { linkTypes } from '../domain/linkTypes.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import { int, type QueryRunner } from '../neo4j/database.js';
import { nullableNeoDate, nullableString } from './neo4jValues.js';
import { parseRow, parseRows } from './rowParsing.js';
import { scopeParams as registerScopeParams, stakeholderInScope } from './scopeFilter.js';
import {
  type StakeholderSummary,
  stakeholderSummaryColumns,
  stakeholderSummaryRow,
} from './searchRepository.js';

/** The relationship types the network explorer walks: every register link, plus areas' PART_OF. */
export const networkRelationshipTypes = [
  ...(Object.keys(linkTypes) as (keyof typeof linkTypes)[]),
  'PART_OF',
] as const;
export type NetworkRelationshipType = (typeof networkRelationshipTypes)[number];

/** Which part of the graph the explorer may walk; the repository turns it into Cypher predicates. */
export interface NetworkScope {
  labels: readonly EntityLabel[];
  relationshipTypes: readonly NetworkRelationshipType[];
  minStrength: number | null;
  areaId: string | null;
  themeId: string | null;
  includeEnded: boolean;
}

/** A node inside one transaction: its element id is only used to walk, never shown. */
export interface LocatedNode {
  elementId: string;
  summary: StakeholderSummary;
}

/**
 * The scores the latest analysis run wrote back onto a node (see analysisRunRepository's
 * writeScores), for sizing and colouring the explorer's graph; null when no run scored the node.
 */
export interface NetworkNodeScores {
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  coreNumber: number;
  community: number;
}

/** A kept node with what the explorer shows of it, scores included. */
export interface ShownNode extends LocatedNode {
  scores: NetworkNodeScores | null;
}

export interface NetworkLayer {
  /** How many nodes this layer reached that no closer layer had. */
  total: number;
  /** The first `take` of them, best connected first. */
  kept: string[];
  /** All of them (when asked for): the next layer must not count them again. */
  all: string[];
  /** Those the next layer walks on from: not areas or themes, which would link everyone in them. */
  expandable: string[];
}

export interface NetworkEdgeRow {
  id: string;
  type: NetworkRelationshipType;
  sourceElementId: string;
  targetElementId: string;
  strength: number | null;
  since: string | null;
  lastContact: string | null;
  endedAt: string | null;
  role: string | null;
}

/** Relationship types come from a fixed list (validated enum values), never from free text. */
function relationshipPattern(scope: NetworkScope): string {
  const types = scope.relationshipTypes.filter((type) =>
    (networkRelationshipTypes as readonly string[]).includes(type),
  );
  return `r:${types.join('|')}`;
}

const relationshipPredicate = (scope: NetworkScope) =>
  [
    scope.includeEnded ? null : '(r.endedAt IS NULL OR date(r.endedAt) > date())',
    scope.minStrength === null ? null : "(type(r) <> 'KNOWS' OR r.strength >= $minStrength)",
  ]
    .filter(Boolean)
    .join(' AND ') || 'true';

/**
 * Which nodes may appear: the allowed kinds; with an area, only stakeholders in (a part of) it and
 * only areas inside it; with a theme, only stakeholders active in (or responsible for) it and no
 * other themes. Areas are kept by the theme filter and themes by the area filter, as context.
 */
function nodePredicate(scope: NetworkScope, m: string): string {
  const parts = [`any(label IN labels(${m}) WHERE label IN $labels)`];
  if (scope.areaId !== null) {
    parts.push(`(${m}:Theme
      OR (${m}:Area AND EXISTS { (${m})-[:PART_OF*0..4]->(:Area {id: $areaId}) })
      OR EXISTS { (${m})-[:LOCATED_IN|LIVES_IN|COVERS]->(:Area)-[:PART_OF*0..4]->(:Area {id: $areaId}) })`);
  }
  if (scope.themeId !== null) {
    parts.push(`(${m}:Area
      OR (${m}:Theme AND ${m}.id = $themeId)
      OR EXISTS { (${m})-[:ACTIVE_IN|RESPONSIBLE_FOR]->(:Theme {id: $themeId}) })`);
  }
  return parts.join(' AND ');
}

const scopeParams = (scope: NetworkScope) => ({
  labels: scope.labels,
  minStrength: scope.minStrength === null ? null : int(scope.minStrength),
  areaId: scope.areaId,
  themeId: scope.themeId,
});

/** findNetworkCenter: the center node by label and id, or null. */
export async function findNetworkCenter(
  tx: QueryRunner,
  label: EntityLabel,
  id: string,
  register: RegisterScope,
): Promise<LocatedNode | null> {
  const rows = await tx.run(
    `/* findNetworkCenter */
     MATCH (n:${label} {id: $id}) WHERE ${stakeholderInScope('n', register)}
     RETURN elementId(n) AS elementId, ${stakeholderSummaryColumns('n')}`,
    { id, ...registerScopeParams(register) },
  );
  const [row] = rows;
  if (!row) return null;
  return {
    elementId: z.string().parse(row.elementId),
    summary: parseRow(stakeholderSummaryRow, row, 'findNetworkCenter'),
  };
}

const layerRow = z.object({
  total: z.number().int(),
  kept: z.array(z.string()),
  all: z.array(z.string()),
  expandable: z.array(z.string()),
});

/**
 * expandNetworkLayer: the nodes one step beyond the frontier that no closer layer reached, within
 * the scope, ordered by how many ties they have to the frontier and how strong the best one is.
 * Returns only the first `take` of them plus their count, unless the next layer needs them all.
 */
export async function expandNetworkLayer(
  tx: QueryRunner,
  scope: NetworkScope,
  step: { frontier: readonly string[]; visited: readonly string[]; take: number; wantAll: boolean },
  register: RegisterScope,
): Promise<NetworkLayer> {
  const rows = await tx.run(
    `/* expandNetworkLayer */
     UNWIND $frontier AS frontierId
     MATCH (n) WHERE elementId(n) = frontierId
     MATCH (n)-[${relationshipPattern(scope)}]-(m)
     WHERE NOT elementId(m) IN $visited
       AND ${relationshipPredicate(scope)}
       AND ${nodePredicate(scope, 'm')}
       AND ${stakeholderInScope('m', register)}
     WITH m, count(r) AS ties, max(coalesce(r.strength, 0)) AS strongest
     ORDER BY ties DESC, strongest DESC, m.id
     WITH collect(m) AS found
     RETURN size(found) AS total,
            [x IN found[..$take] | elementId(x)] AS kept,
            CASE WHEN $wantAll THEN [x IN found | elementId(x)] ELSE [] END AS all,
            CASE WHEN $wantAll THEN [x IN found WHERE NOT (x:Area OR x:Theme) | elementId(x)] ELSE [] END AS expandable`,
    {
      ...scopeParams(scope),
      frontier: step.frontier,
      visited: step.visited,
      take: int(step.take),
      wantAll: step.wantAll,
      ...registerScopeParams(register),
    },
  );
  return parseRow(layerRow, rows[0], 'expandNetworkLayer');
}

const scoreColumns = [
  'degree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'coreNumber',
  'community',
] as const;

const scoresRow = z.object(
  Object.fromEntries(scoreColumns.map((name) => [name, z.number()])) as Record<
    (typeof scoreColumns)[number],
    z.ZodNumber
  >,
);

const shownNodeRow = z
  .object({ elementId: z.string(), scored: z.boolean() })
  .passthrough()
  .transform((row, ctx): ShownNode => {
    const summary = stakeholderSummaryRow.safeParse(row);
    if (!summary.success) {
      ctx.addIssue({ code: 'custom', message: summary.error.message });
      return z.NEVER;
    }
    const scores = row.scored ? scoresRow.safeParse(row) : null;
    return {
      elementId: row.elementId,
      summary: summary.data,
      scores: scores?.success ? scores.data : null,
    };
  });

/** findNetworkNodes: what the explorer shows of each kept node, with its analysis scores. */
export async function findNetworkNodes(
  tx: QueryRunner,
  elementIds: readonly string[],
): Promise<ShownNode[]> {
  const rows = await tx.run(
    `/* findNetworkNodes */
     UNWIND $elementIds AS nodeId
     MATCH (n) WHERE elementId(n) = nodeId
     RETURN elementId(n) AS elementId, ${stakeholderSummaryColumns('n')},
            n.analysisRunId IS NOT NULL AS scored,
            ${scoreColumns.map((name) => `n.${name} AS ${name}`).join(', ')}`,
    { elementIds },
  );
  return parseRows(shownNodeRow, rows, 'findNetworkNodes');
}

const edgeRow = z.object({
  id: z.string(),
  type: z.enum(networkRelationshipTypes),
  sourceElementId: z.string(),
  targetElementId: z.string(),
  strength: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  since: nullableNeoDate,
  lastContact: nullableNeoDate,
  endedAt: nullableNeoDate,
  role: nullableString,
});

/**
 * findNetworkEdges: the relationships in scope between kept nodes, each once in its stored
 * direction (walking outgoing relationships from every kept node only).
 */
export async function findNetworkEdges(
  tx: QueryRunner,
  scope: NetworkScope,
  elementIds: readonly string[],
): Promise<NetworkEdgeRow[]> {
  const rows = await tx.run(
    `/* findNetworkEdges */
     UNWIND $elementIds AS nodeId
     MATCH (a) WHERE elementId(a) = nodeId
     WITH collect(a) AS kept
     UNWIND kept AS a
     MATCH (a)-[${relationshipPattern(scope)}]->(b)
     WHERE b IN kept AND ${relationshipPredicate(scope)}
     RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type,
            elementId(a) AS sourceElementId, elementId(b) AS targetElementId,
            r.strength AS strength, r.since AS since, r.lastContact AS lastContact,
            r.endedAt AS endedAt, r.role AS role`,
    { ...scopeParams(scope), elementIds },
  );
  return parseRows(edgeRow, rows, 'findNetworkEdges');
}
