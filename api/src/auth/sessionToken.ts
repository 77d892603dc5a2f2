import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 256 random bits, base64url. Only its hash is ever stored. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps of a token: its SHA-256, hex. A stolen database holds no usable token. */
export const hashSessionToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Cookie values that cannot be a token are not even looked up. */
export const looksLikeSessionToken = (value: string): boolean => TOKEN_SHAPE.test(value);
