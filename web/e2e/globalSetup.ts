import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AntenneApp, createApp } from '@antenne/api/app';
import { connectNeo4j, type Neo4jConnection } from '@antenne/api/connect-neo4j';
import { createLogger } from '@antenne/api/logger';
import { migrate } from '@antenne/api/migrate';
import { type StartedTestNeo4j, startTestNeo4j } from '@antenne/api/test-neo4j';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the e2e app answers, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

const webRoot = fileURLToPath(new URL('..', import.meta.url));

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: Math.round(performance.now() - started) };
}

/**
 * The whole of Antenne for the browser tests: a real Neo4j (migrated), the web app built for
 * production into a temporary folder (so `web/dist` is left alone), and the API serving both on
 * a free port of 127.0.0.1.
 */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'antenne-web-e2e-'));
  let neo4j: StartedTestNeo4j | undefined;
  let connection: Neo4jConnection | undefined;
  let app: AntenneApp | undefined;
  const teardown = async () => {
    await app?.close(5_000);
    await connection?.close();
    await neo4j?.stop();
    await rm(outDir, { recursive: true, force: true });
  };

  try {
    const [started, built] = await Promise.allSettled([
      timed(startTestNeo4j()),
      timed(
        build({
          root: webRoot,
          configFile: join(webRoot, 'vite.config.ts'),
          logLevel: 'warn',
          build: { outDir, emptyOutDir: true },
          // Compiles in `src/testHooks.ts` (synthetic networks, Cytoscape instance counts).
          define: { 'import.meta.env.VITE_TEST_HOOKS': JSON.stringify('true') },
        }),
      ),
    ]);
    if (started.status === 'fulfilled') neo4j = started.value.value;
    if (started.status === 'rejected') throw started.reason;
    if (built.status === 'rejected') throw built.reason;

    const log = createLogger({ logLevel: 'warn', nodeEnv: 'test' });
    // The test Neo4j is already running: connect to it as to any server the user points us at.
    const { uri, username, password, database } = started.value.value;
    connection = await connectNeo4j({ kind: 'external', uri, username, password, database }, log);
    await migrate(connection.db);
    app = createApp({ db: connection.db, log, version: 'e2e' }, { webDist: outDir });
    const address = await app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    project.provide('baseUrl', baseUrl);
    console.info(
      `e2e: Neo4j ready in ${started.value.ms} ms, web build in ${built.value.ms} ms (in parallel); Antenne at ${baseUrl}`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
