import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths in the configuration mean the same from every package. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const byteSize = z
  .string()
  .regex(/^\d+[kmg]?$/i, 'a size such as 512m or 2g')
  .transform((value) => value.toLowerCase());

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    WEB_DIST: z.string().min(1).default('web/dist'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Bolt URI such as bolt://localhost:7687')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
    NEO4J_HEAP: byteSize.default('2g'),
    NEO4J_PAGECACHE: byteSize.default('1g'),
    NEO4J_TEST_BOLT_PORT: port.default(7688),
    NEO4J_TEST_DATA_DIR: z.string().min(1).default('.data/neo4j-test'),
    JAVA_HOME: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && env.NEO4J_PASSWORD === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at an external Neo4j',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Where the database is: a server the user points us at, or the embedded one we start ourselves. */
export type Neo4jTarget =
  | { kind: 'external'; uri: string; username: string; password: string; database: string }
  | {
      kind: 'embedded';
      port: number;
      dataDir: string;
      heap: string;
      pageCache: string;
      javaHome: string | undefined;
      database: string;
    };

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  webDist: string;
  shutdownTimeoutMs: number;
  neo4j: Neo4jTarget;
  /** Where the test suites start their own Neo4j when NEO4J_URI is not set: never the user's data. */
  testNeo4j: { port: number; dataDir: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, with one readable line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const value = source[name];
        const shown =
          value === undefined ? '' : ` (got '${name.includes('PASSWORD') ? '***' : value}')`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const env = result.data;
  const neo4j: Neo4jTarget = env.NEO4J_URI
    ? {
        kind: 'external',
        uri: env.NEO4J_URI,
        username: env.NEO4J_USERNAME,
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE,
      }
    : {
        kind: 'embedded',
        port: env.NEO4J_BOLT_PORT,
        dataDir: resolve(repoRoot, env.NEO4J_DATA_DIR),
        heap: env.NEO4J_HEAP,
        pageCache: env.NEO4J_PAGECACHE,
        javaHome: env.JAVA_HOME,
        database: env.NEO4J_DATABASE,
      };
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    webDist: resolve(repoRoot, env.WEB_DIST),
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    neo4j,
    testNeo4j: {
      port: env.NEO4J_TEST_BOLT_PORT,
      dataDir: resolve(repoRoot, env.NEO4J_TEST_DATA_DIR),
    },
  };
}

/** The process configuration. Only this module reads `process.env`. */
export function loadConfig(): Config {
  return parseEnv(process.env);
}

/**
 * The folder the user ran `pnpm antenne …` from (pnpm runs scripts inside the package folder and
 * keeps the original in INIT_CWD), so CLI file arguments resolve the way the user typed them.
 */
export function invocationDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
