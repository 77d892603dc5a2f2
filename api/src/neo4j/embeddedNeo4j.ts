import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../env.js';

/** Where the launcher, its pom.xml, the Maven Wrapper and the fetched jars live. */
export const launcherHome = resolve(repoRoot, 'api/neo4j');
const libDir = join(launcherHome, 'lib');

export interface EmbeddedNeo4jOptions {
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  javaHome: string | undefined;
  /** Lines the launcher prints (Neo4j start-up, shutdown), for the caller's logger. */
  onLog?: (line: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  /** Milliseconds from spawning Java to the first answered query. */
  startupMs: number;
  stop(): Promise<void>;
}

/** A problem the user can fix, said in one line (Java missing, port taken, download failed). */
export class Neo4jStartError extends Error {
  override name = 'Neo4jStartError';
}

const READY = 'ANTENNE_NEO4J_READY';
const ERROR = 'ANTENNE_NEO4J_ERROR';
const STARTUP_TIMEOUT_MS = 180_000;

export function neo4jVersion(): string {
  const pom = readFileSync(join(launcherHome, 'pom.xml'), 'utf8');
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!match?.[1]) throw new Neo4jStartError('api/neo4j/pom.xml does not name a neo4j.version');
  return match[1];
}

function javaExecutable(javaHome: string | undefined): string {
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Fails with one readable line unless a Java 17+ runtime with a compiler (a JDK) is there. */
export function assertJava(javaHome: string | undefined): void {
  const java = javaExecutable(javaHome);
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Neo4jStartError(
      `Java was not found (${java}): install a JDK 17 or newer, set JAVA_HOME, or set NEO4J_URI to use your own Neo4j`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match?.[1] === '1' ? Number(match[2]) : Number(match?.[1]);
  if (!Number.isFinite(major) || major < 17) {
    throw new Neo4jStartError(
      `Java ${Number.isFinite(major) ? major : '(unknown version)'} is too old for Neo4j 5: install a JDK 17 or newer or set JAVA_HOME`,
    );
  }
}

/** Fetches the Neo4j Community jars from Maven Central once, through the Maven Wrapper. */
export function ensureNeo4jJars(javaHome: string | undefined, log: (line: string) => void): void {
  const marker = join(libDir, `.complete-${neo4jVersion()}`);
  if (existsSync(marker)) return;
  assertJava(javaHome);
  log(`Fetching Neo4j Community ${neo4jVersion()} jars into api/neo4j/lib (once)…`);
  const env = { ...process.env, ...(javaHome ? { JAVA_HOME: javaHome } : {}) };
  const result = spawnSync(
    join(launcherHome, 'mvnw'),
    ['-q', '-B', 'dependency:copy-dependencies'],
    { cwd: launcherHome, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.error || result.status !== 0) {
    throw new Neo4jStartError(
      `Fetching the Neo4j jars failed (exit ${result.status ?? result.error?.message}); is Maven Central reachable?`,
    );
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
}

/**
 * Starts Neo4j Community embedded (Bolt only, loopback, no auth) in a child JVM. The JVM exits
 * by itself when this process dies, because the launcher watches its standard input.
 */
export function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<RunningNeo4j> {
  const log = options.onLog ?? (() => {});
  assertJava(options.javaHome);
  ensureNeo4jJars(options.javaHome, log);
  const started = Date.now();
  const child = spawn(
    javaExecutable(options.javaHome),
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      `${libDir}/*`,
      join(launcherHome, 'Launcher.java'),
      '--data',
      options.dataDir,
      '--port',
      String(options.port),
      '--pagecache',
      options.pageCache,
      '--exit-with-parent',
    ],
    { cwd: launcherHome, stdio: ['pipe', 'pipe', 'pipe'] },
  );

  return new Promise<RunningNeo4j>((resolvePromise, reject) => {
    const recent: string[] = [];
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => {
      settle(() => {
        child.kill('SIGKILL');
        reject(new Neo4jStartError(`Neo4j did not start within ${STARTUP_TIMEOUT_MS / 1000} s`));
      });
    }, STARTUP_TIMEOUT_MS);

    const onLine = (line: string) => {
      if (line.startsWith(READY)) {
        const uri = line.split(' ')[1] ?? `bolt://127.0.0.1:${options.port}`;
        settle(() =>
          resolvePromise({ uri, startupMs: Date.now() - started, stop: () => stopChild(child) }),
        );
        return;
      }
      if (line.startsWith(ERROR)) {
        settle(() => reject(new Neo4jStartError(line.slice(ERROR.length + 1))));
        return;
      }
      recent.push(line);
      if (recent.length > 20) recent.shift();
      log(line);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('error', (error) => settle(() => reject(new Neo4jStartError(error.message))));
    child.on('exit', (code) =>
      settle(() =>
        reject(
          new Neo4jStartError(
            `Neo4j exited with code ${code} before it was ready: ${recent.slice(-3).join(' | ')}`,
          ),
        ),
      ),
    );
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}
