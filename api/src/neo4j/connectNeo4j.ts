import neo4j from 'neo4j-driver';
import type { Neo4jTarget } from '../env.js';
import type { Logger } from '../logger.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j } from './embeddedNeo4j.js';

export interface Neo4jConnection {
  db: Database;
  /** Where it runs, for logs: the external URI or the embedded Bolt address. */
  uri: string;
  embedded: boolean;
  /** Closes the driver, then stops the embedded database if we started it. */
  close(): Promise<void>;
}

/** Connects to the configured Neo4j, starting the embedded one first when no NEO4J_URI is set. */
export async function connectNeo4j(target: Neo4jTarget, log: Logger): Promise<Neo4jConnection> {
  const embedded =
    target.kind === 'embedded'
      ? await startEmbeddedNeo4j({
          port: target.port,
          dataDir: target.dataDir,
          heap: target.heap,
          pageCache: target.pageCache,
          javaHome: target.javaHome,
          onLog: (line) => log.debug({ neo4j: line }, 'embedded neo4j'),
        })
      : undefined;
  if (embedded) {
    log.info({ uri: embedded.uri, startupMs: embedded.startupMs }, 'embedded neo4j started');
  }
  const uri = embedded?.uri ?? (target.kind === 'external' ? target.uri : '');
  const auth =
    target.kind === 'external' ? neo4j.auth.basic(target.username, target.password) : undefined;
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    userAgent: 'antenne',
  });
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  const db = new Database(driver, target.database, log);
  return {
    db,
    uri,
    embedded: embedded !== undefined,
    close: async () => {
      await db.close();
      await embedded?.stop();
    },
  };
}
