import { createHmac, randomBytes } from 'node:crypto';
import type { AuditEntry } from '../audit/auditChain.js';
import { listAuditEntries } from '../audit/auditRepository.js';
import { type AuditContext, audit, auditInTransaction } from '../audit/auditService.js';
import { requireRole } from '../auth/authorization.js';
import { NotFoundError } from '../domain/errors.js';
import type { Database, QueryRunner } from '../neo4j/database.js';
import {
  addLedgerEntries,
  clearScores,
  type ErasureCounts,
  ensureLedgerSecret,
  eraseSubject,
  findSubject,
  markObjected,
  type PlainValue,
  purgeSuggestions,
  readLedgerHashes,
  readPeopleIds,
  readSubjectRecord,
  type SubjectRecord,
  scoreProperties,
} from '../repositories/privacyRightsRepository.js';
import { renderSubjectAccessHtml } from './subjectAccessHtml.js';

/** The audit actions of residents' rights (ids and counts only in their details). */
export const privacyAuditActions = {
  accessExported: 'person.access_exported',
  erased: 'person.erased',
  reerased: 'person.reerased',
  objected: 'person.objected',
  retentionErased: 'person.retention_erased',
} as const;

/** Everything stored about a person, for the person (Art. 15 GDPR). */
export interface SubjectAccessExport {
  personId: string;
  generatedAt: string;
  person: Record<string, PlainValue>;
  labels: string[];
  scores: Record<string, PlainValue>;
  links: SubjectRecord['links'];
  contacts: SubjectRecord['contacts'];
  suggestions: SubjectRecord['suggestions'];
  accounts: SubjectRecord['accounts'];
  /** Who viewed, changed or exported them: the audit entries naming their id. */
  auditTrail: {
    seq: number;
    at: string;
    actorId: string | null;
    action: string;
    result: string;
    clientAddress: string | null;
  }[];
}

export interface ErasureResult extends ErasureCounts {
  personId: string;
  /** The ledger entry (HMAC-SHA-256 of the id), so a restored backup can be erased again. */
  ledgerHash: string;
}

export interface ObjectionResult {
  personId: string;
  objectedAt: string;
  suggestionsRemoved: number;
  scoresCleared: boolean;
}

const now = (ctx: AuditContext) => (ctx.clock ?? (() => new Date()))();

/**
 * The subject-access export (JSON and a readable HTML page) of one person: properties, scores,
 * links, contact moments, suggestions, linked accounts and the audit entries about them.
 * PRIVACY_OFFICER only; the export itself is audited.
 */
export async function subjectAccessExport(
  ctx: AuditContext,
  personId: string,
): Promise<{ data: SubjectAccessExport; json: string; html: string }> {
  requireRole(ctx.viewer, 'PRIVACY_OFFICER');
  const record = await ctx.db.read('privacy.subjectAccess', (tx) =>
    readSubjectRecord(tx, personId),
  );
  if (!record) throw new NotFoundError('Person', personId);
  const entries = await auditEntriesAbout(ctx.db, personId);
  const scoreNames = new Set<string>(scoreProperties);
  const data: SubjectAccessExport = {
    personId,
    generatedAt: now(ctx).toISOString(),
    person: Object.fromEntries(
      Object.entries(record.properties).filter(([key]) => !scoreNames.has(key)),
    ),
    labels: record.labels,
    scores: Object.fromEntries(
      Object.entries(record.properties).filter(([key]) => scoreNames.has(key)),
    ),
    links: record.links,
    contacts: record.contacts,
    suggestions: record.suggestions,
    accounts: record.accounts,
    auditTrail: entries.map((entry) => ({
      seq: entry.seq,
      at: entry.at,
      actorId: entry.actorId,
      action: entry.action,
      result: entry.result,
      clientAddress: entry.clientAddress,
    })),
  };
  await audit(ctx, privacyAuditActions.accessExported, {
    subjectType: 'Person',
    subjectId: personId,
    details: { links: record.links.length, contacts: record.contacts.length },
  });
  return { data, json: JSON.stringify(data, null, 2), html: renderSubjectAccessHtml(data) };
}

async function auditEntriesAbout(db: Database, personId: string): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  let beforeSeq: number | null = null;
  for (;;) {
    const page = await listAuditEntries(db, { limit: 500, beforeSeq, subjectId: personId });
    all.push(...page);
    const last = page.at(-1);
    if (!last || page.length < 500) return all.reverse();
    beforeSeq = last.seq;
  }
}

/** The ledger's salt: ERASURE_LEDGER_SECRET, or a random one kept in the database. */
export async function ledgerSecret(tx: QueryRunner, configured: string | undefined) {
  return configured ?? ensureLedgerSecret(tx, randomBytes(32).toString('hex'));
}

export const ledgerHashOf = (secret: string, id: string) =>
  createHmac('sha256', secret).update(id, 'utf8').digest('hex');

