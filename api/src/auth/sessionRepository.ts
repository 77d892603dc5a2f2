import { z } from 'zod';
import type { QueryRunner } from '../neo4j/database.js';
import { neoDateTime } from '../repositories/neo4jValues.js';
import { parseRow } from '../repositories/rowParsing.js';

export interface StoredSession {
  tokenHash: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

const sessionRow = z.object({
  tokenHash: z.string(),
  accountId: z.string(),
  createdAt: neoDateTime,
  lastSeenAt: neoDateTime,
  expiresAt: neoDateTime,
});

export async function insertSession(
  tx: QueryRunner,
  session: StoredSession & { userAgent: string | null },
): Promise<void> {
  await tx.run(
    `/* insertSession */
     MERGE (s:Session {tokenHash: $tokenHash})
       ON CREATE SET s.accountId = $accountId, s.createdAt = datetime($createdAt),
         s.lastSeenAt = datetime($lastSeenAt), s.expiresAt = datetime($expiresAt),
         s.userAgent = $userAgent`,
    { ...session },
  );
}

export async function findSession(
  tx: QueryRunner,
  tokenHash: string,
): Promise<StoredSession | null> {
  const [row] = await tx.run(
    `/* findSession */
     MATCH (s:Session {tokenHash: $tokenHash})
     RETURN s.tokenHash AS tokenHash, s.accountId AS accountId, s.createdAt AS createdAt,
       s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt`,
    { tokenHash },
  );
  return row ? parseRow(sessionRow, row, 'findSession') : null;
}

export async function touchSession(
  tx: QueryRunner,
  tokenHash: string,
  at: { lastSeenAt: string; expiresAt: string },
): Promise<void> {
  await tx.run(
    `/* touchSession */
     MATCH (s:Session {tokenHash: $tokenHash})
     SET s.lastSeenAt = datetime($lastSeenAt), s.expiresAt = datetime($expiresAt)`,
    { tokenHash, ...at },
  );
}

export async function deleteSession(tx: QueryRunner, tokenHash: string): Promise<void> {
  await tx.run('/* deleteSession */ MATCH (s:Session {tokenHash: $tokenHash}) DELETE s', {
    tokenHash,
  });
}

/** Ends every session of an account; returns how many there were. */
export async function deleteSessionsOfAccount(tx: QueryRunner, accountId: string): Promise<number> {
  const [row] = await tx.run(
    `/* deleteSessionsOfAccount */
     OPTIONAL MATCH (s:Session {accountId: $accountId})
     WITH collect(s) AS sessions
     FOREACH (s IN sessions | DELETE s)
     RETURN size(sessions) AS n`,
    { accountId },
  );
  return parseRow(z.object({ n: z.number().int() }), row, 'deleteSessionsOfAccount').n;
}

/** Removes expired sessions (a bounded batch, so one sign-in never does a long cleanup). */
export async function deleteExpiredSessions(tx: QueryRunner, now: Date): Promise<void> {
  await tx.run(
    `/* deleteExpiredSessions */
     MATCH (s:Session) WHERE s.expiresAt <= datetime($now)
     WITH s LIMIT 500
     DELETE s`,
    { now: now.toISOString() },
  );
}
