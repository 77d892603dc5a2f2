import { rmSync } from 'node:fs';
import { loadConfig } from '../env.js';
import { startEmbeddedNeo4j } from '../neo4j/embeddedNeo4j.js';

/** How the test suites reach their Neo4j; serialisable, so a global setup can hand it to tests. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface StartedTestNeo4j extends TestNeo4j {
  stop(): Promise<void>;
}

/**
 * The Neo4j the tests use: the server NEO4J_URI names (never wiped), or else a fresh embedded one
 * on the test port and test data directory, so a developer's own data is never touched.
 */
export async function startTestNeo4j(): Promise<StartedTestNeo4j> {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    const { uri, username, password, database } = config.neo4j;
    return { uri, username, password, database, stop: async () => {} };
  }
  rmSync(config.testNeo4j.dataDir, { recursive: true, force: true });
  const running = await startEmbeddedNeo4j({
    port: config.testNeo4j.port,
    dataDir: config.testNeo4j.dataDir,
    heap: '1g',
    pageCache: '256m',
    javaHome: config.neo4j.javaHome,
  });
  return {
    uri: running.uri,
    username: 'neo4j',
    password: '',
    database: config.neo4j.database,
    stop: running.stop,
  };
}
