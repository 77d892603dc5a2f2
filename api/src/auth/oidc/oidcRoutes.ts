import { z } from 'zod';
import type { Logger } from '../../logger.js';
import type { Database } from '../../neo4j/database.js';
import type { AuthServices } from '../authServices.js';
import { clearCookie, readCookie, serializeCookie, sessionCookieName } from '../cookies.js';
import { hashSessionToken, looksLikeSessionToken } from '../sessionToken.js';
import type { OidcAttempt } from './oidcClient.js';
import { type OidcRequest, signInWithOidc } from './oidcSignIn.js';

export const oidcLoginPath = '/auth/oidc/login';
export const oidcCallbackPath = '/auth/oidc/callback';

/** Holds state, nonce and PKCE verifier between the redirect and the callback (10 minutes). */
const attemptCookieName = 'antenne_oidc';
const attemptCookiePath = '/auth/oidc';
const attemptMaxAgeSeconds = 600;

const attemptShape = z.object({ state: z.string(), nonce: z.string(), codeVerifier: z.string() });

export interface OidcRouteDeps {
  db: Database;
  log: Logger;
  auth: AuthServices;
}

const redirect = (location: string, cookies: string[]) => {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { status: 302, headers });
};

/** GET /auth/oidc/login: remembers a fresh attempt in a cookie and sends the browser to the provider. */
export async function oidcLogin(deps: OidcRouteDeps): Promise<Response> {
  if (!deps.auth.oidc) return new Response('Single sign-on is not configured.', { status: 404 });
  try {
    const { url, attempt } = await deps.auth.oidc.startSignIn();
    const value = Buffer.from(JSON.stringify(attempt)).toString('base64url');
    return redirect(url.href, [
      serializeCookie(attemptCookieName, value, {
        secure: deps.auth.config.cookieSecure,
        path: attemptCookiePath,
        maxAgeSeconds: attemptMaxAgeSeconds,
      }),
    ]);
  } catch (error) {
    deps.log.error({ err: error }, 'single sign-on: the provider could not be reached');
    return redirect('/?signInError=sso_unavailable', []);
  }
}

/**
 * GET /auth/oidc/callback: checks the answer against the remembered attempt, signs the person in
 * and sends them to `/`; on any failure to `/?signInError=<reason>` without a session.
 */
export async function oidcCallback(
  deps: OidcRouteDeps,
  request: Request,
  context: Omit<OidcRequest, 'replacesTokenHash'>,
): Promise<Response> {
  if (!deps.auth.oidc) return new Response('Single sign-on is not configured.', { status: 404 });
  const secure = deps.auth.config.cookieSecure;
  const cookies = [clearCookie(attemptCookieName, { secure, path: attemptCookiePath })];
  const header = request.headers.get('cookie');
  const attempt = parseAttempt(readCookie(header, attemptCookieName));
  const url = new URL(request.url);
  if (!attempt) return redirect('/?signInError=sso_expired', cookies);
  if (url.searchParams.has('error')) {
    deps.log.info(
      { error: url.searchParams.get('error') },
      'single sign-on: refused by the provider',
    );
    return redirect('/?signInError=sso_refused', cookies);
  }
  try {
    const identity = await deps.auth.oidc.finishSignIn(url.search, attempt);
    const previous = readCookie(header, sessionCookieName);
    const result = await signInWithOidc(deps.db, deps.auth, identity, {
      ...context,
      replacesTokenHash:
        previous && looksLikeSessionToken(previous) ? hashSessionToken(previous) : null,
    });
    if (!result.ok) return redirect(`/?signInError=${result.reason}`, cookies);
    cookies.push(serializeCookie(sessionCookieName, result.token, { secure }));
    return redirect('/', cookies);
  } catch (error) {
    deps.log.warn({ err: error }, 'single sign-on: the callback did not check out');
    return redirect('/?signInError=sso_failed', cookies);
  }
}

function parseAttempt(value: string | undefined): OidcAttempt | null {
  if (!value) return null;
  try {
    const parsed = attemptShape.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
