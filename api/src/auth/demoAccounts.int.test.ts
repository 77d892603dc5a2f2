import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { createDemoAccounts, ensureDemoAccounts, formatDemoCredentials } from './demoAccounts.js';

describe('demo accounts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates one account per role with a random password that signs in to exactly that role', async () => {
    const prefix = `demo${randomUUID().slice(0, 6)}-`;
    const credentials = await createDemoAccounts(app.db, {
      usernamePrefix: prefix,
      areaIds: ['area-demo'],
    });
    expect(credentials.map((c) => c.role)).toEqual([
      'OFFICIAL',
      'AREA_BROKER',
      'MANAGEMENT',
      'PRIVACY_OFFICER',
      'ADMIN',
    ]);
    expect(new Set(credentials.map((c) => c.password)).size).toBe(5);
    for (const credential of credentials)
      expect(credential.password.length).toBeGreaterThanOrEqual(12);

    const broker = credentials.find((c) => c.role === 'AREA_BROKER');
    if (!broker) throw new Error('no broker');
    const cookie = await signInAs(app, broker);
    const me = await app.gqlAs<{ me: { roles: string[]; areaIds: string[] } }>(
      cookie,
      '{ me { roles areaIds } }',
    );
    expect(me.data?.me).toEqual({ roles: ['AREA_BROKER'], areaIds: ['area-demo'] });

    const stored = await app.db.read('test.demoHashes', (tx) =>
      tx.run<{ hash: string }>(
        'MATCH (a:Account) WHERE a.username STARTS WITH $prefix RETURN a.passwordHash AS hash',
        { prefix },
      ),
    );
    expect(stored).toHaveLength(5);
    for (const { hash } of stored) {
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(credentials.some((c) => hash.includes(c.password))).toBe(false);
    }
    expect(formatDemoCredentials(credentials)).toContain(`${prefix}admin`);
  });

  it('creates nothing when accounts already exist', async () => {
    await createFixtureAccount(app.db);
    expect(await ensureDemoAccounts(app.db, pino({ level: 'silent' }))).toEqual([]);
    expect(
      await createDemoAccounts(app.db, { usernamePrefix: 'never-', onlyIfNoAccounts: true }),
    ).toEqual([]);
  });
});
