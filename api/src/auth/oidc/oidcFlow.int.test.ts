import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieFrom } from '../../test/accountFixtures.js';
import { type LocalOidcProvider, startLocalOidcProvider } from '../../test/localOidcProvider.js';
import { createTestApp, type TestApp } from '../../test/testApp.js';
import { createAuthServices, defaultAuthConfig } from '../authServices.js';

const redirectUri = 'http://antenne.test/auth/oidc/callback';

/** A browser's cookie jar for one origin, enough for the provider's interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header))
        this.cookies.delete(pair.slice(0, index));
      else this.cookies.set(pair.slice(0, index), value);
    }
  }
  header() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Plays the browser at the provider: follows redirects, fills in the development login form with
 * `login` and confirms the consent form, until the provider redirects back to Antenne.
 */
async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new CookieJar();
  let next: { url: string; init?: RequestInit } = { url: authorizationUrl };
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(next.url, {
      ...next.init,
      redirect: 'manual',
      headers: { ...next.init?.headers, cookie: jar.header() },
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(redirectUri)) return target;
      next = { url: target.href };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(
        `unexpected page at the provider (${response.status}): ${html.slice(0, 300)}`,
      );
    const form = new URLSearchParams({
      prompt,
      ...(prompt === 'login' ? { login, password: 'any' } : {}),
    });
    next = {
      url: new URL(action, next.url).href,
      init: {
        method: 'POST',
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    };
  }
  throw new Error('the provider never redirected back');
}

describe('single sign-on with OpenID Connect (against a local oidc-provider)', () => {
  let provider: LocalOidcProvider;
  let app: TestApp;
  const suffix = randomUUID().slice(0, 8);
  const users = {
    [`fg-${suffix}`]: {
      name: 'Fenna de Groot',
      preferred_username: `fenna-${suffix}`,
      groups: ['antenne-fg', 'staff'],
    },
    [`nobody-${suffix}`]: {
      name: 'No Roles',
      preferred_username: `noroles-${suffix}`,
      groups: ['staff'],
    },
  };

  beforeAll(async () => {
    provider = await startLocalOidcProvider({ redirectUri, users });
    const config = {
      ...defaultAuthConfig(),
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri,
        roleClaim: 'groups',
        roleMap: { 'antenne-fg': ['PRIVACY_OFFICER'] },
      },
    };
    app = await createTestApp({ auth: createAuthServices(config) });
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  /** GET /auth/oidc/login on Antenne: the provider URL and the attempt cookie. */
  async function startAtAntenne() {
    const response = await app.yoga.fetch('http://antenne.test/auth/oidc/login');
    expect(response.status).toBe(302);
    const attemptCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('antenne_oidc='));
    expect(attemptCookie).toMatch(
      /; Path=\/auth\/oidc; HttpOnly; SameSite=Lax; Secure; Max-Age=600$/,
    );
    return {
      location: response.headers.get('location') ?? '',
      cookie: attemptCookie?.split(';')[0] ?? '',
    };
  }

  const callback = (url: URL, cookie: string) =>
    app.yoga.fetch(`http://antenne.test/auth/oidc/callback${url.search}`, { headers: { cookie } });

  it('runs the whole flow: PKCE S256 redirect, provider login and consent, callback, session with mapped roles', async () => {
    const start = await startAtAntenne();
    const authorization = new URL(start.location);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();

    const back = await signInAtProvider(start.location, `fg-${suffix}`);
    expect(back.searchParams.get('code')).toBeTruthy();
    const response = await callback(back, start.cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const session = sessionCookieFrom(response.headers.getSetCookie());
    expect(session).not.toBeNull();

    const me = await app.gqlAs<{
      me: { username: string; displayName: string; roles: string[]; authMethod: string };
    }>(session, '{ me { username displayName roles authMethod } }');
    expect(me.data?.me).toEqual({
      username: `fenna-${suffix}`,
      displayName: 'Fenna de Groot',
      roles: ['PRIVACY_OFFICER'],
      authMethod: 'oidc',
    });

    // The same code cannot be redeemed twice.
    const replay = await callback(back, start.cookie);
    expect(replay.headers.get('location')).toBe('/?signInError=sso_failed');
    expect(sessionCookieFrom(replay.headers.getSetCookie())).toBeNull();
  });

  it('signs the same provider user in to the same account the second time', async () => {
    const ids: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const start = await startAtAntenne();
      const back = await signInAtProvider(start.location, `fg-${suffix}`);
      const session = sessionCookieFrom(
        (await callback(back, start.cookie)).headers.getSetCookie(),
      );
      const me = await app.gqlAs<{ me: { id: string } }>(session, '{ me { id } }');
      ids.push(me.data?.me.id ?? '');
    }
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBe(ids[0]);
  });

  it('refuses a callback whose state does not match the attempt (no session)', async () => {
    const first = await startAtAntenne();
    const second = await startAtAntenne();
    const back = await signInAtProvider(first.location, `fg-${suffix}`);
    const response = await callback(back, second.cookie);
    expect(response.headers.get('location')).toBe('/?signInError=sso_failed');
    expect(sessionCookieFrom(response.headers.getSetCookie())).toBeNull();
  });

  it('refuses a callback without the attempt cookie', async () => {
    const start = await startAtAntenne();
    const back = await signInAtProvider(start.location, `fg-${suffix}`);
    const response = await callback(back, '');
    expect(response.headers.get('location')).toBe('/?signInError=sso_expired');
  });

  it('refuses someone whose groups map to no role, and makes no account', async () => {
    const start = await startAtAntenne();
    const back = await signInAtProvider(start.location, `nobody-${suffix}`);
    const response = await callback(back, start.cookie);
    expect(response.headers.get('location')).toBe('/?signInError=no_roles');
    expect(sessionCookieFrom(response.headers.getSetCookie())).toBeNull();
    const accounts = await app.db.read('test.accounts', (tx) =>
      tx.run('MATCH (a:Account {usernameKey: $key}) RETURN a.id', { key: `noroles-${suffix}` }),
    );
    expect(accounts).toHaveLength(0);
  });

  it('answers 404 on the SSO routes when single sign-on is not configured', async () => {
    const plain = await createTestApp();
    const response = await plain.yoga.fetch('http://antenne.test/auth/oidc/login');
    expect(response.status).toBe(404);
    await plain.close();
  });
});
