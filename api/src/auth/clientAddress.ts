import { isIP } from 'node:net';

interface SocketLike {
  remoteAddress?: string | undefined;
}

/**
 * The client's address: the socket's peer, or with TRUST_PROXY the left-most X-Forwarded-For
 * entry (only trust that behind a proxy that overwrites the header). `unknown` when neither is
 * there (in-process test requests without a server context).
 */
export function clientAddressOf(
  request: Request,
  serverContext: Record<string, unknown>,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded && isIP(forwarded)) return forwarded;
  }
  const req = serverContext.req as { socket?: SocketLike } | undefined;
  const remote = req?.socket?.remoteAddress;
  return remote ? remote.replace(/^::ffff:/, '') : 'unknown';
}
