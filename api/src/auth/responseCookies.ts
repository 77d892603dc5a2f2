/**
 * Cookies a request wants set on its response. Resolvers add them through the request context;
 * the HTTP plugin (`authHttpPlugin.ts`) writes them as `Set-Cookie` headers when yoga answers.
 */
const pending = new WeakMap<Request, string[]>();

export function queueCookie(request: Request, setCookie: string): void {
  const list = pending.get(request) ?? [];
  list.push(setCookie);
  pending.set(request, list);
}

export function takeQueuedCookies(request: Request): string[] {
  const list = pending.get(request) ?? [];
  pending.delete(request);
  return list;
}
