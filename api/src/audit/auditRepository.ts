import { z } from 'zod';
import { type Database, int, type QueryRunner } from '../neo4j/database.js';
import { neoDateTime } from '../repositories/neo4jValues.js';
import { parseRow, parseRows } from '../repositories/rowParsing.js';
import {
  type AuditEntry,
  type AuditEntryContent,
  auditEntryHash,
  genesisHash,
} from './auditChain.js';

export type NewAuditEntry = Omit<AuditEntryContent, 'seq' | 'prevHash' | 'at'>;

const headRow = z.object({ seq: z.number().int(), hash: z.string() });

const entryRow = z.object({
  seq: z.number().int(),
  at: neoDateTime,
  actorId: z.string().nullable(),
  action: z.string(),
  result: z.enum(['success', 'failure', 'denied', 'rate_limited']),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

const entryProjection = `e.seq AS seq, e.at AS at, e.actorId AS actorId, e.action AS action,
  e.result AS result, e.subjectType AS subjectType, e.subjectId AS subjectId,
  e.clientAddress AS clientAddress, e.requestId AS requestId, e.details AS details,
  e.prevHash AS prevHash, e.hash AS hash`;

/**
 * Appends one entry inside the caller's write transaction. Setting a property on the single
 * `AuditHead` node takes its write lock before the head is read, so concurrent appends queue up
 * behind each other until commit and can never both take the same `seq` (the unique constraint
 * on `AuditEntry.seq` is the second line of defence). Safe to retry: it starts from the head.
 */
export async function appendAuditEntry(
  tx: QueryRunner,
  entry: NewAuditEntry,
  at: Date,
): Promise<AuditEntry> {
  await tx.run(
    `/* lockAuditHead */
     MERGE (h:AuditHead {id: 'audit'})
       ON CREATE SET h.seq = 0, h.hash = $genesis
     SET h.lockedAt = datetime($at)`,
    { genesis: genesisHash, at: at.toISOString() },
  );
  // Read the head in a statement of its own, once the lock is held: a read in the locking
  // statement itself can see the value from before a concurrent append committed.
  const [head] = await tx.run(
    `/* readLockedAuditHead */
     MATCH (h:AuditHead {id: 'audit'}) RETURN h.seq AS seq, h.hash AS hash`,
  );
  const previous = parseRow(headRow, head, 'readLockedAuditHead');
  const content: AuditEntryContent = {
    ...entry,
    seq: previous.seq + 1,
    at: at.toISOString(),
    prevHash: previous.hash,
  };
  const written: AuditEntry = { ...content, hash: auditEntryHash(content) };
  await tx.run(
    `/* appendAuditEntry */
     MATCH (h:AuditHead {id: 'audit'})
     CREATE (e:AuditEntry {
       seq: $seq, at: datetime($at), actorId: $actorId, action: $action, result: $result,
       subjectType: $subjectType, subjectId: $subjectId, clientAddress: $clientAddress,
       requestId: $requestId, details: $details, prevHash: $prevHash, hash: $hash
     })
     SET h.seq = $seq, h.hash = $hash`,
    { ...written, seq: int(written.seq) },
  );
  return written;
}

/** The newest entries first, optionally about one subject, strictly older than `beforeSeq`. */
export function listAuditEntries(
  db: Database,
  query: { limit: number; beforeSeq: number | null; subjectId: string | null },
): Promise<AuditEntry[]> {
  return db.read('audit.list', async (tx) => {
    const rows = await tx.run(
      `/* listAuditEntries */
       MATCH (e:AuditEntry)
       WHERE ($subjectId IS NULL OR e.subjectId = $subjectId)
         AND ($beforeSeq IS NULL OR e.seq < $beforeSeq)
       RETURN ${entryProjection}
       ORDER BY e.seq DESC
       LIMIT $limit`,
      {
        subjectId: query.subjectId,
        beforeSeq: query.beforeSeq === null ? null : int(query.beforeSeq),
        limit: int(query.limit),
      },
    );
    return parseRows(entryRow, rows, 'listAuditEntries');
  });
}

/** Entries in chain order, `limit` at a time, after `afterSeq` and up to `untilSeq`. */
export function readAuditChainPage(
  db: Database,
  range: { afterSeq: number; untilSeq: number },
  limit: number,
): Promise<AuditEntry[]> {
  return db.read('audit.readChainPage', async (tx) => {
    const rows = await tx.run(
      `/* readAuditChainPage */
       MATCH (e:AuditEntry) WHERE e.seq > $afterSeq AND e.seq <= $untilSeq
       RETURN ${entryProjection}
       ORDER BY e.seq ASC
       LIMIT $limit`,
      { afterSeq: int(range.afterSeq), untilSeq: int(range.untilSeq), limit: int(limit) },
    );
    return parseRows(entryRow, rows, 'readAuditChainPage');
  });
}

/** The stored head (last seq and hash), or null before the first entry. */
export function readAuditHead(db: Database): Promise<{ seq: number; hash: string } | null> {
  return db.read('audit.readHead', async (tx) => {
    const [row] = await tx.run(
      `/* readAuditHead */ MATCH (h:AuditHead {id: 'audit'}) RETURN h.seq AS seq, h.hash AS hash`,
    );
    return row ? parseRow(headRow, row, 'readAuditHead') : null;
  });
}
