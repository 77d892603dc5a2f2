import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../auth/clock.js';
import type { Database } from '../neo4j/database.js';
import { fixture } from '../test/fixtures.js';
import { connectTestDatabase } from '../test/testApp.js';
import { runRetention, startRetentionJob } from './retentionService.js';

let db: Database;

beforeAll(() => {
  db = connectTestDatabase();
});

afterAll(async () => {
  await db.close();
});

const countOf = async (id: string) =>
  (
    await db.read('test.count', (tx) =>
      tx.run<{ n: number }>(
        `MATCH (n) WHERE NOT n:AuditEntry AND (n.id = $id OR $id IN coalesce(n.mutualContactIds, []))
         RETURN count(n) AS n`,
        { id },
      ),
    )
  )[0]?.n ?? -1;

/** Two people: one kept until far ahead, one until a near date; a contact moment with both. */
async function twoPeople(nearDate: string) {
  const tag = randomUUID().slice(0, 8);
  const made = await fixture(db)
    .person(`Tijdelijk ${tag}`, { key: 'near', retainUntil: nearDate })
    .person(`Blijvend ${tag}`, { key: 'far', retainUntil: '2099-12-31' })
    .knows('near', 'far', 3)
    .contact(['near', 'far'], { note: `Tijdelijk ${tag} en Blijvend ${tag} spraken af.` });
  const near = made.people.near;
  const far = made.people.far;
  if (!near || !far) throw new Error('fixture incomplete');
  return { near, far, tag };
}

describe('retention', { timeout: 240_000 }, () => {
  it('erases, with a ledger entry, exactly the people past their retain-until date on the clock’s day', async () => {
    const { near, far, tag } = await twoPeople('2090-06-30');
    const clock = manualClock('2090-06-30T12:00:00.000Z');

    // On the retain-until day itself the person is kept.
    const onTheDay = await runRetention(db, {
      clock: clock.clock,
      secret: undefined,
      personIds: [near.id, far.id],
    });
    expect(onTheDay.today).toBe('2090-06-30');
    expect(onTheDay.erased).not.toContain(near.id);
    expect(await countOf(near.id)).toBe(1);

    clock.advance(24 * 3_600_000);
    const dry = await runRetention(db, {
      clock: clock.clock,
      dryRun: true,
      secret: undefined,
      personIds: [near.id, far.id],
    });
    expect(dry.due.map((p) => p.id)).toContain(near.id);
    expect(dry.due.find((p) => p.id === near.id)?.retainUntil).toBe('2090-06-30');
    expect(dry.erased).toEqual([]);
    expect(await countOf(near.id)).toBe(1);

    const run = await runRetention(db, {
      clock: clock.clock,
      secret: undefined,
      personIds: [near.id, far.id],
    });
    expect(run.erased).toContain(near.id);
    expect(run.erased).not.toContain(far.id);
    expect(await countOf(near.id)).toBe(0);
    expect(await countOf(far.id)).toBe(1);

    const kept = await db.read('test.contact', (tx) =>
      tx.run<{ note: string; participants: number }>(
        `MATCH (c:Contact)-[:INVOLVES]->(:Person {id: $far})
         RETURN c.note AS note, COUNT { (c)-[:INVOLVES]->() } AS participants`,
        { far: far.id },
      ),
    );
    expect(kept).toEqual([{ note: `[gewist] en Blijvend ${tag} spraken af.`, participants: 1 }]);
    const trail = await db.read('test.audit', (tx) =>
      tx.run<{ action: string; actorId: string }>(
        'MATCH (e:AuditEntry {subjectId: $id}) RETURN e.action AS action, e.actorId AS actorId',
        { id: near.id },
      ),
    );
    expect(trail).toContainEqual({
      action: 'person.retention_erased',
      actorId: 'system:retention',
    });
    const ledger = await db.read('test.ledger', (tx) =>
      tx.run<{ n: number }>(
        "MATCH (l:ErasureLedgerEntry {reason: 'retention'}) RETURN count(l) AS n",
      ),
    );
    expect(ledger[0]?.n).toBeGreaterThanOrEqual(1);

    // Running again finds nothing more of them. (Every run here is limited to this test's people:
    // integration tests share one database.)
    const again = await runRetention(db, {
      clock: clock.clock,
      secret: undefined,
      personIds: [near.id, far.id],
    });
    expect(again.erased).not.toContain(near.id);
  });

  it('runs as a job on its interval and stops cleanly', async () => {
    const { near } = await twoPeople('2091-01-31');
    const clock = manualClock('2091-03-01T08:00:00.000Z');
    const job = startRetentionJob({
      db,
      log: pino({ level: 'silent' }),
      clock: clock.clock,
      intervalMinutes: 60,
      secret: undefined,
      personIds: [near.id],
    });
    // The first run starts a second after the start.
    for (let i = 0; i < 240 && (await countOf(near.id)) > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await job.stop();
    expect(await countOf(near.id)).toBe(0);
    const off = startRetentionJob({
      db,
      log: pino({ level: 'silent' }),
      clock: clock.clock,
      intervalMinutes: 0,
      secret: undefined,
    });
    await off.stop();
  });
});
