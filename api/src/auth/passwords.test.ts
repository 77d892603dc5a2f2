import { describe, expect, it } from 'vitest';
import { ValidationError } from '../domain/errors.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './passwordHashing.js';
import { assertPasswordAcceptable } from './passwordPolicy.js';

describe('password hashing', () => {
  it('hashes with Argon2id at the OWASP parameters (19 MiB, 2 iterations, parallelism 1)', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passworD')).toBe(false);
  });

  it('salts every hash, and treats an unreadable hash as a wrong password', async () => {
    expect(await hashPassword('same password here')).not.toBe(
      await hashPassword('same password here'),
    );
    expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
    expect(await verifyAgainstDecoy('antenne-decoy-password-never-matches')).toBe(false);
  });
});

describe('password policy', () => {
  const fieldOf = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (error) {
      return error instanceof ValidationError ? `${error.field}: ${error.message}` : String(error);
    }
  };

  it('accepts 12 characters or more that are not the username', () => {
    expect(fieldOf(() => assertPasswordAcceptable('anna', 'twelve chars'))).toBeNull();
  });

  it('refuses fewer than 12 characters', () => {
    expect(fieldOf(() => assertPasswordAcceptable('anna', 'eleven char'))).toBe(
      'password: A password needs at least 12 characters.',
    );
  });

  it('refuses the username as the password, in any case', () => {
    expect(fieldOf(() => assertPasswordAcceptable('Anna.de.Vries', 'anna.de.vries'))).toBe(
      'password: A password must not be the username.',
    );
  });

  it('refuses absurdly long passwords', () => {
    expect(fieldOf(() => assertPasswordAcceptable('anna', 'x'.repeat(257)))).toMatch(/at most 256/);
  });
});
