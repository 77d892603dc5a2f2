import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';

const started = new WeakMap<Request, { id: string; at: number }>();
const VALID_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id: the caller's `x-request-id` when it is sane, else a new one. */
export function requestIdOf(request: Request): string {
  const known = started.get(request);
  if (known) return known.id;
  const given = request.headers.get('x-request-id');
  return given && VALID_ID.test(given) ? given : randomUUID();
}

/** Gives every request an id (echoed as `x-request-id`) and logs one line when it is answered. */
export function useRequestLog(log: Logger): Plugin {
  return {
    onRequest({ request }) {
      started.set(request, { id: requestIdOf(request), at: performance.now() });
    },
    onResponse({ request, response }) {
      const entry = started.get(request);
      if (!entry) return;
      response.headers.set('x-request-id', entry.id);
      const url = new URL(request.url);
      log.info(
        {
          requestId: entry.id,
          method: request.method,
          path: url.pathname,
          status: response.status,
          ms: Math.round((performance.now() - entry.at) * 10) / 10,
        },
        'request',
      );
    },
  };
}
