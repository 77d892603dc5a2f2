import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface LocalOidcUser {
  name: string;
  preferred_username: string;
  groups: string[];
}

export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider, in-memory storage, its development login and consent
 * pages) on a free port of 127.0.0.1, with one confidential client that must use PKCE. Any
 * password signs in; the login name picks the user from `users`.
 */
export async function startLocalOidcProvider(options: {
  redirectUri: string;
  users: Record<string, LocalOidcUser>;
}): Promise<LocalOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'antenne-test';
  const clientSecret = 'antenne-test-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    scopes: ['openid', 'profile', 'email', 'groups'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      groups: ['groups'],
    },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['antenne-local-oidc-provider-test-key'] },
    findAccount: (_ctx, sub) => {
      const user = options.users[sub];
      if (!user) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...user }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
