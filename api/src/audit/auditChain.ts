import { createHash } from 'node:crypto';

/** What happened with the attempt or change that an entry records. */
export type AuditResult = 'success' | 'failure' | 'denied' | 'rate_limited';

/**
 * One line of the audit trail. `details` is a JSON object of ids, codes and counts only: never a
 * name, an address, a note or any other personal data about a resident.
 */
export interface AuditEntryContent {
  seq: number;
  /** ISO-8601, UTC, milliseconds. */
  at: string;
  actorId: string | null;
  action: string;
  result: AuditResult;
  subjectType: string | null;
  subjectId: string | null;
  clientAddress: string | null;
  requestId: string | null;
  details: string;
  prevHash: string;
}

export interface AuditEntry extends AuditEntryContent {
  hash: string;
}

/** The `prevHash` of the first entry. */
export const genesisHash = '0'.repeat(64);

/**
 * SHA-256 over every field in a fixed order (a JSON array, so no separator can be forged), chained
 * to the entry before it: changing or removing any entry changes every hash after it.
 */
export function auditEntryHash(entry: AuditEntryContent): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actorId,
    entry.action,
    entry.result,
    entry.subjectType,
    entry.subjectId,
    entry.clientAddress,
    entry.requestId,
    entry.details,
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainProblem = 'hash_mismatch' | 'broken_link' | 'missing_entry' | 'head_mismatch';

export type ChainVerdict =
  | { valid: true; entries: number; lastSeq: number; lastHash: string }
  | { valid: false; entries: number; seq: number; problem: ChainProblem; message: string };

/**
 * Checks a chain fed in `seq` order, one page at a time: every hash recomputes, every entry
 * points at the one before, no number is skipped, and the stored head names the last entry (so
 * removing the newest entries is caught too).
 */
export class AuditChainVerifier {
  private count = 0;
  private lastSeq = 0;
  private lastHash = genesisHash;
  private failure: Extract<ChainVerdict, { valid: false }> | undefined;

  add(entry: AuditEntry): void {
    if (this.failure) return;
    this.count += 1;
    if (entry.seq !== this.lastSeq + 1) {
      this.fail(entry.seq, 'missing_entry', `entry ${this.lastSeq + 1} is missing`);
    } else if (entry.prevHash !== this.lastHash) {
      this.fail(
        entry.seq,
        'broken_link',
        `entry ${entry.seq} does not point at entry ${this.lastSeq}`,
      );
    } else if (auditEntryHash(entry) !== entry.hash) {
      this.fail(entry.seq, 'hash_mismatch', `entry ${entry.seq} was changed after it was written`);
    }
    this.lastSeq = entry.seq;
    this.lastHash = entry.hash;
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  finish(head: { seq: number; hash: string } | null): ChainVerdict {
    if (this.failure) return this.failure;
    const expected = head ?? { seq: 0, hash: genesisHash };
    if (expected.seq !== this.lastSeq || expected.hash !== this.lastHash) {
      return {
        valid: false,
        entries: this.count,
        seq: expected.seq,
        problem: 'head_mismatch',
        message:
          expected.seq > this.lastSeq
            ? `entries ${this.lastSeq + 1}…${expected.seq} are missing`
            : `the chain head (entry ${expected.seq}) does not match the last entry (${this.lastSeq})`,
      };
    }
    return { valid: true, entries: this.count, lastSeq: this.lastSeq, lastHash: this.lastHash };
  }

  private fail(seq: number, problem: ChainProblem, message: string): void {
    this.failure = { valid: false, entries: this.count, seq, problem, message };
  }
}
