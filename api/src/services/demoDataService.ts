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
  type WriteMode,
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
  /** Rows per transaction: consecutive chunks are written together up to this many (default 10,000). */
  batchRows?: number;
}

type RowChunk = Exclude<DemoChunk, { kind: 'landmarks' }>;

const isConstraintViolation = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * Writes generated data in transactions of up to `batchRows` rows (consecutive chunks of the
 * stream together: a transaction costs a commit and a round trip, and the generator's chunks of
 * the rarer relationship types are small), so a load of 100,000 stakeholders never holds more
 * than a batch in memory or in one transaction. Rows that exist are skipped and the rest CREATEd;
 * when a concurrent load wrote the same rows first (a uniqueness violation) the batch is retried
 * with MERGE. Chunks must come in the generator's order (nodes before the relationships that use
 * them).
 */
export async function loadDemoData(
  db: Database,
  data: Iterable<DemoChunk>,
  options: LoadDemoDataOptions = {},
): Promise<DemoLoadSummary> {
  const started = performance.now();
  const batchRows = options.batchRows ?? 10_000;
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

  const writeBatch = async (batch: RowChunk[], mode: WriteMode): Promise<number[]> => {
    const label = batch.map((chunk) => (chunk.kind === 'nodes' ? chunk.label : chunk.type));
    const operation = `loadDemoData.${[...new Set(label)].join('+')}`;
    // Ten minutes per batch: a 10,000-row batch takes seconds alone, over a minute under load.
    return db.write(
      operation,
      async (tx) => {
        const written: number[] = [];
        for (const chunk of batch) {
          if (chunk.kind === 'nodes') {
            const remapped = await writeDemoNodes(tx, chunk.label, chunk.rows, mode);
            for (const [generated, stored] of remapped) storedId.set(generated, stored);
            written.push(chunk.rows.length);
            continue;
          }
          const rows =
            storedId.size === 0
              ? chunk.rows
              : chunk.rows.map((row) => ({ ...row, from: resolve(row.from), to: resolve(row.to) }));
          written.push(await writeDemoRelationships(tx, { ...chunk, rows }, mode));
        }
        return written;
      },
      { timeoutMs: 600_000 },
    );
  };

  const flush = async (batch: RowChunk[]) => {
    if (batch.length === 0) return;
    let written: number[];
    try {
      written = await writeBatch(batch, 'create');
    } catch (error) {
      if (!isConstraintViolation(error)) throw error;
      written = await writeBatch(batch, 'merge');
    }
    batch.forEach((chunk, index) => {
      const count = written[index] ?? 0;
      if (chunk.kind === 'nodes') {
        summary.nodes[chunk.label] = (summary.nodes[chunk.label] ?? 0) + count;
      } else {
        summary.relationships[chunk.type] = (summary.relationships[chunk.type] ?? 0) + count;
        summary.skippedRelationships += chunk.rows.length - count;
      }
      summary.rows += chunk.rows.length;
      options.onProgress?.({
        rows: summary.rows,
        expectedRows: options.expectedRows,
        current: chunk.kind === 'nodes' ? chunk.label : chunk.type,
      });
    });
  };

  let batch: RowChunk[] = [];
  let pending = 0;
  for (const chunk of data) {
    if (chunk.kind === 'landmarks') {
      summary.landmarks = chunk.landmarks;
      continue;
    }
    if (pending > 0 && pending + chunk.rows.length > batchRows) {
      await flush(batch);
      batch = [];
      pending = 0;
    }
    batch.push(chunk);
    pending += chunk.rows.length;
  }
  await flush(batch);
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
