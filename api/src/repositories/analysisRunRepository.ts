import { z } from 'zod';
import type { ProjectionKind } from '../analytics/municipality/projection.js';
import { projectionTieTypes } from '../analytics/municipality/projection.js';
import type { QueryRunner } from '../neo4j/database.js';
import { int } from '../neo4j/database.js';
import { nullableNeoDateTime, nullableString } from './neo4jValues.js';
import { parseRow, parseRows } from './rowParsing.js';

export const analysisRunStatuses = ['RUNNING', 'DONE', 'FAILED'] as const;
export type AnalysisRunStatus = (typeof analysisRunStatuses)[number];

/** One recorded graph-wide analysis, with its key figures for trend lines. */
export interface AnalysisRun {
  id: string;
  status: AnalysisRunStatus;
  version: string;
  areaId: string | null;
  startedAt: string;
  endedAt: string | null;
  progress: number;
  stage: string;
  nodes: number | null;
  edges: number | null;
  antennae: number | null;
  coverageShare: number | null;
  fragmentation: number | null;
  modularity: number | null;
  communities: number | null;
  error: string | null;
}

const nullableNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? null);

const runRow = z.object({
  id: z.string(),
  status: z.enum(analysisRunStatuses),
  version: z.string(),
  areaId: nullableString,
  startedAt: nullableNeoDateTime.transform((value) => value ?? ''),
  endedAt: nullableNeoDateTime,
  progress: z.number(),
  stage: z.string(),
  nodes: nullableNumber,
  edges: nullableNumber,
  antennae: nullableNumber,
  coverageShare: nullableNumber,
  fragmentation: nullableNumber,
  modularity: nullableNumber,
  communities: nullableNumber,
  error: nullableString,
});

const runColumns = (r: string) => `${r}.id AS id, ${r}.status AS status, ${r}.version AS version,
  ${r}.areaId AS areaId, ${r}.startedAt AS startedAt, ${r}.endedAt AS endedAt,
  ${r}.progress AS progress, ${r}.stage AS stage, ${r}.nodes AS nodes, ${r}.edges AS edges,
  ${r}.antennae AS antennae, ${r}.coverageShare AS coverageShare,
  ${r}.fragmentation AS fragmentation, ${r}.modularity AS modularity,
  ${r}.communities AS communities, ${r}.error AS error`;

/**
 * findGraphVersion: a cheap fingerprint of what the analysis reads — counts and the latest change
 * of stakeholders and ties, and objections; any register write changes it.
 */
export async function findGraphVersion(tx: QueryRunner): Promise<string> {
  const rows = await tx.run(
    `/* findGraphVersion */
     CALL {
       MATCH (n) WHERE n:Person OR n:Organization OR n:Initiative OR n:Area OR n:Theme
       RETURN count(n) AS nodes, toString(max(n.updatedAt)) AS nodesChanged,
              sum(CASE WHEN n.objected THEN 1 ELSE 0 END) AS objected
     }
     CALL {
       MATCH ()-[r:${[...projectionTieTypes, 'LIVES_IN', 'LOCATED_IN', 'COVERS', 'ACTIVE_IN', 'RESPONSIBLE_FOR', 'PART_OF'].join('|')}]->()
       RETURN count(r) AS ties, toString(max(r.updatedAt)) AS tiesChanged
     }
     RETURN nodes + ':' + coalesce(nodesChanged, '') + ':' + objected + ':' + ties + ':' +
            coalesce(tiesChanged, '') + ':' + toString(date()) AS version`,
  );
  return z.object({ version: z.string() }).parse(rows[0]).version;
}

/** createAnalysisRun: records a run as started. */
export async function createAnalysisRun(
  tx: QueryRunner,
  input: { id: string; version: string; areaId: string | null },
): Promise<void> {
  await tx.run(
    `/* createAnalysisRun */
     CREATE (:AnalysisRun {id: $id, version: $version, areaId: $areaId, status: 'RUNNING',
       startedAt: datetime(), progress: 0.0, stage: 'loading'})`,
    input,
  );
}

/** updateAnalysisRun: progress, stage and (at the end) status, counts and key figures. */
export async function updateAnalysisRun(
  tx: QueryRunner,
  id: string,
  fields: Partial<Omit<AnalysisRun, 'id' | 'version' | 'areaId' | 'startedAt' | 'endedAt'>> & {
    ended?: boolean;
  },
): Promise<void> {
  const { ended, ...rest } = fields;
  const values = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      (key === 'nodes' || key === 'edges' || key === 'antennae' || key === 'communities') &&
      typeof value === 'number'
        ? int(value)
        : value,
    ]),
  );
  await tx.run(
    `/* updateAnalysisRun */
     MATCH (r:AnalysisRun {id: $id})
     SET r += $values
     FOREACH (_ IN CASE WHEN $ended THEN [1] ELSE [] END | SET r.endedAt = datetime())`,
    { id, values, ended: ended ?? false },
  );
}

/** findAnalysisRun: one run, or null. */
export async function findAnalysisRun(tx: QueryRunner, id: string): Promise<AnalysisRun | null> {
  const rows = await tx.run(
    `/* findAnalysisRun */
     MATCH (r:AnalysisRun {id: $id}) RETURN ${runColumns('r')}`,
    { id },
  );
  return rows[0] ? parseRow(runRow, rows[0], 'findAnalysisRun') : null;
}

