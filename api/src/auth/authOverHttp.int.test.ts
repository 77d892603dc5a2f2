import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AntenneApp, createApp } from '../app/createApp.js';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import {
  createFixtureAccount,
  type FixtureAccount,
  sessionCookieFrom,
} from '../test/accountFixtures.js';
import { connectTestDatabase } from '../test/testApp.js';
import { createAuthServices } from './authServices.js';

/** The same sign-in over a real HTTP port: cookies through Node's HTTP server, the socket's address. */
describe('sign-in over real HTTP', () => {
  let db: Database;
  let app: AntenneApp;
  let base: string;
  let account: FixtureAccount;
  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
    app = createApp(
      { db, log: pino({ level: 'silent' }), version: 'test', auth: createAuthServices() },
      { webDist: '/nonexistent' },
    );
    const address = await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${address.port}`;
    account = await createFixtureAccount(db);
  });
  afterAll(async () => {
    await app.close(1000);
    await db.close();
  });

  const post = (body: unknown, cookie?: string) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('sets the session cookie on the HTTP response and records the socket address in the audit trail', async () => {
    const response = await post({
      query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      variables: { u: account.username, p: account.password },
    });
    expect(response.status).toBe(200);
    const cookie = sessionCookieFrom(response.headers.getSetCookie());
    expect(cookie).not.toBeNull();
    const me = (await (await post({ query: '{ me { id } }' }, cookie ?? '')).json()) as {
      data: { me: { id: string } };
    };
    expect(me.data.me.id).toBe(account.id);
    const [entry] = await db.read('test.audit', (tx) =>
      tx.run<{ clientAddress: string }>(
        "MATCH (e:AuditEntry {action: 'auth.sign_in', subjectId: $id}) RETURN e.clientAddress AS clientAddress",
        { id: account.id },
      ),
    );
    expect(entry?.clientAddress).toBe('127.0.0.1');
  });

  it('routes /auth/oidc/login to the API (404 without SSO) instead of the web app', async () => {
    const response = await fetch(`${base}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Single sign-on is not configured.');
  });
});
