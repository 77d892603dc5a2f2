import * as client from 'openid-client';
import type { OidcConfig } from '../../env.js';

/** What the provider told us about the person who signed in. */
export interface OidcIdentity {
  /** `issuer|sub`: stable per provider, never reused for another person. */
  subject: string;
  preferredUsername: string | null;
  displayName: string | null;
  /** The values of the configured role claim (the provider's groups). */
  groups: string[];
}

/** The one-time values of one sign-in attempt, kept in a short-lived cookie until the callback. */
export interface OidcAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcClient {
  /** The provider URL to send the browser to, and the attempt to remember until it comes back. */
  startSignIn(): Promise<{ url: URL; attempt: OidcAttempt }>;
  /**
   * Redeems the code on the callback URL (checking state, nonce and the PKCE verifier) and
   * returns who signed in. Throws when anything does not check out.
   */
  finishSignIn(callbackSearch: string, attempt: OidcAttempt): Promise<OidcIdentity>;
}

/** Plain http is only accepted for a provider on this machine (the tests' local provider). */
const isLoopbackHttp = (url: URL) =>
  url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * Authorization code flow with PKCE (S256), state and nonce, via openid-client. The provider's
 * metadata is discovered on first use and kept; a failed discovery is retried on the next sign-in.
 */
export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    const issuer = new URL(config.issuer);
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        config.clientSecret,
        undefined,
        isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
  const scope = [
    'openid',
    'profile',
    'email',
    ...(config.roleClaim === 'groups' ? ['groups'] : []),
  ];

  return {
    async startSignIn() {
      const provider = await configuration();
      const attempt: OidcAttempt = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUri,
        scope: scope.join(' '),
        code_challenge: await client.calculatePKCECodeChallenge(attempt.codeVerifier),
        code_challenge_method: 'S256',
        state: attempt.state,
        nonce: attempt.nonce,
      });
      return { url, attempt };
    },

    async finishSignIn(callbackSearch, attempt) {
      const provider = await configuration();
      const callback = new URL(config.redirectUri);
      callback.search = callbackSearch;
      const tokens = await client.authorizationCodeGrant(provider, callback, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('the provider returned no ID token');
      let source: Record<string, unknown> = claims;
      if (claims[config.roleClaim] === undefined) {
        // Many providers only hand out groups on the userinfo endpoint.
        source = {
          ...(await client.fetchUserInfo(provider, tokens.access_token, claims.sub)),
          ...claims,
        };
      }
      return {
        subject: `${claims.iss}|${claims.sub}`,
        preferredUsername: text(source.preferred_username) ?? text(source.email),
        displayName: text(source.name),
        groups: groupsOf(source[config.roleClaim]),
      };
    },
  };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
