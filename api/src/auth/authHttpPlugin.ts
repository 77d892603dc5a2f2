import type { Plugin } from 'graphql-yoga';
import { requestIdOf } from '../app/requestLog.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import type { AuthServices } from './authServices.js';
import { clientAddressOf } from './clientAddress.js';
import { oidcCallback, oidcCallbackPath, oidcLogin, oidcLoginPath } from './oidc/oidcRoutes.js';
import { takeQueuedCookies } from './responseCookies.js';

/** Request bodies a browser can only send cross-site after a CORS preflight (which we never allow). */
const JSON_BODY = /^application\/(json|graphql\+json)\s*(;|$)/i;

/**
 * The HTTP side of sign-in:
 * - CSRF: a POST to /graphql must carry a JSON body. A cross-site form or `fetch` without a
 *   preflight can only send form or text bodies, so no other site can make a signed-in browser
 *   run a mutation (yoga itself refuses mutations over GET). SameSite=Lax cookies are the second
 *   line: browsers do not send them on cross-site POSTs at all.
 * - The single sign-on routes `/auth/oidc/login` and `/auth/oidc/callback`.
 * - `Set-Cookie` headers that resolvers queued (sign-in, sign-out).
 */
export function useAuthHttp(deps: { db: Database; log: Logger; auth: AuthServices }): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      if (url.pathname === '/graphql' && request.method === 'POST') {
        if (!JSON_BODY.test(request.headers.get('content-type') ?? '')) {
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({
                errors: [
                  {
                    message: 'GraphQL requests must be POSTed as application/json.',
                    extensions: { code: 'UNSUPPORTED_CONTENT_TYPE' },
                  },
                ],
              }),
              { status: 415, headers: { 'content-type': 'application/json' } },
            ),
          );
        }
        return;
      }
      if (request.method !== 'GET') return;
      if (url.pathname === oidcLoginPath) {
        endResponse(await oidcLogin(deps));
      } else if (url.pathname === oidcCallbackPath) {
        endResponse(
          await oidcCallback(deps, request, {
            requestId: requestIdOf(request),
            clientAddress: clientAddressOf(
              request,
              serverContext as Record<string, unknown>,
              deps.auth.config.trustProxy,
            ),
            userAgent: request.headers.get('user-agent'),
          }),
        );
      }
    },
    onResponse({ request, response }) {
      for (const cookie of takeQueuedCookies(request))
        response.headers.append('set-cookie', cookie);
    },
  };
}
