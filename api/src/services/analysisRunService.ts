import { randomUUID } from 'node:crypto';
import { firstMessage, startModuleWorker } from '../analytics/moduleWorker.js';
import { kernOf, type ProjectionKind } from '../analytics/municipality/projection.js';
import { NotFoundError } from '../domain/errors.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import {
  type AnalysisRun,
  clearStaleScores,
  createAnalysisRun,
  findAnalysisRun,
  findGraphVersion,
  findReusableRun,
  findScores,
  listAnalysisRuns,
  type StakeholderScores,
  updateAnalysisRun,
  writeScores,
} from '../repositories/analysisRunRepository.js';
import { type AnalysisSettings, analysisDefaults, loadProjection } from './analysisService.js';
import type { AnalysisWorkerInput, AnalysisWorkerOutput } from './analysisWorker.js';

/** Scores are written in batches of this many stakeholders, one transaction each. */
export const scoreBatchSize = 500;

/** Runs this process is working on: a RUNNING run not in here was left by a stopped process. */
const runningHere = new Map<string, Promise<void>>();

/**
 * Starts a graph-wide analysis (everyone analysable, or one area's subtree) unless the graph has
 * not changed since the last finished run of that scope (same graph version): then that run is
 * returned, as is a run of this version still going. The work happens after this returns: loading
 * here, the metrics in a worker thread, writing scores back in batches.
 */
export async function startAnalysisRun(
  db: Database,
  log: Logger,
  input: { areaId: string | null },
  settings: AnalysisSettings = analysisDefaults,
): Promise<AnalysisRun> {
  const version = await db.read('findGraphVersion', findGraphVersion);
  const reusable = await db.read('findReusableRun', (tx) =>
    findReusableRun(tx, version, input.areaId),
  );
  if (reusable && (reusable.status === 'DONE' || runningHere.has(reusable.id))) return reusable;
  const id = randomUUID();
  await db.write('createAnalysisRun', (tx) =>
    createAnalysisRun(tx, { id, version, areaId: input.areaId }),
  );
  const job = runAnalysis(db, id, input.areaId, settings)
    .catch(async (error: unknown) => {
      log.error({ err: error, runId: id }, 'analysis run failed');
      await db
        .write('failAnalysisRun', (tx) =>
          updateAnalysisRun(tx, id, {
            status: 'FAILED',
            stage: 'failed',
            error: error instanceof Error ? error.message : String(error),
            ended: true,
          }),
        )
        .catch((inner: unknown) => log.error({ err: inner }, 'could not record the failed run'));
    })
    .finally(() => runningHere.delete(id));
  runningHere.set(id, job);
  return mustFindRun(db, id);
}

/** Resolves when the run this process is working on has ended (at once for other runs). */
export async function analysisRunSettled(id: string): Promise<void> {
  await runningHere.get(id);
}

async function mustFindRun(db: Database, id: string): Promise<AnalysisRun> {
  const run = await db.read('findAnalysisRun', (tx) => findAnalysisRun(tx, id));
  if (!run) throw new NotFoundError('AnalysisRun', id);
  return run;
}

export function findRun(db: Database, id: string): Promise<AnalysisRun | null> {
  return db.read('findAnalysisRun', (tx) => findAnalysisRun(tx, id));
}

export function listRuns(db: Database, first: number): Promise<AnalysisRun[]> {
  return db.read('listAnalysisRuns', (tx) => listAnalysisRuns(tx, first));
}

export function findStakeholderScores(
  db: Database,
  label: 'Person' | 'Organization',
  ids: readonly string[],
): Promise<StakeholderScores[]> {
  return db.read(`findScores.${label}`, (tx) => findScores(tx, label, ids));
}

const progress = (db: Database, id: string, value: number, stage: string) =>
  db.write('analysisRunProgress', (tx) => updateAnalysisRun(tx, id, { progress: value, stage }));

async function runAnalysis(
  db: Database,
  id: string,
  areaId: string | null,
  settings: AnalysisSettings,
): Promise<void> {
  const projection = await loadProjection(db, { areaId }, new Date(), settings);
  await progress(db, id, 0.2, 'analysing');
  const { graph } = projection;
  const input: AnalysisWorkerInput = {
    nodes: graph.nodes(),
    edges: graph.mapEdges((_edge, attributes, source, target) => [
      source,
      target,
      attributes.weight as number,
    ]),
    officials: projection.officials,
    stakeholders: [...projection.nodes.values()]
      .filter((node) => !node.official && node.kind !== 'INITIATIVE')
      .map((node) => node.id),
    minWeight: settings.minWeight,
    // Brokerage roles by kern: the kern of a stakeholder's first area (an official without one:
    // of the first area they cover).
    partition: [...projection.nodes.values()].flatMap((node): [string, string][] => {
      const area = node.areaIds[0] ?? (node.official ? node.coveredAreaIds[0] : undefined);
      return area === undefined ? [] : [[node.id, kernOf(projection.areas, area)]];
    }),
  };
  const { result, figures } = await analyseInWorkerThread(input);
  await progress(db, id, 0.6, 'writing');
  const byKind = new Map<ProjectionKind, StakeholderScores[]>();
  for (const metrics of result.nodes) {
    const kind = projection.nodes.get(metrics.id)?.kind ?? 'PERSON';
    const list = byKind.get(kind) ?? [];
    list.push({
      id: metrics.id,
      degree: metrics.degree,
      weightedDegree: metrics.weightedDegree,
      betweenness: metrics.betweenness,
      closeness: metrics.closeness,
      pagerank: metrics.pagerank,
      eigenvector: metrics.eigenvector,
      constraint: Number.isFinite(metrics.constraint) ? metrics.constraint : null,
      effectiveSize: Number.isFinite(metrics.effectiveSize) ? metrics.effectiveSize : null,
      coreNumber: metrics.coreNumber,
      community: metrics.community,
      brokerCoordinator: metrics.brokerage?.coordinator ?? null,
      brokerItinerant: metrics.brokerage?.itinerant ?? null,
      brokerGatekeeperRepresentative: metrics.brokerage?.gatekeeperRepresentative ?? null,
      brokerLiaison: metrics.brokerage?.liaison ?? null,
    });
    byKind.set(kind, list);
  }
  const total = result.nodes.length;
  let written = 0;
  for (const [kind, rows] of byKind) {
    for (let start = 0; start < rows.length; start += scoreBatchSize) {
      const batch = rows.slice(start, start + scoreBatchSize);
      await db.write('writeScores', (tx) => writeScores(tx, kind, id, batch));
      written += batch.length;
      await progress(db, id, 0.6 + (0.35 * written) / Math.max(total, 1), 'writing');
    }
  }
  await db.write('clearStaleScores', (tx) => clearStaleScores(tx, id, areaId));
  await db.write('finishAnalysisRun', (tx) =>
    updateAnalysisRun(tx, id, {
      status: 'DONE',
      stage: 'done',
      progress: 1,
      nodes: result.nodeCount,
      edges: result.edgeCount,
      antennae: figures.antennae,
      coverageShare: figures.coverageShare,
      fragmentation: figures.fragmentation,
      modularity: result.modularity,
      communities: result.communityCount,
      ended: true,
    }),
  );
}

/**
 * Runs the metrics in a worker thread (which spreads the shortest-path searches over more
 * threads on large networks), so the API's event loop stays free.
 */
function analyseInWorkerThread(input: AnalysisWorkerInput): Promise<AnalysisWorkerOutput> {
  return firstMessage<AnalysisWorkerOutput>(
    startModuleWorker(import.meta.url, 'analysisWorker', input),
  );
}
