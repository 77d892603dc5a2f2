import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { connectTestDatabase } from '../test/testApp.js';
import { int } from './database.js';

describe('Database over Bolt', () => {
  const db = connectTestDatabase();
  afterAll(() => db.close());

  it('writes a node and reads it back as plain values', async () => {
    const id = randomUUID();
    await db.write('test.create', (tx) =>
      tx.run('CREATE (:BoltProbe {id: $id, count: $count, at: date("2026-01-02")})', {
        id,
        count: int(3),
      }),
    );
    const rows = await db.read('test.read', (tx) =>
      tx.run<{ count: number }>('MATCH (p:BoltProbe {id: $id}) RETURN p.count AS count', { id }),
    );
    expect(rows).toEqual([{ count: 3 }]);
    await db.write('test.cleanup', (tx) =>
      tx.run('MATCH (p:BoltProbe {id: $id}) DELETE p', { id }),
    );
  });

  it('rolls back the whole transaction when the work fails', async () => {
    const id = randomUUID();
    await expect(
      db.write('test.failing', async (tx) => {
        await tx.run('CREATE (:BoltProbe {id: $id})', { id });
        throw new Error('validation failed half-way');
      }),
    ).rejects.toThrow('validation failed half-way');
    const rows = await db.read('test.read', (tx) =>
      tx.run('MATCH (p:BoltProbe {id: $id}) RETURN p', { id }),
    );
    expect(rows).toHaveLength(0);
  });

  it('tells listeners about every statement, with the operation name', async () => {
    const seen: string[] = [];
    const stop = db.onQuery((event) => seen.push(`${event.mode}:${event.operation}`));
    await db.read('test.twoStatements', async (tx) => {
      await tx.run('RETURN 1');
      await tx.run('RETURN 2');
    });
    stop();
    await db.read('test.afterStop', (tx) => tx.run('RETURN 3'));
    expect(seen).toEqual(['read:test.twoStatements', 'read:test.twoStatements']);
  });

  it('answers a ping while the database is up', async () => {
    expect(await db.ping()).toBe(true);
  });
});
