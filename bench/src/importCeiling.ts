/**
 * pnpm --filter @antenne/bench ceiling [--batch 5000] [--batches 6]
 *
 * How many import rows a second can Neo4j take on this machine, whatever Antenne does around it?
 * In a fresh embedded Neo4j, batches of people exactly as the importer writes them (its
 * `createImportedPersons` statement and parameters: one person and four links a row), measured
 * step by step as the work grows:
 *   1. send      the rows sent and unwound, nothing written (driver and Bolt only)
 *   2. people    the people alone (no links), no constraint or index on people
 *   3. links     the people with their links, no constraint or index on people or links (only
 *                the link targets' ids are constrained, as they must be to be found)
 *   4. schema    the same after Antenne's migrations (constraints, range and full-text indexes)
 * Each step warms up first; the register grows as the steps run (as a real one does). Prints a
 * table and writes bench/results/import-ceiling.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '@antenne/api/database';
import {
  createImportedPersons,
  type ImportedPersonLinks,
  type NewImportedPerson,
} from '@antenne/api/import-repository';
import { createLogger } from '@antenne/api/logger';
import { migrate } from '@antenne/api/migrate';
import { type RunningNeo4j, startEmbeddedNeo4j } from '@antenne/api/neo4j';
import neo4j from 'neo4j-driver';
import { formatJson } from './formatJson.js';
import { freePort } from './freePort.js';
import { currentLoad, machineFacts } from './machine.js';
import type { CeilingStep, ImportCeiling } from './results.js';
import { summarize } from './stats.js';

type Row = NewImportedPerson & ImportedPersonLinks;
interface Target {
  id: string;
}

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
};

const batchRows = argument('--batch', 5_000);
const batches = argument('--batches', 6);
const warmups = 3;
const provenance = { createdBy: 'bench', source: 'bench:ceiling', importId: randomUUID() };

/** A batch of people as the importer sends them: a club, a kern and two themes each. */
function rowsOf(
  batch: number,
  targets: { clubs: Target[]; areas: Target[]; themes: Target[] },
  withLinks: boolean,
): Row[] {
  const pick = (list: Target[], i: number) => list[i % list.length] as Target;
  return Array.from({ length: batchRows }, (_, i) => {
    const id = randomUUID();
    const n = batch * batchRows + i;
    const link = (type: string, to: Target, role: string | null = null) => ({
      to: to.id,
      key: `${type}:${id}:${to.id}`,
      role,
    });
    return {
      id,
      name: `Inwoner ${n}`,
      email: `inwoner.${n}@example.nl`,
      phone: `06-${String(10_000_000 + n).slice(-8)}`,
      postcode: `71${String(n % 100).padStart(2, '0')}AB`,
      notes: null,
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'Gemeentewet art. 160',
      purpose: 'Gebiedsgericht werken',
      retainUntil: '2030-12-31',
      consentDate: null,
      consentTextVersion: null,
      memberOf: withLinks ? [link('MEMBER_OF', pick(targets.clubs, n * 7), 'lid')] : [],
      livesIn: withLinks ? [link('LIVES_IN', pick(targets.areas, n))] : [],
      activeIn: withLinks
        ? [
            link('ACTIVE_IN', pick(targets.themes, n)),
            link('ACTIVE_IN', pick(targets.themes, n + 3)),
          ]
        : [],
    };
  });
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'antenne-ceiling-'));
  let running: RunningNeo4j | undefined;
  const log = createLogger({ logLevel: 'warn', nodeEnv: 'production' });
  // The date and load the report shows are the ones at the start, as for `pnpm bench`.
  const machine = machineFacts('python3');
  try {
    running = await startEmbeddedNeo4j({
      port: await freePort(7745),
      dataDir: join(dir, 'neo4j'),
      heap: '4g',
      pageCache: '2g',
      javaHome: process.env.JAVA_HOME,
    });
    const driver = neo4j.driver(running.uri, undefined, { disableLosslessIntegers: true });
    const db = new Database(driver, 'neo4j', log);
    const make = async (label: string, count: number) =>
      db.write('ceiling.targets', (tx) =>
        tx.run<Target>(
          `UNWIND range(1, $count) AS i
           CREATE (n:${label} {id: randomUUID(), name: $label + ' ' + i})
           RETURN n.id AS id`,
          { count, label },
        ),
      );
    const targets = {
      clubs: await make('Organization', 300),
      areas: await make('Area', 30),
      themes: await make('Theme', 20),
    };
    // The links find their clubs, kernen and themes by id, as the importer's do: those few nodes
    // get their id constraints from the start (the import writes no such node, so they cost no
    // upkeep); people and links have no constraint or index until the schema step.
    for (const label of ['Organization', 'Area', 'Theme'])
      await db.runSchema(
        'ceiling.targetIds',
        `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    let batch = 0;
    const measure = async (
      step: string,
      what: string,
      write: (rows: Row[]) => Promise<unknown>,
      withLinks = true,
    ): Promise<CeilingStep> => {
      const times: number[] = [];
      for (let i = 0; i < warmups + batches; i++) {
        const rows = rowsOf(batch++, targets, withLinks);
        const started = performance.now();
        await write(rows);
        if (i >= warmups) times.push(performance.now() - started);
      }
      const { mean, p50 } = summarize(times);
      const result = {
        step,
        what,
        rowsPerSecond: Math.round((batchRows * 1000) / mean),
        medianBatchMs: Math.round(p50),
        batches: times.map((ms) => Math.round((batchRows * 1000) / ms)),
      };
      console.log(
        `${step.padEnd(7)} ${String(result.rowsPerSecond).padStart(6)} rows/s  (batches: ${result.batches.join(', ')})  ${what}`,
      );
      return result;
    };
    const importer = (rows: Row[]) =>
      db.write('ceiling.people', (tx) => createImportedPersons(tx, rows, provenance));
    console.log(`${batches} batches of ${batchRows} rows per step, after ${warmups} to warm up`);
    const steps = [
      await measure('send', 'rows sent and unwound, nothing written', (rows) =>
        db.read('ceiling.send', (tx) =>
          tx.run('UNWIND $rows AS row RETURN count(row) AS rows', { rows }),
        ),
      ),
      await measure('people', 'people without links, no index on people', importer, false),
      await measure('links', 'people and 4 links each, no index on people or links', importer),
    ];
    await migrate(db);
    steps.push(await measure('schema', "people and 4 links each, Antenne's schema", importer));
    await driver.close();
    const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(resultsDir, { recursive: true });
    const path = join(resultsDir, 'import-ceiling.json');
    const ceiling: ImportCeiling & { loadAfter: number[] } = {
      machine,
      batchRows,
      batches,
      steps,
      loadAfter: currentLoad(),
    };
    writeFileSync(path, `${JSON.stringify(ceiling, null, 2)}\n`);
    formatJson(path);
  } finally {
    await running?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
