import { createApp } from './app/createApp.js';
import { createAuthServices } from './auth/authServices.js';
import { systemClock } from './auth/clock.js';
import { ConfigError, loadConfig } from './env.js';
import { createLogger } from './logger.js';
import { connectNeo4j } from './neo4j/connectNeo4j.js';
import { Neo4jStartError } from './neo4j/embeddedNeo4j.js';
import { migrate } from './neo4j/migrate.js';
import { prepareDemo } from './services/demoStartup.js';
import { startRetentionJob } from './services/retentionService.js';
import { antenneVersion } from './version.js';

/** Starts Antenne: Neo4j (embedded unless NEO4J_URI is set), migrations, then one HTTP port. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const log = createLogger(config);
  const neo4j = await connectNeo4j(config.neo4j, log);
  const migrations = await migrate(neo4j.db);
  log.info(migrations, 'schema migrations');
  await prepareDemo(neo4j.db, log, config, (text) => process.stdout.write(`${text}\n`));

  const app = createApp(
    {
      db: neo4j.db,
      log,
      version: antenneVersion,
      auth: createAuthServices(config.auth),
      graphql: config.graphql,
      privacy: config.privacy,
      analysis: config.analysis,
    },
    { webDist: config.webDist },
  );
  const address = await app.listen(config.port, config.host);
  const retention = startRetentionJob({
    db: neo4j.db,
    log,
    clock: systemClock,
    intervalMinutes: config.privacy.retentionIntervalMinutes,
    secret: config.privacy.erasureLedgerSecret,
  });
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}/`;
  log.info(
    { url, neo4j: neo4j.uri, startupMs: Math.round(performance.now() - started) },
    `Antenne ${antenneVersion} is running at ${url}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    await app.close(config.shutdownTimeoutMs);
    await retention.stop();
    await neo4j.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof Neo4jStartError) {
    console.error(`Antenne cannot start: ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Antenne cannot start: ${error.message}; set PORT to another port`);
  } else {
    console.error('Antenne cannot start:', error);
  }
  process.exit(1);
});
