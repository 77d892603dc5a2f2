/**
 * Runs a command with a Neo4j it can reach through NEO4J_URI, then stops that Neo4j.
 *
 *   with-neo4j --test -- <command…>  the test database: NEO4J_URI if set, else a fresh embedded one
 *                                     on the test port and data directory (never the user's data)
 *   with-neo4j --dev -- <command…>   the development database: NEO4J_URI if set, else the embedded
 *                                     one on NEO4J_BOLT_PORT with NEO4J_DATA_DIR (data is kept)
 *
 * One Neo4j then serves every package's tests (or the API's restarts under `pnpm dev`).
 */
import { spawn } from 'node:child_process';
import { ConfigError, loadConfig } from '../src/env.js';
import { Neo4jStartError, startEmbeddedNeo4j } from '../src/neo4j/embeddedNeo4j.js';
import { type StartedTestNeo4j, startTestNeo4j } from '../src/test/testNeo4j.js';

async function startDevNeo4j(): Promise<StartedTestNeo4j> {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    const { uri, username, password, database } = config.neo4j;
    return { uri, username, password, database, stop: async () => {} };
  }
  const running = await startEmbeddedNeo4j({
    port: config.neo4j.port,
    dataDir: config.neo4j.dataDir,
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    javaHome: config.neo4j.javaHome,
  });
  console.error(`Neo4j is running at ${running.uri} (started in ${running.startupMs} ms)`);
  return { ...running, username: 'neo4j', password: '', database: config.neo4j.database };
}

async function main(argv: string[]): Promise<number> {
  const separator = argv.indexOf('--');
  const mode = argv[0];
  const command = separator >= 0 ? argv.slice(separator + 1) : [];
  if ((mode !== '--test' && mode !== '--dev') || command.length === 0 || !command[0]) {
    console.error('usage: with-neo4j --test|--dev -- <command…>');
    return 2;
  }
  const neo4j = mode === '--test' ? await startTestNeo4j() : await startDevNeo4j();
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((resolve) => {
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`with-neo4j: could not run ${command[0]}: ${error.message}`);
      resolve(127);
    });
  });
  await neo4j.stop();
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof Neo4jStartError) {
      console.error(`antenne: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
