import type { RequestContext } from '../app/context.js';
import { clearCookie, serializeCookie, sessionCookieName } from './cookies.js';

/**
 * The browser keeps the cookie until it closes (no Max-Age); the server alone decides when the
 * session ends (idle and absolute timeouts), so a copied cookie dies with its session.
 */
export function setSessionCookie(
  ctx: Pick<RequestContext, 'auth' | 'setCookie'>,
  token: string,
): void {
  ctx.setCookie(
    serializeCookie(sessionCookieName, token, { secure: ctx.auth.config.cookieSecure }),
  );
}

export function clearSessionCookie(ctx: Pick<RequestContext, 'auth' | 'setCookie'>): void {
  ctx.setCookie(clearCookie(sessionCookieName, { secure: ctx.auth.config.cookieSecure }));
}
