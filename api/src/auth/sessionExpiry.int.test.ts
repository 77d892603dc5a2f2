import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureAccount, signInAs } from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { createAuthServices, defaultAuthConfig } from './authServices.js';
import { manualClock, minutes } from './clock.js';

const ME = '{ me { id } }';

describe('session timeouts (with a controllable clock)', () => {
  const time = manualClock('2026-03-02T08:00:00.000Z');
  let app: TestApp;
  beforeAll(async () => {
    const config = { ...defaultAuthConfig(), sessionIdleMinutes: 30, sessionAbsoluteHours: 1 };
    app = await createTestApp({ auth: createAuthServices(config, { clock: time.clock }) });
  });
  afterAll(() => app.close());

  const meOf = async (cookie: string) =>
    (await app.gqlAs<{ me: { id: string } | null }>(cookie, ME)).data?.me ?? null;

  it('keeps a session alive while it is used and ends it after 30 idle minutes', async () => {
    time.set('2026-03-02T08:00:00.000Z');
    const account = await createFixtureAccount(app.db);
    const cookie = await signInAs(app, account);
    time.advance(minutes(29));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    time.advance(minutes(29));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    time.advance(minutes(30));
    expect(await meOf(cookie)).toBeNull();
    const left = await app.db.read('test.sessions', (tx) =>
      tx.run('MATCH (s:Session {accountId: $id}) RETURN s', { id: account.id }),
    );
    expect(left).toHaveLength(0);
  });

  it('ends a session at its absolute timeout however busy it is', async () => {
    time.set('2026-03-02T12:00:00.000Z');
    const account = await createFixtureAccount(app.db);
    const cookie = await signInAs(app, account);
    time.advance(minutes(25));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    time.advance(minutes(25));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    time.advance(minutes(10));
    expect(await meOf(cookie)).toBeNull();
  });

  it('stores the sliding expiry: the earlier of last use + idle and creation + absolute', async () => {
    time.set('2026-03-02T15:00:00.000Z');
    const account = await createFixtureAccount(app.db);
    const cookie = await signInAs(app, account);
    time.advance(minutes(20));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    time.advance(minutes(25));
    expect(await meOf(cookie)).toEqual({ id: account.id });
    const [row] = await app.db.read('test.session', (tx) =>
      tx.run<{ expiresAt: string; lastSeenAt: string }>(
        `MATCH (s:Session {accountId: $id})
         RETURN toString(s.expiresAt) AS expiresAt, toString(s.lastSeenAt) AS lastSeenAt`,
        { id: account.id },
      ),
    );
    expect(row).toEqual({ lastSeenAt: '2026-03-02T15:45:00Z', expiresAt: '2026-03-02T16:00:00Z' });
  });

  it('ends the sessions of an account that was disabled meanwhile', async () => {
    time.set('2026-03-02T17:00:00.000Z');
    const account = await createFixtureAccount(app.db);
    const cookie = await signInAs(app, account);
    await app.db.write('test.disable', (tx) =>
      tx.run('MATCH (a:Account {id: $id}) SET a.disabled = true', { id: account.id }),
    );
    expect(await meOf(cookie)).toBeNull();
  });
});
