import { randomUUID } from 'node:crypto';
import { generateImportCsv } from '@antenne/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { connectTestDatabase } from '../test/testApp.js';
import { runImport } from './importService.js';

/** A generated people list (as `pnpm bench` and the throughput figures use) imported twice. */
describe('importing the same generated file twice', () => {
  let db: Database;

  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('creates the people and their links once, and nothing the second time', async () => {
    const name = `mensen-${randomUUID()}.csv`;
    const csv = generateImportCsv({ rows: 400, seed: name, organizations: 12 });
    const file = { name, bytes: new TextEncoder().encode(csv) };
    const stored = () =>
      db.read('test.importedCounts', async (tx) => {
        const [row] = await tx.run<{ people: number; links: number; organizations: number }>(
          `CALL { MATCH (p:Person) WHERE p.source = $source RETURN count(p) AS people }
           CALL { MATCH (:Person)-[r]->() WHERE r.source = $source RETURN count(r) AS links }
           CALL { MATCH (o:Organization) WHERE o.source = $source RETURN count(o) AS organizations }
           RETURN people, links, organizations`,
          { source: `import:${name}` },
        );
        return row;
      });
    const ctx = { db, viewer: { kind: 'anonymous' } as const };

    const first = await runImport(ctx, file);
    expect(first).toMatchObject({ rows: 400, invalid: 0, committed: true });
    expect(first.created + first.existing).toBe(400);
    const after = await stored();
    expect(after?.people).toBe(first.created);
    expect(after?.organizations).toBeLessThanOrEqual(12);
    // Every person is a member of at most one club and active in one to three themes.
    expect(after?.links).toBeGreaterThan(first.created);

    const second = await runImport(ctx, file);
    expect(second).toMatchObject({ created: 0, existing: 400, committed: true });
    expect(await stored()).toEqual(after);
  }, 120_000);
});
