import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { invocationDir, loadConfig } from '../env.js';
import { createLogger } from '../logger.js';
import { connectNeo4j } from '../neo4j/connectNeo4j.js';
import { migrate } from '../neo4j/migrate.js';
import { exportLedger, reeraseFromLedger } from '../services/privacyRightsService.js';
import { type CliCommand, CliError } from './command.js';

const usage = `Usage:
  pnpm antenne privacy ledger-export <file>            write the erasure ledger's hashes (JSON)
  pnpm antenne privacy reerase [--ledger <file>] [--dry-run]

After restoring a backup, 'reerase' erases again everyone whose id is in the erasure ledger: the
database's own ledger plus, with --ledger, a file written by 'ledger-export' before the restore
(keep it outside the backups, e.g. after every erasure). The hashes are HMAC-SHA-256 of the ids
with ERASURE_LEDGER_SECRET (or the secret kept in the database): keep the same secret.`;

const ledgerFile = z.object({ hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)) });

function flagValue(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) throw new CliError(`${flag} needs a file.\n\n${usage}`);
  return value;
}

export const command: CliCommand = {
  summary: 'erasure ledger: re-erase after a backup restore (privacy reerase | ledger-export)',
  usage,
  async run(args) {
    const [action, ...rest] = args;
    if (action !== 'reerase' && action !== 'ledger-export') throw new CliError(usage);
    const config = loadConfig();
    const log = createLogger({
      ...config,
      logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel,
    });
    const neo4j = await connectNeo4j(config.neo4j, log);
    try {
      await migrate(neo4j.db);
      if (action === 'ledger-export') {
        const target = rest[0];
        if (!target || rest.length > 1) throw new CliError(usage);
        const hashes = await exportLedger(neo4j.db);
        await writeFile(
          resolve(invocationDir(), target),
          `${JSON.stringify({ hashes }, null, 2)}\n`,
        );
        console.log(`Wrote ${hashes.length} ledger entries to ${target}.`);
        return 0;
      }
      const file = flagValue(rest, '--ledger');
      const extra = file
        ? ledgerFile.parse(JSON.parse(await readFile(resolve(invocationDir(), file), 'utf8')))
            .hashes
        : [];
      const dryRun = rest.includes('--dry-run');
      const result = await reeraseFromLedger(
        { db: neo4j.db, viewer: { kind: 'anonymous' } },
        { secret: config.privacy.erasureLedgerSecret, extraHashes: extra, dryRun },
      );
      for (const id of result.erased) console.log(`${dryRun ? 'would erase' : 'erased'}\t${id}`);
      console.log(
        `Checked ${result.checked} people against the ledger; ${dryRun ? 'would erase' : 'erased'} ${result.erased.length}.`,
      );
      return 0;
    } finally {
      await neo4j.close();
    }
  },
};
