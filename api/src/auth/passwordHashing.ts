import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's Argon2id baseline: 19 MiB memory, 2 iterations, parallelism 1. (`algorithm: 2` is
 * `Algorithm.Argon2id`, an ambient const enum that isolated modules cannot import.)
 */
export const argon2Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real check when there is no account (or no password) to check
 * against, so the response time does not tell which usernames exist.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('antenne-decoy-password-never-matches');
  await verifyPassword(await decoyHash, password);
  return false;
}