/** listAnalysisRuns: the latest runs first. */
export async function listAnalysisRuns(tx: QueryRunner, limit: number): Promise<AnalysisRun[]> {
  const rows = await tx.run(
    `/* listAnalysisRuns */
     MATCH (r:AnalysisRun) RETURN ${runColumns('r')} ORDER BY r.startedAt DESC LIMIT $limit`,
    { limit: int(limit) },
  );
  return parseRows(runRow, rows, 'listAnalysisRuns');
}

/** findReusableRun: a finished or running run of this version and scope, newest first. */
export async function findReusableRun(
  tx: QueryRunner,
  version: string,
  areaId: string | null,
): Promise<AnalysisRun | null> {
  const rows = await tx.run(
    `/* findReusableRun */
     MATCH (r:AnalysisRun {version: $version})
     WHERE r.status IN ['RUNNING', 'DONE'] AND coalesce(r.areaId, '') = coalesce($areaId, '')
     RETURN ${runColumns('r')} ORDER BY r.startedAt DESC LIMIT 1`,
    { version, areaId },
  );
  return rows[0] ? parseRow(runRow, rows[0], 'findReusableRun') : null;
}

/** The scores a run writes on a stakeholder, so Cypher can sort and filter by them. */
export interface StakeholderScores {
  id: string;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  constraint: number | null;
  effectiveSize: number | null;
  coreNumber: number;
  community: number;
  /**
   * Gould–Fernandez brokerage by kern: open pairs of contacts this stakeholder stands between,
   * per role (docs/analysis.md). Null (or left out) when not computed, as on scores written
   * before runs computed them.
   */
  brokerCoordinator?: number | null;
  brokerItinerant?: number | null;
  brokerGatekeeperRepresentative?: number | null;
  brokerLiaison?: number | null;
}

const brokerageNames = [
  'brokerCoordinator',
  'brokerItinerant',
  'brokerGatekeeperRepresentative',
  'brokerLiaison',
] as const;

const scoreNames = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'community',
  ...brokerageNames,
] as const;

const labelOfKind: Record<ProjectionKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  INITIATIVE: 'Initiative',
};

/** writeScores: one batch of scores on stakeholders of one kind, stamped with the run. */
export async function writeScores(
  tx: QueryRunner,
  kind: ProjectionKind,
  runId: string,
  rows: readonly StakeholderScores[],
): Promise<void> {
  await tx.run(
    `/* writeScores.${kind} */
     UNWIND $rows AS row
     MATCH (n:${labelOfKind[kind]} {id: row.id})
     SET n.degree = row.degree, n.weightedDegree = row.weightedDegree,
         n.betweenness = row.betweenness, n.closeness = row.closeness, n.pagerank = row.pagerank,
         n.eigenvector = row.eigenvector, n.constraint = row.constraint,
         n.effectiveSize = row.effectiveSize, n.coreNumber = row.coreNumber,
         n.community = row.community, n.brokerCoordinator = row.brokerCoordinator,
         n.brokerItinerant = row.brokerItinerant,
         n.brokerGatekeeperRepresentative = row.brokerGatekeeperRepresentative,
         n.brokerLiaison = row.brokerLiaison, n.analysisRunId = $runId`,
    {
      runId,
      rows: rows.map((row) => ({
        ...row,
        degree: int(row.degree),
        coreNumber: int(row.coreNumber),
        community: int(row.community),
        ...Object.fromEntries(
          brokerageNames.map((name) => {
            const value = row[name];
            return [name, value === null || value === undefined ? null : int(value)];
          }),
        ),
      })),
    },
  );
}

/**
 * clearStaleScores: removes scores an earlier run left on stakeholders this run did not score —
 * people who objected or passed their retain-until date since then keep no score.
 */
export async function clearStaleScores(
  tx: QueryRunner,
  runId: string,
  areaId: string | null,
): Promise<void> {
  await tx.run(
    `/* clearStaleScores */
     MATCH (n) WHERE (n:Person OR n:Organization OR n:Initiative)
       AND n.analysisRunId IS NOT NULL AND n.analysisRunId <> $runId
       AND ($areaId IS NULL OR (n:Person AND (coalesce(n.objected, false) OR n.retainUntil < date())))
     REMOVE ${scoreNames.map((name) => `n.${name}`).join(', ')}, n.analysisRunId`,
    { runId, areaId },
  );
}

const scoreRow = z.object({
  id: z.string(),
  degree: z.number(),
  weightedDegree: z.number(),
  betweenness: z.number(),
  closeness: z.number(),
  pagerank: z.number(),
  eigenvector: z.number(),
  constraint: nullableNumber,
  effectiveSize: nullableNumber,
  coreNumber: z.number(),
  community: z.number(),
  brokerCoordinator: nullableNumber,
  brokerItinerant: nullableNumber,
  brokerGatekeeperRepresentative: nullableNumber,
  brokerLiaison: nullableNumber,
});

/** findScores: the scores of these stakeholders (only those a run has scored). */
export async function findScores(
  tx: QueryRunner,
  label: 'Person' | 'Organization',
  ids: readonly string[],
): Promise<StakeholderScores[]> {
  const rows = await tx.run(
    `/* findScores.${label} */
     MATCH (n:${label}) WHERE n.id IN $ids AND n.analysisRunId IS NOT NULL
     RETURN n.id AS id, ${scoreNames.map((name) => `n.${name} AS ${name}`).join(', ')}`,
    { ids },
  );
  return parseRows(scoreRow, rows, `findScores.${label}`);
}
