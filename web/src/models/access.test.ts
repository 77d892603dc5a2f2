import { describe, expect, it } from 'vitest';
import { mayUseRegister, viewAccess } from './access';
import { formatRoute, parseRoute, safeReturnTo } from './route';
import type { AccountRole, SessionAccount } from './session';

const account = (...roles: AccountRole[]): SessionAccount => ({
  id: 'a',
  username: 'u',
  displayName: 'U',
  roles,
});

describe('view access', () => {
  it('keeps the home page, sign-in and the residents’ page open to everyone', () => {
    for (const view of ['home', 'signIn', 'publicPage'] as const) {
      expect(viewAccess(view, { checked: true })).toBe('open');
    }
  });

  it('waits for the session check, then asks anonymous users to sign in', () => {
    expect(viewAccess('explorer', { checked: false })).toBe('checking');
    expect(viewAccess('explorer', { checked: true })).toBe('signInRequired');
  });

  it('lets register roles into the register and refuses management and administrators', () => {
    for (const view of [
      'explorer',
      'dataTransfer',
      'antennae',
      'initiatives',
      'suggestions',
    ] as const) {
      for (const role of ['OFFICIAL', 'AREA_BROKER', 'PRIVACY_OFFICER'] as const) {
        expect(viewAccess(view, { checked: true, account: account(role) }), `${view} ${role}`).toBe(
          'allowed',
        );
      }
      for (const role of ['MANAGEMENT', 'ADMIN'] as const) {
        expect(viewAccess(view, { checked: true, account: account(role) }), `${view} ${role}`).toBe(
          'forbidden',
        );
      }
    }
    expect(mayUseRegister(account('MANAGEMENT'))).toBe(false);
    expect(mayUseRegister(account('MANAGEMENT', 'OFFICIAL'))).toBe(true);
  });

  it('keeps the privacy tools for the privacy officer and accounts for administrators', () => {
    expect(viewAccess('privacy', { checked: true, account: account('PRIVACY_OFFICER') })).toBe(
      'allowed',
    );
    expect(viewAccess('privacy', { checked: true, account: account('ADMIN') })).toBe('forbidden');
    expect(viewAccess('accounts', { checked: true, account: account('ADMIN') })).toBe('allowed');
    expect(viewAccess('accounts', { checked: true, account: account('OFFICIAL') })).toBe(
      'forbidden',
    );
  });
});

describe('the sign-in route', () => {
  it('carries where to go back to, and round-trips it', () => {
    const route = { view: 'signIn', returnTo: '/verkennen?id=UGVyc29uOjE=' } as const;
    const url = new URL(formatRoute(route), 'http://x');
    expect(url.pathname).toBe('/inloggen');
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });

  it('never goes back to another site', () => {
    expect(safeReturnTo('//evil.example/x')).toBeNull();
    expect(safeReturnTo('https://evil.example')).toBeNull();
    expect(safeReturnTo('/\\evil.example')).toBeNull();
    expect(safeReturnTo('/antennes')).toBe('/antennes');
    expect(parseRoute('/inloggen', '?terug=%2F%2Fevil.example')).toEqual({
      view: 'signIn',
      returnTo: null,
    });
  });

  it('reads the privacy and account pages', () => {
    expect(parseRoute('/privacy', '')).toEqual({ view: 'privacy' });
    expect(parseRoute('/beheer', '')).toEqual({ view: 'accounts' });
    expect(formatRoute({ view: 'accounts' })).toBe('/beheer');
  });
});
