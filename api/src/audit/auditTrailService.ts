import type { RequestContext } from '../app/context.js';
import { requireRole } from '../auth/authorization.js';
import { ValidationError } from '../domain/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/validation/pagination.js';
import { auditActions } from './auditActions.js';
import type { AuditEntry, ChainVerdict } from './auditChain.js';
import { listAuditEntries } from './auditRepository.js';
import { audit, verifyAuditChain } from './auditService.js';

export interface AuditTrailPage {
  entries: AuditEntry[];
  hasNextPage: boolean;
}

/** The cursor of an entry is its sequence number: stable while new entries are appended. */
export const auditCursor = (entry: AuditEntry) => String(entry.seq);

function seqOfCursor(after: string | null | undefined): number | null {
  if (after === null || after === undefined) return null;
  if (!/^\d{1,15}$/.test(after)) throw new ValidationError('after', 'This is not an audit cursor.');
  return Number(after);
}

/**
 * PRIVACY_OFFICER: the newest entries first, optionally about one subject id; reading the trail is
 * itself written to the trail.
 */
export async function auditTrail(
  ctx: RequestContext,
  args: { first?: number | null; after?: string | null; subjectId?: string | null },
): Promise<AuditTrailPage> {
  const viewer = requireRole(ctx.viewer, 'PRIVACY_OFFICER');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `Ask for 0 to ${MAX_PAGE_SIZE} entries at a time.`);
  }
  const rows = await listAuditEntries(ctx.db, {
    limit: first + 1,
    beforeSeq: seqOfCursor(args.after),
    subjectId: args.subjectId ?? null,
  });
  await audit(ctx, auditActions.auditTrailViewed, {
    subjectType: 'Account',
    subjectId: viewer.userId,
    details: {
      subjectId: args.subjectId ?? null,
      after: args.after ?? null,
      count: Math.min(first, rows.length),
    },
  });
  return { entries: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** PRIVACY_OFFICER: whether the chain is intact right now. */
export function auditChainStatus(ctx: RequestContext): Promise<ChainVerdict> {
  requireRole(ctx.viewer, 'PRIVACY_OFFICER');
  return verifyAuditChain(ctx.db);
}
