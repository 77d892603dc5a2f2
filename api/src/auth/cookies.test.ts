import { describe, expect, it } from 'vitest';
import { clearCookie, readCookie, serializeCookie } from './cookies.js';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './sessionToken.js';

describe('session cookies and tokens', () => {
  it('serializes an HttpOnly, SameSite=Lax, Secure cookie on /', () => {
    expect(serializeCookie('antenne_session', 'abc', { secure: true })).toBe(
      'antenne_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
    expect(clearCookie('antenne_session', { secure: false })).toBe(
      'antenne_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0',
    );
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; antenne_session=xyz; b=2', 'antenne_session')).toBe('xyz');
    expect(readCookie('antenne_sessionx=1', 'antenne_session')).toBeUndefined();
    expect(readCookie(null, 'antenne_session')).toBeUndefined();
  });

  it('makes 256-bit tokens and stores only their SHA-256', () => {
    const token = newSessionToken();
    expect(looksLikeSessionToken(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(looksLikeSessionToken('short')).toBe(false);
  });
});
