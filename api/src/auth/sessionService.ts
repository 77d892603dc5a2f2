import type { Database } from '../neo4j/database.js';
import type { Account } from './account.js';
import { findAccountById } from './accountRepository.js';
import { type SessionLifetime, sessionExpiry, sessionTouchIntervalMs } from './sessionLifetime.js';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfAccount,
  findSession,
  insertSession,
  touchSession,
} from './sessionRepository.js';
import { hashSessionToken, looksLikeSessionToken, newSessionToken } from './sessionToken.js';

export interface ActiveSession {
  account: Account;
  tokenHash: string;
}

/**
 * Starts a session for the account and returns its token (for the cookie; only its hash is
 * stored). The session the browser had before, if any, ends: the token rotates at every sign-in.
 */
export async function startSession(
  db: Database,
  lifetime: SessionLifetime,
  start: {
    accountId: string;
    now: Date;
    userAgent: string | null;
    replacesTokenHash: string | null;
  },
): Promise<{ token: string; tokenHash: string }> {
  const token = newSessionToken();
  const tokenHash = hashSessionToken(token);
  const at = start.now.toISOString();
  await db.write('session.start', async (tx) => {
    if (start.replacesTokenHash) await deleteSession(tx, start.replacesTokenHash);
    await deleteExpiredSessions(tx, start.now);
    await insertSession(tx, {
      tokenHash,
      accountId: start.accountId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: sessionExpiry(lifetime, start.now, start.now).toISOString(),
      userAgent: start.userAgent?.slice(0, 256) ?? null,
    });
  });
  return { token, tokenHash };
}

/**
 * The account behind a session token, or null when the token is unknown, the session passed its
 * idle or absolute timeout (it is then removed), or the account is disabled. A valid session's
 * idle timer restarts (at most once a minute, see `sessionTouchIntervalMs`).
 */
export async function resolveSession(
  db: Database,
  lifetime: SessionLifetime,
  token: string,
  now: Date,
): Promise<ActiveSession | null> {
  if (!looksLikeSessionToken(token)) return null;
  const tokenHash = hashSessionToken(token);
  const found = await db.read('session.resolve', async (tx) => {
    const session = await findSession(tx, tokenHash);
    const account = session ? await findAccountById(tx, session.accountId) : null;
    return session ? { session, account } : null;
  });
  if (!found) return null;
  const { session, account } = found;
  const createdAt = new Date(session.createdAt);
  const lastSeenAt = new Date(session.lastSeenAt);
  const valid =
    account !== null &&
    !account.disabled &&
    now.getTime() < sessionExpiry(lifetime, createdAt, lastSeenAt).getTime();
  if (!valid || account === null) {
    await db.write('session.expire', (tx) => deleteSession(tx, tokenHash));
    return null;
  }
  if (now.getTime() - lastSeenAt.getTime() >= sessionTouchIntervalMs) {
    await db.write('session.touch', (tx) =>
      touchSession(tx, tokenHash, {
        lastSeenAt: now.toISOString(),
        expiresAt: sessionExpiry(lifetime, createdAt, now).toISOString(),
      }),
    );
  }
  return { account, tokenHash };
}

export function endSession(db: Database, tokenHash: string): Promise<void> {
  return db.write('session.end', (tx) => deleteSession(tx, tokenHash));
}

export function endAllSessions(db: Database, accountId: string): Promise<number> {
  return db.write('session.endAll', (tx) => deleteSessionsOfAccount(tx, accountId));
}
