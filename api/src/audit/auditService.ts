import type { Viewer } from '../app/context.js';
import type { Clock } from '../auth/clock.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  AuditChainVerifier,
  type AuditEntry,
  type AuditResult,
  type ChainVerdict,
} from './auditChain.js';
import {
  appendAuditEntry,
  type NewAuditEntry,
  readAuditChainPage,
  readAuditHead,
} from './auditRepository.js';

/** Ids, codes, counts and flags only: the type keeps free text about residents out by habit. */
export type AuditDetails = Record<string, string | number | boolean | null | readonly string[]>;

/** What `audit` needs from the request: `RequestContext` fits. */
export interface AuditContext {
  db: Database;
  viewer: Viewer;
  requestId?: string;
  clientAddress?: string | null;
  clock?: Clock;
}

export interface AuditRecord {
  subjectType?: string;
  subjectId?: string | null;
  result?: AuditResult;
  details?: AuditDetails;
  /** Who acted when that is not the viewer (e.g. the account that just signed in). */
  actorId?: string | null;
}

/** Builds the entry for `audit`/`auditInTransaction` from the request and the record. */
export function auditEntryFor(
  ctx: Omit<AuditContext, 'db'>,
  action: string,
  record: AuditRecord = {},
): NewAuditEntry {
  return {
    actorId:
      record.actorId !== undefined
        ? record.actorId
        : ctx.viewer.kind === 'user'
          ? ctx.viewer.userId
          : null,
    action,
    result: record.result ?? 'success',
    subjectType: record.subjectType ?? null,
    subjectId: record.subjectId ?? null,
    clientAddress: ctx.clientAddress ?? null,
    requestId: ctx.requestId ?? null,
    details: JSON.stringify(record.details ?? {}),
  };
}

/**
 * Writes one audit entry in its own transaction: `audit(ctx, 'person.viewed', { subjectType:
 * 'Person', subjectId })`. For a change, prefer `auditInTransaction` inside the change's own
 * write, so the change and its entry commit together or not at all.
 */
export function audit(
  ctx: AuditContext,
  action: string,
  record: AuditRecord = {},
): Promise<AuditEntry> {
  const at = (ctx.clock ?? (() => new Date()))();
  const entry = auditEntryFor(ctx, action, record);
  return appendWithRetry(ctx.db, `audit.${action}`, entry, at);
}

/**
 * Appends in a transaction of its own; should two appends still take the same `seq` (the unique
 * constraint refuses the second), the loser starts again from the head, a few times at most.
 */
async function appendWithRetry(
  db: Database,
  name: string,
  entry: NewAuditEntry,
  at: Date,
  attempts = 5,
): Promise<AuditEntry> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.write(name, (tx) => appendAuditEntry(tx, entry, at));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw error;
      }
    }
  }
}

/** Appends the entry inside a write transaction the caller already holds. */
export function auditInTransaction(
  tx: QueryRunner,
  ctx: Omit<AuditContext, 'db'>,
  action: string,
  record: AuditRecord = {},
): Promise<AuditEntry> {
  const at = (ctx.clock ?? (() => new Date()))();
  return appendAuditEntry(tx, auditEntryFor(ctx, action, record), at);
}

/**
 * Reads the chain up to the head (entries appended meanwhile are left for the next run) in pages
 * and says whether any entry was changed, removed or reordered.
 */
export async function verifyAuditChain(db: Database, pageSize = 1000): Promise<ChainVerdict> {
  const head = await readAuditHead(db);
  const verifier = new AuditChainVerifier();
  const untilSeq = head?.seq ?? 0;
  let afterSeq = 0;
  for (;;) {
    const page = await readAuditChainPage(db, { afterSeq, untilSeq }, pageSize);
    for (const entry of page) verifier.add(entry);
    const last = page.at(-1);
    if (!last || page.length < pageSize || verifier.failed) break;
    afterSeq = last.seq;
  }
  return verifier.finish(head);
}
