import { afterAll, describe, expect, it } from 'vitest';
import { connectTestDatabase } from '../test/testApp.js';
import { migrate } from './migrate.js';
import { schemaMigrations } from './schemaMigrations.js';

type SchemaRow = { name: string };

describe('schema migrations', () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());

  const schemaNames = async () => {
    const constraints = await db.read('test.constraints', (tx) =>
      tx.run<SchemaRow>('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
    );
    const indexes = await db.read('test.indexes', (tx) =>
      tx.run<SchemaRow>('SHOW INDEXES YIELD name RETURN name ORDER BY name'),
    );
    return [...constraints, ...indexes].map((row) => row.name);
  };

  it('records every migration once; a second start changes nothing', async () => {
    await migrate(db);
    const before = await schemaNames();
    const ledgerBefore = await db.read('test.ledger', (tx) =>
      tx.run<{ id: string; appliedAt: unknown }>(
        'MATCH (m:AntenneMigration) RETURN m.id AS id, toString(m.appliedAt) AS appliedAt ORDER BY id',
      ),
    );

    const second = await migrate(db);

    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(schemaMigrations.map((m) => m.id));
    expect(await schemaNames()).toEqual(before);
    const ledgerAfter = await db.read('test.ledger', (tx) =>
      tx.run(
        'MATCH (m:AntenneMigration) RETURN m.id AS id, toString(m.appliedAt) AS appliedAt ORDER BY id',
      ),
    );
    expect(ledgerAfter).toEqual(ledgerBefore);
  });

  it('creates a unique id constraint per entity and the accent-folding search index', async () => {
    await migrate(db);
    const names = await schemaNames();
    expect(names).toEqual(expect.arrayContaining(['person_id_unique', 'organization_id_unique']));
    const [index] = await db.read('test.fulltext', (tx) =>
      tx.run<{ analyzer: string; state: string }>(
        `SHOW FULLTEXT INDEXES YIELD name, state, options
         WHERE name = 'stakeholder_search'
         RETURN state, options.indexConfig['fulltext.analyzer'] AS analyzer`,
      ),
    );
    expect(index).toEqual({ state: 'ONLINE', analyzer: 'standard-folding' });
  });
});
