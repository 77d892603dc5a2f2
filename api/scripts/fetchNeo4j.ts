/** `pnpm --filter @antenne/api neo4j:fetch`: fetches the Neo4j Community jars once (Maven Wrapper). */
import { ConfigError, loadConfig } from '../src/env.js';
import { ensureNeo4jJars, Neo4jStartError, neo4jVersion } from '../src/neo4j/embeddedNeo4j.js';

try {
  const config = loadConfig();
  if (config.neo4j.kind === 'external') {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): the embedded Neo4j is not needed.`);
  } else {
    ensureNeo4jJars(config.neo4j.javaHome, console.log);
    console.log(`Neo4j Community ${neo4jVersion()} jars are in api/neo4j/lib.`);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof Neo4jStartError) {
    console.error(`antenne: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
