import { connectNeo4j } from '@antenne/api/connect-neo4j';
import { loadDemoMunicipality } from '@antenne/api/demo-data';
import { loadConfig } from '@antenne/api/env';
import { createLogger } from '@antenne/api/logger';

/** The seed of the small demo municipality the dashboard and public-page tests share. */
export const e2eDemoSeed = 'e2e-berkelveld';

/**
 * Loads a small demo municipality (Berkelveld, 500 stakeholders) into the e2e Neo4j, as `pnpm start`
 * does into an empty database. The same seed always makes the same rows, and rows that exist are
 * skipped, so every test file may call this.
 */
export async function loadE2eDemoMunicipality(): Promise<void> {
  const config = loadConfig();
  const log = createLogger({ logLevel: 'warn', nodeEnv: 'test' });
  const connection = await connectNeo4j(
    config.neo4j.kind === 'external'
      ? config.neo4j
      : {
          kind: 'external',
          uri: `bolt://127.0.0.1:${config.testNeo4j.port}`,
          username: 'neo4j',
          password: '',
          database: config.neo4j.database,
        },
    log,
  );
  try {
    await loadDemoMunicipality(connection.db, { size: 500, seed: e2eDemoSeed, source: 'seed' });
  } finally {
    await connection.close();
  }
}
