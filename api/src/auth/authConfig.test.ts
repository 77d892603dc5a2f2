import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv, parseRoleMap } from '../env.js';
import { rolesFromGroups } from './oidc/roleMapping.js';
import { sessionExpiry, sessionLifetimeOf } from './sessionLifetime.js';

describe('auth configuration', () => {
  it('defaults to 30-minute idle and 12-hour absolute sessions, Secure cookies, no SSO, demo accounts for a first start', () => {
    expect(parseEnv({}).auth).toEqual({
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      cookieSecure: true,
      trustProxy: false,
      demoAccounts: true,
      oidc: null,
    });
  });

  it('reads OIDC settings and the role map', () => {
    const config = parseEnv({
      OIDC_ISSUER: 'https://login.example.nl',
      OIDC_CLIENT_ID: 'antenne',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_REDIRECT_URI: 'https://antenne.example.nl/auth/oidc/callback',
      OIDC_ROLE_MAP: 'antenne-fg=PRIVACY_OFFICER,antenne-beheer=ADMIN',
      DEMO_ACCOUNTS: 'off',
      COOKIE_SECURE: 'off',
    });
    expect(config.auth.oidc).toMatchObject({
      issuer: 'https://login.example.nl',
      roleClaim: 'groups',
      roleMap: { 'antenne-fg': ['PRIVACY_OFFICER'], 'antenne-beheer': ['ADMIN'] },
    });
    expect(config.auth.demoAccounts).toBe(false);
    expect(config.auth.cookieSecure).toBe(false);
  });

  it('names the missing OIDC variables and hides the secret in errors', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://login.example.nl' })).toThrow(
      /OIDC_CLIENT_ID: is required when OIDC_ISSUER is set[\s\S]*OIDC_REDIRECT_URI/,
    );
    try {
      parseEnv({ OIDC_ROLE_MAP: 'nonsense', OIDC_CLIENT_SECRET: 'hidden' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).toContain('OIDC_ROLE_MAP');
    }
  });

  it('parses the role map as JSON or as group=role pairs', () => {
    expect(parseRoleMap('{"fg":"privacy_officer","mt":["MANAGEMENT","OFFICIAL"]}')).toEqual({
      fg: ['PRIVACY_OFFICER'],
      mt: ['MANAGEMENT', 'OFFICIAL'],
    });
    expect(parseRoleMap('a=OFFICIAL, a=AREA_BROKER')).toEqual({ a: ['OFFICIAL', 'AREA_BROKER'] });
    expect(parseRoleMap('a=b=c')).toBeUndefined();
    expect(parseRoleMap('{not json')).toBeUndefined();
  });

  it('maps provider groups to roles: through the map, or by role name without one', () => {
    const map = { 'antenne-fg': ['PRIVACY_OFFICER'], 'antenne-x': ['NOT_A_ROLE'] };
    expect(rolesFromGroups(['antenne-fg', 'antenne-x', 'ADMIN'], map)).toEqual(['PRIVACY_OFFICER']);
    expect(rolesFromGroups(['privacy-officer', 'area_broker', 'staff'], {})).toEqual([
      'AREA_BROKER',
      'PRIVACY_OFFICER',
    ]);
  });

  it('ends a session at the earlier of idle and absolute timeout', () => {
    const lifetime = sessionLifetimeOf(parseEnv({}).auth);
    const created = new Date('2026-03-02T08:00:00Z');
    expect(sessionExpiry(lifetime, created, created).toISOString()).toBe(
      '2026-03-02T08:30:00.000Z',
    );
    const late = new Date('2026-03-02T19:50:00Z');
    expect(sessionExpiry(lifetime, created, late).toISOString()).toBe('2026-03-02T20:00:00.000Z');
  });
});
