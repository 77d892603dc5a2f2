import { verifyAuditChain } from '../audit/auditService.js';
import { loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage: pnpm antenne audit verify

Reads the whole audit trail and checks its hash chain: every entry unchanged, none removed,
none reordered. Exit code 0 when intact, 1 when not (the first broken entry is named).
Prints the last entry's hash: keep it somewhere else (a ticket, the FG's records) so that even
a rewrite of the whole chain can be found out later.`;

export const command: CliCommand = {
  summary: 'verify the hash chain of the audit trail (audit verify)',
  usage,
  async run(args) {
    if (args[0] !== 'verify' || args.length > 1) throw new CliError(usage);
    const config = loadConfig();
    const log = createLogger({
      ...config,
      logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    });
    const neo4j = await connectNeo4j(config.neo4j, log);
    try {
      await migrate(neo4j.db);
      const verdict = await verifyAuditChain(neo4j.db);
      if (verdict.valid) {
        console.log(
          `Audit trail intact: ${verdict.entries} entries; last entry ${verdict.lastSeq}, hash ${verdict.lastHash}.`,
        );
        return 0;
      }
      console.log(
        `Audit trail BROKEN at entry ${verdict.seq}: ${verdict.message} (${verdict.problem}).`,
      );
      return 1;
    } finally {
      await neo4j.close();
    }
  },
};
