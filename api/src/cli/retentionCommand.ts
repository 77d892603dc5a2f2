import { systemClock } from '../auth/clock.js';
import { loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import { runRetention } from '../services/retentionService.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne retention run [--dry-run]

Erases everyone whose retain-until date has passed: the person, their links, their place in
contact moments (a moment left without participants goes, their name is redacted from the
others' notes), their suggestions and scores. Each erasure leaves a hashed id in the erasure
ledger and an audit entry by system:retention. The server does the same every
RETENTION_INTERVAL_MINUTES; run this from cron when that is 0.

  --dry-run   only list who is due (ids and dates), change nothing`;

export const command: CliCommand = {
  summary: 'erase people past their retain-until date (retention run [--dry-run])',
  usage,
  async run(args) {
    const dryRun = args.includes('--dry-run');
    const rest = args.filter((arg) => arg !== '--dry-run');
    if (rest[0] !== 'run' || rest.length > 1) throw new CliError(usage);
    const config = loadConfig();
    const log = createLogger({
      ...config,
      logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    });
    const neo4j = await connectNeo4j(config.neo4j, log);
    try {
      await migrate(neo4j.db);
      const report = await runRetention(neo4j.db, {
        clock: systemClock,
        dryRun,
        secret: config.privacy.erasureLedgerSecret,
      });
      for (const person of report.due) {
        console.log(
          `${dryRun ? 'due' : 'erased'}\t${person.id}\tretain until ${person.retainUntil}`,
        );
      }
      console.log(
        dryRun
          ? `${report.due.length} people past their retain-until date (before ${report.today}); nothing changed.`
          : `Erased ${report.erased.length} people past their retain-until date (before ${report.today}).`,
      );
      return 0;
    } finally {
      await neo4j.close();
    }
  },
};
