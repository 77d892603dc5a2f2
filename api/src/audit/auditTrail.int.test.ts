import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { audit, verifyAuditChain } from './auditService.js';

const anonymous = { kind: 'anonymous' } as const;

/**
 * Other test files append to the same chain meanwhile; tampering is undone in `finally` so the
 * shared chain stays intact for them.
 */
describe('the audit trail', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('numbers concurrent appends without gaps or forks, and the chain verifies', async () => {
    const subjectId = `concurrent-${randomUUID()}`;
    const written = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        audit({ db: app.db, viewer: anonymous }, 'test.concurrent', {
          subjectType: 'Test',
          subjectId,
          details: { i },
        }),
      ),
    );
    const seqs = written.map((entry) => entry.seq);
    expect(new Set(seqs).size).toBe(20);
    const prevHashes = new Set(written.map((entry) => entry.prevHash));
    expect(prevHashes.size).toBe(20);
    expect(await verifyAuditChain(app.db)).toMatchObject({ valid: true });
  });

  it('detects an entry edited directly in the database, and its removal', async () => {
    const subjectId = `tamper-${randomUUID()}`;
    const target = await audit({ db: app.db, viewer: anonymous }, 'test.tamper', {
      subjectType: 'Test',
      subjectId,
    });
    await audit({ db: app.db, viewer: anonymous }, 'test.tamper.after', {
      subjectType: 'Test',
      subjectId,
    });
    try {
      await app.db.write('test.tamper', (tx) =>
        tx.run(
          "MATCH (e:AuditEntry {subjectId: $subjectId, action: 'test.tamper'}) SET e.actorId = 'intruder'",
          {
            subjectId,
          },
        ),
      );
      expect(await verifyAuditChain(app.db)).toMatchObject({
        valid: false,
        seq: target.seq,
        problem: 'hash_mismatch',
      });
    } finally {
      await app.db.write('test.untamper', (tx) =>
        tx.run(
          "MATCH (e:AuditEntry {subjectId: $subjectId, action: 'test.tamper'}) SET e.actorId = null",
          {
            subjectId,
          },
        ),
      );
    }
    expect(await verifyAuditChain(app.db)).toMatchObject({ valid: true });

    const [saved] = await app.db.read('test.copy', (tx) =>
      tx.run<{ props: Record<string, unknown> }>(
        "MATCH (e:AuditEntry {subjectId: $subjectId, action: 'test.tamper'}) RETURN properties(e) AS props",
        { subjectId },
      ),
    );
    try {
      await app.db.write('test.remove', (tx) =>
        tx.run("MATCH (e:AuditEntry {subjectId: $subjectId, action: 'test.tamper'}) DELETE e", {
          subjectId,
        }),
      );
      expect(await verifyAuditChain(app.db)).toMatchObject({
        valid: false,
        problem: 'missing_entry',
      });
    } finally {
      await app.db.write('test.restore', (tx) =>
        tx.run('CREATE (e:AuditEntry) SET e = $props', { props: saved?.props }),
      );
    }
    expect(await verifyAuditChain(app.db)).toMatchObject({ valid: true });
  });

  it('shows the trail to the privacy officer, newest first, by subject and page, and audits the reading', async () => {
    const officer = await createFixtureAccount(app.db, { roles: ['PRIVACY_OFFICER'] });
    const cookie = await signInAs(app, officer);
    const subjectId = `trail-${randomUUID()}`;
    for (let i = 1; i <= 3; i += 1) {
      await audit({ db: app.db, viewer: anonymous }, `test.step${i}`, {
        subjectType: 'Test',
        subjectId,
      });
    }
    const query = `query ($subjectId: String, $after: String) {
      auditTrail(first: 2, after: $after, subjectId: $subjectId) {
        edges { cursor node { seq action subjectId details hash prevHash } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      auditTrail: {
        edges: { cursor: string; node: { action: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await app.gqlAs<Page>(cookie, query, { subjectId });
    expect(first.errors).toBeUndefined();
    expect(first.data?.auditTrail.edges.map((e) => e.node.action)).toEqual([
      'test.step3',
      'test.step2',
    ]);
    expect(first.data?.auditTrail.pageInfo.hasNextPage).toBe(true);
    const second = await app.gqlAs<Page>(cookie, query, {
      subjectId,
      after: first.data?.auditTrail.pageInfo.endCursor,
    });
    expect(second.data?.auditTrail.edges.map((e) => e.node.action)).toEqual(['test.step1']);
    expect(second.data?.auditTrail.pageInfo.hasNextPage).toBe(false);

    const viewed = await app.gqlAs<Page>(cookie, query, { subjectId: officer.id });
    expect(viewed.data?.auditTrail.edges[0]?.node.action).toBe('audit.viewed');

    const status = await app.gqlAs<{ auditChainStatus: { valid: boolean } }>(
      cookie,
      '{ auditChainStatus { valid entries brokenAtSeq } }',
    );
    expect(status.data?.auditChainStatus.valid).toBe(true);
  });

  it('refuses the trail to other roles (FORBIDDEN) and to anonymous viewers (UNAUTHENTICATED)', async () => {
    const admin = await createFixtureAccount(app.db, {
      roles: ['ADMIN', 'MANAGEMENT', 'OFFICIAL', 'AREA_BROKER'],
    });
    const cookie = await signInAs(app, admin);
    for (const query of [
      '{ auditTrail(first: 1) { edges { cursor } } }',
      '{ auditChainStatus { valid } }',
    ]) {
      expect((await app.gqlAs(cookie, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await app.gqlAs(null, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
