import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFixtureAccount,
  sessionCookieFrom,
  signInAs,
  uniqueUsername,
} from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { hashSessionToken } from './sessionToken.js';

const SIGN_IN =
  'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { id username roles } }';
const ME = '{ me { id username roles areaIds disabled authMethod } }';

describe('signing in with a password', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('signs in with the right password, sets a Secure HttpOnly SameSite=Lax cookie, and me answers', async () => {
    const account = await createFixtureAccount(app.db, {
      roles: ['AREA_BROKER'],
      areaIds: ['area-1'],
    });
    const result = await app.gqlAs<{ signIn: { id: string; roles: string[] } }>(null, SIGN_IN, {
      u: account.username.toUpperCase(),
      p: account.password,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.signIn).toMatchObject({ id: account.id, roles: ['AREA_BROKER'] });
    const header = result.setCookies.find((c) => c.startsWith('antenne_session='));
    expect(header).toMatch(
      /^antenne_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/,
    );

    const cookie = sessionCookieFrom(result.setCookies);
    const me = await app.gqlAs<{ me: { id: string; areaIds: string[]; authMethod: string } }>(
      cookie,
      ME,
    );
    expect(me.data?.me).toMatchObject({
      id: account.id,
      areaIds: ['area-1'],
      authMethod: 'password',
    });
  });

  it('stores only the SHA-256 of the session token, with the user agent', async () => {
    const account = await createFixtureAccount(app.db);
    const result = await app.gqlAs(
      null,
      SIGN_IN,
      { u: account.username, p: account.password },
      {
        headers: { 'user-agent': 'vitest-browser' },
      },
    );
    const token = sessionCookieFrom(result.setCookies)?.split('=')[1] ?? '';
    const rows = await app.db.read('test.sessions', (tx) =>
      tx.run<{ tokenHash: string; userAgent: string }>(
        'MATCH (s:Session {accountId: $id}) RETURN s.tokenHash AS tokenHash, s.userAgent AS userAgent',
        { id: account.id },
      ),
    );
    expect(rows).toEqual([{ tokenHash: hashSessionToken(token), userAgent: 'vitest-browser' }]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown username with the same UNAUTHENTICATED message', async () => {
    const account = await createFixtureAccount(app.db);
    const wrong = await app.gqlAs(null, SIGN_IN, { u: account.username, p: 'not the password!' });
    const unknown = await app.gqlAs(null, SIGN_IN, {
      u: uniqueUsername('nobody'),
      p: 'whatever-password',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(sessionCookieFrom(wrong.setCookies)).toBeNull();
  });

  it('refuses a disabled account even with the right password', async () => {
    const account = await createFixtureAccount(app.db);
    await app.db.write('test.disable', (tx) =>
      tx.run('MATCH (a:Account {id: $id}) SET a.disabled = true', { id: account.id }),
    );
    const result = await app.gqlAs(null, SIGN_IN, { u: account.username, p: account.password });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(sessionCookieFrom(result.setCookies)).toBeNull();
  });

  it('throttles an account after 5 failures with RATE_LIMITED and a retry-after, even for the right password', async () => {
    const account = await createFixtureAccount(app.db);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await app.gqlAs(
        null,
        SIGN_IN,
        { u: account.username, p: `wrong password ${attempt}` },
        {
          clientAddress: `198.51.100.${attempt + 10}`,
        },
      );
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await app.gqlAs(null, SIGN_IN, { u: account.username, p: account.password });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 60,
    });
    expect(sessionCookieFrom(blocked.setCookies)).toBeNull();
  });

  it('throttles a client address after 20 failures across different usernames', async () => {
    const address = '203.0.113.77';
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await app.gqlAs(
        null,
        SIGN_IN,
        { u: uniqueUsername('guess'), p: 'guessing-password' },
        { clientAddress: address },
      );
    }
    const account = await createFixtureAccount(app.db);
    const blocked = await app.gqlAs(
      null,
      SIGN_IN,
      { u: account.username, p: account.password },
      {
        clientAddress: address,
      },
    );
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const elsewhere = await app.gqlAs(
      null,
      SIGN_IN,
      { u: account.username, p: account.password },
      {
        clientAddress: '203.0.113.78',
      },
    );
    expect(elsewhere.errors).toBeUndefined();
  });

  it('rotates the session at sign-in: the session the browser had before ends', async () => {
    const account = await createFixtureAccount(app.db);
    const first = await signInAs(app, account);
    const again = await app.gqlAs(first, SIGN_IN, { u: account.username, p: account.password });
    const second = sessionCookieFrom(again.setCookies);
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
    const old = await app.gqlAs<{ me: null }>(first, ME);
    expect(old.data?.me).toBeNull();
    const current = await app.gqlAs<{ me: { id: string } }>(second, ME);
    expect(current.data?.me?.id).toBe(account.id);
  });

  it('answers me with null for anonymous viewers and clears a cookie that names no session', async () => {
    const anonymous = await app.gqlAs<{ me: null }>(null, ME);
    expect(anonymous.data?.me).toBeNull();
    const stale = await app.gqlAs<{ me: null }>(`antenne_session=${'a'.repeat(43)}`, ME);
    expect(stale.data?.me).toBeNull();
    expect(
      stale.setCookies.some((c) => c.startsWith('antenne_session=;') && c.includes('Max-Age=0')),
    ).toBe(true);
  });

  it('signOut ends this session only; signOutEverywhere ends all of them', async () => {
    const account = await createFixtureAccount(app.db);
    const laptop = await signInAs(app, account);
    const phone = await signInAs(app, account);
    const tablet = await signInAs(app, account);

    const out = await app.gqlAs<{ signOut: boolean }>(laptop, 'mutation { signOut }');
    expect(out.data?.signOut).toBe(true);
    expect(out.setCookies.some((c) => c.startsWith('antenne_session=;'))).toBe(true);
    expect((await app.gqlAs<{ me: null }>(laptop, ME)).data?.me).toBeNull();
    expect((await app.gqlAs<{ me: { id: string } }>(phone, ME)).data?.me?.id).toBe(account.id);

    const everywhere = await app.gqlAs<{ signOutEverywhere: number }>(
      phone,
      'mutation { signOutEverywhere }',
    );
    expect(everywhere.data?.signOutEverywhere).toBe(2);
    expect((await app.gqlAs<{ me: null }>(phone, ME)).data?.me).toBeNull();
    expect((await app.gqlAs<{ me: null }>(tablet, ME)).data?.me).toBeNull();
  });

  it('refuses signOutEverywhere to anonymous viewers with UNAUTHENTICATED', async () => {
    const result = await app.gqlAs(null, 'mutation { signOutEverywhere }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('writes sign-in successes and failures to the audit trail without the username or password', async () => {
    const account = await createFixtureAccount(app.db);
    await app.gqlAs(null, SIGN_IN, { u: account.username, p: 'definitely wrong' });
    await signInAs(app, account);
    const rows = await app.db.read('test.audit', (tx) =>
      tx.run<{ result: string; actorId: string | null; details: string }>(
        `MATCH (e:AuditEntry {action: 'auth.sign_in', subjectId: $id})
         RETURN e.result AS result, e.actorId AS actorId, e.details AS details ORDER BY e.seq`,
        { id: account.id },
      ),
    );
    expect(rows).toEqual([
      { result: 'failure', actorId: null, details: '{"reason":"wrong_password"}' },
      { result: 'success', actorId: account.id, details: '{"method":"password"}' },
    ]);
    expect(JSON.stringify(rows)).not.toContain(account.username);
  });
});

describe('CSRF prevention', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it.each(['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain'])(
    'refuses a POST to /graphql sent as %s (what a cross-site form can send)',
    async (type) => {
      const response = await app.yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      expect(response.status).toBe(415);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNSUPPORTED_CONTENT_TYPE');
    },
  );

  it('refuses mutations over GET', async () => {
    const response = await app.yoga.fetch(
      `http://yoga/graphql?query=${encodeURIComponent('mutation { signOut }')}`,
      { headers: { accept: 'application/json' } },
    );
    expect(response.status).toBe(405);
  });
});
