import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { AppServices } from './context.js';
import { type AntenneYoga, createAntenneYoga } from './yoga.js';

export interface AntenneApp {
  yoga: AntenneYoga;
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets running requests finish (up to the timeout), then closes the rest. */
  close(timeoutMs: number): Promise<void>;
}

const apiPaths = new Set([
  '/graphql',
  '/health',
  '/live',
  '/auth/oidc/login',
  '/auth/oidc/callback',
  '/export',
]);

/** One port for everything: GraphQL and health from yoga, the built web app from `webDist`. */
export function createApp(services: AppServices, options: { webDist: string }): AntenneApp {
  const yoga = createAntenneYoga(services);
  const hasWeb = existsSync(join(options.webDist, 'index.html'));
  const web = hasWeb
    ? sirv(options.webDist, {
        single: true,
        etag: true,
        setHeaders: (res, pathname) => {
          res.setHeader(
            'cache-control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      })
    : undefined;
  if (!hasWeb) {
    services.log.warn({ webDist: options.webDist }, 'web app not built; serving the API only');
  }

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (apiPaths.has(path)) {
      void yoga(req, res);
      return;
    }
    if (web) {
      web(req, res, () => notFound(res));
      return;
    }
    notFound(res, 'The web app is not built: `pnpm start` builds it.');
  };
  const server = createServer(handle);

  return {
    yoga,
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    close: (timeoutMs) =>
      new Promise((resolve) => {
        if (!server.listening) {
          resolve();
          return;
        }
        const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}

function notFound(res: ServerResponse, message = 'Not found'): void {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(message);
}
