import { createHash } from 'node:crypto';
import type { Database } from './database.js';
import { type SchemaMigration, schemaMigrations } from './schemaMigrations.js';

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const checksum = (migration: SchemaMigration) =>
  createHash('sha256').update(migration.statements.join('\n')).digest('hex').slice(0, 16);

/** Applies the migrations not yet recorded in the database, in order; a second run changes nothing. */
export async function migrate(
  db: Database,
  migrations: SchemaMigration[] = schemaMigrations,
): Promise<MigrationReport> {
  await db.runSchema(
    'migrate.ensureLedger',
    'CREATE CONSTRAINT antenne_migration_id_unique IF NOT EXISTS FOR (m:AntenneMigration) REQUIRE m.id IS UNIQUE',
  );
  const done = new Set(
    await db.read('migrate.listApplied', async (tx) => {
      const rows = await tx.run<{ id: string }>('MATCH (m:AntenneMigration) RETURN m.id AS id');
      return rows.map((row) => row.id);
    }),
  );
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    if (done.has(migration.id)) {
      report.alreadyApplied.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) {
      await db.runSchema(`migrate.${migration.id}`, statement);
    }
    await db.write('migrate.record', (tx) =>
      tx.run(
        `MERGE (m:AntenneMigration {id: $id})
         ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()`,
        { id: migration.id, description: migration.description, checksum: checksum(migration) },
      ),
    );
    report.applied.push(migration.id);
  }
  await db.runSchema('migrate.awaitIndexes', 'CALL db.awaitIndexes(300)');
  return report;
}
