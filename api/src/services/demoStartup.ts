import { ensureDemoAccounts, formatDemoCredentials } from '../auth/demoAccounts.js';
import type { Config } from '../env.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { findAreaIdsByName } from '../repositories/areaRepository.js';
import { loadDemoDataIfEmpty } from './demoDataService.js';

/** The villages the demo official and area broker work in (the food-initiative story is in Lievelde). */
const demoScopeKernen = ['Lievelde', 'Zieuwent'];

/**
 * What `pnpm start` prepares on a fresh database: the demo municipality (DEMO_DATA) and one demo
 * account per role (DEMO_ACCOUNTS), whose passwords are printed once to the terminal — never to
 * the structured log — because only their Argon2id hashes are stored.
 */
export async function prepareDemo(
  db: Database,
  log: Logger,
  config: Pick<Config, 'demoData' | 'auth'>,
  print: (text: string) => void,
): Promise<void> {
  if (config.demoData.enabled) {
    await loadDemoDataIfEmpty(db, log, config.demoData);
  }
  if (config.auth.demoAccounts) {
    const areaIds = await db.read('demo.scopeAreas', (tx) =>
      findAreaIdsByName(tx, 'KERN', demoScopeKernen),
    );
    const credentials = await ensureDemoAccounts(db, log, { areaIds });
    if (credentials.length > 0) print(formatDemoCredentials(credentials));
  }
}
