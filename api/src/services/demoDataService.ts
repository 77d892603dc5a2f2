import {
  type DemoChunk,
  type DemoLandmarks,
  estimatedRowCount,
  type NodeLabel,
  type RelationshipType,
  streamDemoMunicipality,
} from '@antenne/seed';
import { today } from '../domain/validation/fields.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import {
  deleteDemoDataBySource,
  hasStakeholders,
  writeDemoNodes,
  writeDemoRelationships,
} from '../repositories/demoDataRepository.js';

export interface DemoLoadProgress {
  /** Rows (nodes + relationships) written so far. */
  rows: number;
  /** What the whole load is expected to write, when known (an estimate for generated data). */
  expectedRows: number | undefined;
  /** What the last chunk was: a label or a relationship type. */
  current: string;
}

export interface DemoLoadSummary {
  nodes: Partial<Record<NodeLabel, number>>;
  relationships: Partial<Record<RelationshipType, number>>;
  /** Relationships whose ends were not found (0 unless the data was inconsistent). */
  skippedRelationships: number;
  rows: number;
  elapsedMs: number;
  landmarks: DemoLandmarks | undefined;
}

export interface LoadDemoDataOptions {
  onProgress?: (progress: DemoLoadProgress) => void;
  expectedRows?: number;
}

/**
 * Writes generated data chunk by chunk, one transaction per chunk (at most a few thousand rows),
 * so a load of 100,000 stakeholders never holds more than a chunk in memory or in one transaction.
 * Chunks must come in the generator's order (nodes before the relationships that use them).
 */
export async function loadDemoData(
  db: Database,
  data: Iterable<DemoChunk>,
  options: LoadDemoDataOptions = {},
): Promise<DemoLoadSummary> {
  const started = performance.now();
  const summary: DemoLoadSummary = {
    nodes: {},
    relationships: {},
    skippedRelationships: 0,
    rows: 0,
    elapsedMs: 0,
    landmarks: undefined,
  };
  // Themes and areas that already existed keep their ids; relationships are pointed at those.
  const storedId = new Map<string, string>();
  const resolve = (id: string) => storedId.get(id) ?? id;
  for (const chunk of data) {
    if (chunk.kind === 'landmarks') {
      summary.landmarks = chunk.landmarks;
      continue;
    }
    if (chunk.kind === 'nodes') {
      const remapped = await db.write(`loadDemoData.${chunk.label}`, (tx) =>
        writeDemoNodes(tx, chunk.label, chunk.rows),
      );
      for (const [generated, stored] of remapped) storedId.set(generated, stored);
      summary.nodes[chunk.label] = (summary.nodes[chunk.label] ?? 0) + chunk.rows.length;
      summary.rows += chunk.rows.length;
      options.onProgress?.({
        rows: summary.rows,
        expectedRows: options.expectedRows,
        current: chunk.label,
      });
      continue;
    }
    const rows =
      storedId.size === 0
        ? chunk.rows
        : chunk.rows.map((row) => ({ ...row, from: resolve(row.from), to: resolve(row.to) }));
    const written = await db.write(`loadDemoData.${chunk.type}`, (tx) =>
      writeDemoRelationships(tx, { ...chunk, rows }),
    );
    summary.relationships[chunk.type] = (summary.relationships[chunk.type] ?? 0) + written;
    summary.skippedRelationships += chunk.rows.length - written;
    summary.rows += chunk.rows.length;
    options.onProgress?.({
      rows: summary.rows,
      expectedRows: options.expectedRows,
      current: chunk.type,
    });
  }
  summary.elapsedMs = Math.round(performance.now() - started);
  return summary;
}

export interface DemoMunicipalityOptions {
  size: number;
  seed: string;
  /** The day the data is "as of"; default today in the Netherlands. */
  today?: string;
  /** Provenance `source` on every row; default `seed`. */
  source?: string;
  onProgress?: (progress: DemoLoadProgress) => void;
}

/** Generates the demo municipality and streams it into the database. */
export function loadDemoMunicipality(
  db: Database,
  options: DemoMunicipalityOptions,
): Promise<DemoLoadSummary> {
  const chunks = streamDemoMunicipality({
    size: options.size,
    seed: options.seed,
    today: options.today ?? today(),
    source: options.source ?? 'seed',
  });
  return loadDemoData(db, chunks, {
    expectedRows: estimatedRowCount(options.size),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** Whether the database already holds people or organisations (then the demo stays out). */
export function databaseHasStakeholders(db: Database): Promise<boolean> {
  return db.read('demoData.hasStakeholders', hasStakeholders);
}

/**
 * At start-up: loads the demo municipality when the database has no person and no organisation
 * yet, so a first `pnpm start` shows a believable network. Never touches a database with data.
 * Returns the summary, or null when it left the database alone.
 */
export async function loadDemoDataIfEmpty(
  db: Database,
  log: Logger,
  options: { size: number; seed: string },
): Promise<DemoLoadSummary | null> {
  if (await databaseHasStakeholders(db)) {
    log.info('database has stakeholders: demo municipality not loaded');
    return null;
  }
  log.info(
    { size: options.size, seed: options.seed },
    'empty database: loading the demo municipality',
  );
  const summary = await loadDemoMunicipality(db, options);
  log.info(
    {
      nodes: summary.nodes,
      relationships: summary.rows - Object.values(summary.nodes).reduce((a, b) => a + b, 0),
      elapsedMs: summary.elapsedMs,
    },
    'demo municipality loaded',
  );
  return summary;
}

/** Removes everything a load with this `source` created (nodes and their relationships). */
export async function removeDemoData(db: Database, source: string): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.write('demoData.removeBySource', (tx) =>
      deleteDemoDataBySource(tx, source, 5_000),
    );
    total += deleted;
    if (deleted === 0) return total;
  }
}
