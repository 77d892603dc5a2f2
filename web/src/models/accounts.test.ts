import { describe, expect, it } from 'vitest';
import { accountFormProblem, makePassword, parseAccountsData } from './accounts';
import { confirmsName, rawIdOf } from './privacy';

describe('account administration', () => {
  it('reads accounts without anything secret', () => {
    const [account] = parseAccountsData({
      accounts: [
        {
          id: 'a1',
          username: 'els',
          displayName: 'Els',
          roles: ['OFFICIAL'],
          areaIds: ['x'],
          disabled: false,
          authMethod: 'password',
          personId: null,
        },
      ],
    });
    expect(account).toEqual({
      id: 'a1',
      username: 'els',
      displayName: 'Els',
      roles: ['OFFICIAL'],
      areaIds: ['x'],
      disabled: false,
      authMethod: 'password',
      personId: null,
    });
    expect(() => parseAccountsData({ accounts: [{ id: 'a', roles: ['KING'] }] })).toThrow();
  });

  it('makes passwords of at least 16 characters without look-alikes', () => {
    let seed = 7;
    const random = (bytes: Uint8Array<ArrayBuffer>) => {
      for (let i = 0; i < bytes.length; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        bytes[i] = seed % 256;
      }
    };
    for (let i = 0; i < 50; i++) {
      const password = makePassword(random);
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(password).not.toMatch(/[0O1lI]/);
    }
  });

  it('says which field stops a new account', () => {
    const ok = {
      username: 'els.t',
      displayName: 'Els',
      password: 'a-long-password',
      roles: ['ADMIN'] as const,
    };
    expect(accountFormProblem({ ...ok, roles: [...ok.roles] })).toBeNull();
    expect(accountFormProblem({ ...ok, roles: [], username: 'e' })).toBe('username');
    expect(accountFormProblem({ ...ok, roles: [...ok.roles], password: 'short' })).toBe('password');
    expect(accountFormProblem({ ...ok, roles: [] })).toBe('roles');
  });
});

describe('privacy helpers', () => {
  it('takes the raw id out of a global id, and leaves other text alone', () => {
    expect(rawIdOf(btoa('Person:1234-abcd'))).toBe('1234-abcd');
    expect(rawIdOf('1234-abcd')).toBe('1234-abcd');
  });

  it('confirms an erasure only with the person’s name', () => {
    expect(confirmsName('  gerrit  hüsken ', 'Gerrit Hüsken')).toBe(true);
    expect(confirmsName('Gerrit', 'Gerrit Hüsken')).toBe(false);
    expect(confirmsName('', '')).toBe(false);
  });
});
