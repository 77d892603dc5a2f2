/** The session cookie's name. */
export const sessionCookieName = 'antenne_session';

export interface CookieOptions {
  secure: boolean;
  path?: string;
  /** Seconds; omitted: a browser-session cookie (the server enforces the real timeouts). */
  maxAgeSeconds?: number;
}

/** `Set-Cookie` for a value: always HttpOnly and SameSite=Lax; Secure unless turned off for plain-http setups. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
}

/** `Set-Cookie` that makes the browser forget a cookie. */
export const clearCookie = (name: string, options: Omit<CookieOptions, 'maxAgeSeconds'>) =>
  serializeCookie(name, '', { ...options, maxAgeSeconds: 0 });

/** Reads one cookie from a `Cookie` header (the first one of that name). */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}
