import { randomUUID } from 'node:crypto';
import { generateImportCsv } from '@antenne/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { connectTestDatabase } from '../test/testApp.js';
import { ImportFailedError, runImport } from './importService.js';

/** Staged imports (batches of `batchRows` rows, each its own transaction) with a small batch size. */
describe('a staged import', () => {
  let db: Database;
  const anonymous = { kind: 'anonymous' } as const;
  const encode = (text: string) => new TextEncoder().encode(text);

  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  /** What an import of `name` stored: its people, their links, organisations and themes. */
  const counts = (name: string) =>
    db.read('test.stagedCounts', async (tx) => {
      const [row] = await tx.run<{
        people: number;
        links: number;
        organizations: number;
        themes: number;
      }>(
        `CALL { MATCH (p:Person) WHERE p.source = $source RETURN count(p) AS people }
         CALL { MATCH (:Person)-[r]->() WHERE r.source = $source RETURN count(r) AS links }
         CALL { MATCH (o:Organization) WHERE o.source = $source RETURN count(o) AS organizations }
         CALL { MATCH (t:Theme) WHERE t.source = $source RETURN count(t) AS themes }
         RETURN people, links, organizations, themes`,
        { source: `import:${name}` },
      );
      return row;
    });

  /** The people of an import and every link they have, by name (ids differ between runs). */
  const signature = (name: string) =>
    db.read('test.stagedSignature', async (tx) => {
      const rows = await tx.run<{ line: string }>(
        `MATCH (p:Person) WHERE p.source = $source
         OPTIONAL MATCH (p)-[r]->(t)
         RETURN p.name + '|' + coalesce(p.email, '') + '|' + coalesce(type(r), '') + '|' +
           coalesce(t.name, '') + '|' + coalesce(r.role, '') AS line`,
        { source: `import:${name}` },
      );
      return rows.map((row) => row.line).sort();
    });

  const tagged = (importId: string) =>
    db.read('test.stagedTagged', async (tx) => {
      const [row] = await tx.run<{ nodes: number; links: number }>(
        `CALL { MATCH (n) WHERE n.importId = $importId RETURN count(n) AS nodes }
         CALL { MATCH ()-[r]->() WHERE r.importId = $importId RETURN count(r) AS links }
         RETURN nodes, links`,
        { importId },
      );
      return row;
    });

  it('removes every batch again when the last one fails, and leaves existing ties alone', async () => {
    const name = `gefaseerd-${randomUUID()}.csv`;
    const csv = generateImportCsv({ rows: 300, seed: name, organizations: 8 });
    const lines = csv.split(/\r?\n/);
    // The first 60 people are stored beforehand (one transaction): in the staged run they are
    // EXISTS and their links are MERGEd onto the stored ones.
    const earlier = `eerder-${name}`;
    const first = await runImport(
      { db, viewer: anonymous },
      { name: earlier, bytes: encode(lines.slice(0, 61).join('\n')) },
    );
    expect(first).toMatchObject({ rows: 60, committed: true });
    const earlierBefore = await counts(earlier);
    expect(earlierBefore?.people).toBe(first.created);
    expect(earlierBefore?.links).toBeGreaterThan(0);

    // Before the last batch, a person with the id that batch is about to CREATE is stored: the
    // batch fails on the Person id uniqueness constraint, a failure only Neo4j detects.
    let conflictId: string | null = null;
    const seenBatches: number[] = [];
    let writtenBeforeLast = 0;
    const run = runImport(
      { db, viewer: anonymous },
      { name, bytes: encode(csv) },
      {
        batchRows: 100,
        onBatch: async ({ index, total, personIds }) => {
          seenBatches.push(index);
          if (index !== total) return;
          writtenBeforeLast = (await counts(name))?.people ?? 0;
          conflictId = personIds[0] ?? null;
          await db.write('test.stagedConflict', (tx) =>
            tx.run(`CREATE (:Person {id: $id, name: 'conflict'})`, { id: conflictId }),
          );
        },
      },
    );
    const error = await run.then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(ImportFailedError);
    expect(error).toMatchObject({ code: 'CONFLICT', batch: 3, cleanedUp: true });
    expect(seenBatches).toEqual([1, 2, 3]);
    expect(conflictId).not.toBeNull();
    await db.write('test.stagedConflictRemove', (tx) =>
      tx.run(`MATCH (p:Person {id: $id}) WHERE p.name = 'conflict' DELETE p`, { id: conflictId }),
    );
    // Two batches had committed people before the failure; all of it is gone again.
    expect(writtenBeforeLast).toBeGreaterThan(100);
    expect(await counts(name)).toEqual({ people: 0, links: 0, organizations: 0, themes: 0 });
    expect(await tagged((error as ImportFailedError).importId)).toEqual({ nodes: 0, links: 0 });
    expect(await counts(earlier)).toEqual(earlierBefore);
  }, 180_000);

  it('writes what one transaction writes, and nothing when run again', async () => {
    const csv = generateImportCsv({ rows: 300, seed: randomUUID(), organizations: 8 });
    const single = `een-transactie-${randomUUID()}.csv`;
    const once = await runImport({ db, viewer: anonymous }, { name: single, bytes: encode(csv) });
    expect(once).toMatchObject({ rows: 300, invalid: 0, committed: true });
    const expected = await signature(single);
    expect(expected.length).toBeGreaterThan(once.created);
    // Remove those people again (their organisations and themes stay and are matched by name).
    await db.write('test.stagedRemoveSingle', (tx) =>
      tx.run('MATCH (p:Person) WHERE p.source = $source DETACH DELETE p', {
        source: `import:${single}`,
      }),
    );

    const staged = `gefaseerd-${randomUUID()}.csv`;
    const file = { name: staged, bytes: encode(csv) };
    const batches: number[] = [];
    const report = await runImport({ db, viewer: anonymous }, file, {
      batchRows: 100,
      onBatch: ({ index }) => {
        batches.push(index);
      },
    });
    expect(batches).toEqual([1, 2, 3]);
    expect(report).toMatchObject({
      created: once.created,
      existing: once.existing,
      committed: true,
    });
    expect(await signature(staged)).toEqual(expected);
    const after = await counts(staged);
    expect(after?.people).toBe(once.created);

    const again = await runImport({ db, viewer: anonymous }, file, { batchRows: 100 });
    expect(again).toMatchObject({ created: 0, existing: 300, committed: true });
    expect(await counts(staged)).toEqual(after);
    expect(await signature(staged)).toEqual(expected);
  }, 180_000);

  it('links a later row to the person an earlier batch created', async () => {
    const name = `later-rij-${randomUUID()}.csv`;
    const lines = generateImportCsv({ rows: 250, seed: name, organizations: 8 })
      .split(/\r?\n/)
      .filter((line) => line !== '');
    const [header, firstRow] = [lines[0] ?? '', lines[1] ?? ''];
    const columns = header.split(';');
    const cells = firstRow.split(';');
    // The same person as line 2 (same name and e-mail), now in another club, on line 152: in
    // batch 2, while batch 1 creates that person.
    cells[columns.indexOf('Organisatie')] = `Latere club ${name}`;
    const csv = [...lines.slice(0, 151), cells.join(';'), ...lines.slice(151)].join('\n');
    const batches: number[] = [];
    const report = await runImport(
      { db, viewer: anonymous },
      { name, bytes: encode(csv) },
      { batchRows: 100, onBatch: ({ index }) => void batches.push(index) },
    );
    expect(batches).toEqual([1, 2, 3]);
    expect(report).toMatchObject({ rows: 251, committed: true });
    expect(report.problems).toContainEqual(
      expect.objectContaining({ line: 152, code: 'DUPLICATE_IN_FILE' }),
    );
    const clubs = await db.read('test.stagedLaterRow', (tx) =>
      tx.run<{ person: string; club: string }>(
        `MATCH (p:Person {source: $source, email: $email})-[:MEMBER_OF]->(o)
         RETURN p.id AS person, o.name AS club ORDER BY club`,
        { source: `import:${name}`, email: cells[columns.indexOf('E-mail')] },
      ),
    );
    expect(clubs.map((row) => row.club)).toContain(`Latere club ${name}`);
    // Both clubs are the one person's: the later row made no second person.
    expect(new Set(clubs.map((row) => row.person)).size).toBe(1);
  }, 180_000);
});
