import type { Viewer } from '../app/context.js';
import type { Clock } from '../auth/clock.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { findExpiredPeople } from '../repositories/privacyRightsRepository.js';
import { eraseInTransaction, privacyAuditActions } from './privacyRightsService.js';

export interface RetentionReport {
  /** The day compared with (YYYY-MM-DD, UTC): people whose retain-until is before it are due. */
  today: string;
  dryRun: boolean;
  /** The people past their retain-until date, with that date. */
  due: { id: string; retainUntil: string }[];
  /** Those erased (none in a dry run). */
  erased: string[];
}

const system: Viewer = { kind: 'anonymous' };

/**
 * Erases everyone past their retain-until date, each in their own transaction through the same
 * erasure as a request (contacts, suggestions, scores, links; a ledger entry; an audit entry by
 * `system:retention`). "Now" comes from the clock, so tests can move it. With `dryRun`, only
 * reports who is due.
 */
export async function runRetention(
  db: Database,
  options: {
    clock: Clock;
    dryRun?: boolean;
    secret: string | undefined;
    batchSize?: number;
    /** Only these people (a trial on a selection; tests sharing a database). */
    personIds?: readonly string[];
  },
): Promise<RetentionReport> {
  const today = options.clock().toISOString().slice(0, 10);
  const batchSize = options.batchSize ?? 500;
  const report: RetentionReport = { today, dryRun: options.dryRun ?? false, due: [], erased: [] };
  const seen = new Set<string>();
  for (;;) {
    const due = (
      await db.read('retention.findExpired', (tx) =>
        findExpiredPeople(tx, today, batchSize, options.personIds ?? null),
      )
    ).filter((person) => !seen.has(person.id));
    if (due.length === 0) break;
    for (const person of due) {
      seen.add(person.id);
      report.due.push(person);
      if (report.dryRun) continue;
      await db.write('retention.erase', (tx) =>
        eraseInTransaction(
          tx,
          { viewer: system, clock: options.clock },
          {
            personId: person.id,
            secret: options.secret,
            reason: 'retention',
            action: privacyAuditActions.retentionErased,
          },
        ),
      );
      report.erased.push(person.id);
    }
    // A dry run sees the same people again: one page is all it reports per batch size.
    if (report.dryRun || due.length < batchSize) break;
  }
  return report;
}

export interface RetentionJob {
  /** Resolves when a run in progress has finished. */
  stop(): Promise<void>;
}

/**
 * Runs retention now and then every `intervalMinutes` (0: never) in the server. Runs never
 * overlap; a failing run is logged and the next one tries again.
 */
export function startRetentionJob(options: {
  db: Database;
  log: Logger;
  clock: Clock;
  intervalMinutes: number;
  secret: string | undefined;
  personIds?: readonly string[];
}): RetentionJob {
  if (options.intervalMinutes <= 0) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runRetention(options.db, {
      clock: options.clock,
      secret: options.secret,
      ...(options.personIds ? { personIds: options.personIds } : {}),
    })
      .then((report) => {
        const level = report.erased.length > 0 ? 'info' : 'debug';
        options.log[level]({ erased: report.erased.length, today: report.today }, 'retention run');
      })
      .catch((error: unknown) => options.log.error({ err: error }, 'retention run failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMinutes * 60_000);
  timer.unref();
  const first = setTimeout(tick, 1_000);
  first.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
      await running;
    },
  };
}