/**
 * Erases a person inside the caller's write transaction: contacts, suggestions, scores, links and
 * the person, then ledger entries for their id and the ids merged into them, then the audit entry
 * — all in one transaction, so it happens wholly or not at all.
 */
export async function eraseInTransaction(
  tx: QueryRunner,
  ctx: Omit<AuditContext, 'db'>,
  options: { personId: string; secret: string | undefined; reason: string; action: string },
): Promise<ErasureResult> {
  const subject = await findSubject(tx, options.personId);
  if (!subject) throw new NotFoundError('Person', options.personId);
  const counts = await eraseSubject(tx, options.personId, subject.name);
  const secret = await ledgerSecret(tx, options.secret);
  const ledgerHash = ledgerHashOf(secret, options.personId);
  const hashes = [ledgerHash, ...subject.mergedFrom.map((id) => ledgerHashOf(secret, id))];
  const at = (ctx.clock ?? (() => new Date()))();
  await addLedgerEntries(tx, hashes, at, options.reason);
  await auditInTransaction(tx, ctx, options.action, {
    subjectType: 'Person',
    subjectId: options.personId,
    details: { ...counts, ledgerEntries: hashes.length },
    ...(ctx.viewer.kind === 'user' ? {} : { actorId: `system:${options.reason}` }),
  });
  return { personId: options.personId, ledgerHash, ...counts };
}

/** Erasure on request (Art. 17 GDPR). PRIVACY_OFFICER only. */
export function erasePerson(
  ctx: AuditContext,
  personId: string,
  secret: string | undefined,
): Promise<ErasureResult> {
  requireRole(ctx.viewer, 'PRIVACY_OFFICER');
  return ctx.db.write('privacy.erasePerson', (tx) =>
    eraseInTransaction(tx, ctx, {
      personId,
      secret,
      reason: 'request',
      action: privacyAuditActions.erased,
    }),
  );
}

/**
 * Objection (Art. 21 GDPR): marks the person objected, removes their scores and every suggestion
 * about them at once; projections and exports leave objected people out from then on.
 * PRIVACY_OFFICER only; one transaction with its audit entry.
 */
export function recordObjection(ctx: AuditContext, personId: string): Promise<ObjectionResult> {
  requireRole(ctx.viewer, 'PRIVACY_OFFICER');
  return ctx.db.write('privacy.recordObjection', async (tx) => {
    const subject = await findSubject(tx, personId);
    if (!subject) throw new NotFoundError('Person', personId);
    const objectedAt = await markObjected(tx, personId, now(ctx));
    const scoresCleared = await clearScores(tx, personId);
    const suggestionsRemoved = await purgeSuggestions(tx, personId, subject.name);
    await auditInTransaction(tx, ctx, privacyAuditActions.objected, {
      subjectType: 'Person',
      subjectId: personId,
      details: { suggestionsRemoved, scoresCleared },
    });
    return { personId, objectedAt, suggestionsRemoved, scoresCleared };
  });
}

/**
 * After restoring a backup: erases again every person whose id (or a merged id) is in the
 * ledger — the database's own ledger plus `extraHashes` (an exported ledger kept outside the
 * backup). With `dryRun`, only counts. Each person is erased in their own transaction.
 */
export async function reeraseFromLedger(
  ctx: AuditContext,
  options: { secret: string | undefined; extraHashes?: readonly string[]; dryRun?: boolean },
): Promise<{ checked: number; erased: string[] }> {
  const { db } = ctx;
  const secret = await db.write('privacy.ledgerSecret', (tx) => ledgerSecret(tx, options.secret));
  const ledger = new Set([
    ...(await db.read('privacy.readLedger', readLedgerHashes)),
    ...(options.extraHashes ?? []),
  ]);
  const matches: string[] = [];
  let checked = 0;
  let afterId = '';
  for (;;) {
    const page = await db.read('privacy.readPeopleIds', (tx) => readPeopleIds(tx, afterId, 2000));
    for (const person of page) {
      checked += 1;
      if ([person.id, ...person.mergedFrom].some((id) => ledger.has(ledgerHashOf(secret, id)))) {
        matches.push(person.id);
      }
    }
    const last = page.at(-1);
    if (!last || page.length < 2000) break;
    afterId = last.id;
  }
  if (!options.dryRun) {
    for (const personId of matches) {
      await db.write('privacy.reerase', (tx) =>
        eraseInTransaction(tx, ctx, {
          personId,
          secret,
          reason: 'reerase',
          action: privacyAuditActions.reerased,
        }),
      );
    }
  }
  return { checked, erased: matches };
}

/** The ledger's hashes, to keep outside the database's backups (for `reeraseFromLedger`). */
export function exportLedger(db: Database): Promise<string[]> {
  return db.read('privacy.exportLedger', readLedgerHashes);
}
