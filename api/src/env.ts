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

/** on/off switches: `on`, `true`, `1`, `yes` and `off`, `false`, `0`, `no` (any case). */
const onOff = z
  .string()
  .regex(/^(on|off|true|false|1|0|yes|no)$/i, 'on or off')
  .transform((value) => /^(on|true|1|yes)$/i.test(value));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

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
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    COOKIE_SECURE: onOff.default(true),
    TRUST_PROXY: onOff.default(false),
    DEMO_ACCOUNTS: onOff.default(true),
    DEMO_DATA: onOff.default(true),
    DEMO_SIZE: z.coerce.number().int().min(500).max(100_000).default(2_000),
    DEMO_SEED: z.string().min(1).default('antenne'),
    OIDC_ISSUER: optionalText.pipe(
      z.url('an https URL such as https://login.example.nl').optional(),
    ),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_REDIRECT_URI: optionalText.pipe(
      z.url('the full callback URL, e.g. https://antenne.example.nl/auth/oidc/callback').optional(),
    ),
    OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
    OIDC_ROLE_MAP: z.string().default(''),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(15),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(15),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(50).max(100_000).default(1_500),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(10_000_000).default(20_000),
    GRAPHQL_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
    ERASURE_LEDGER_SECRET: optionalText.pipe(
      z.string().min(32, 'at least 32 characters of random text').optional(),
    ),
    // The defaults equal `analysisDefaults` in services/analysisService.ts (a test checks it).
    TIE_HALF_LIFE_MONTHS: z.coerce
      .number({ error: 'a number of months' })
      .positive('more than 0 months')
      .max(1200, 'at most 1200 months')
      .default(12),
    ANTENNA_MIN_WEIGHT: z.coerce
      .number({ error: 'a tie weight' })
      .min(0, 'a tie weight from 0 to 5')
      .max(5, 'a tie weight from 0 to 5')
      .default(1),
    RETENTION_INTERVAL_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60)
      .default(24 * 60),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER) {
      for (const name of ['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const) {
        if (!env[name]) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: 'is required when OIDC_ISSUER is set',
          });
        }
      }
    }
    if (parseRoleMap(env.OIDC_ROLE_MAP) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ROLE_MAP'],
        message: 'a JSON object {"group":"ROLE"} or group=ROLE,group=ROLE',
      });
    }
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

/** Single sign-on with OpenID Connect; null when OIDC_ISSUER is not set. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  /** The claim (in the ID token or from userinfo) that lists the user's groups. */
  roleClaim: string;
  /** Provider group → Antenne role names (validated against the roles where they are used). */
  roleMap: Record<string, string[]>;
}

/** Accounts, sessions and sign-in. */
export interface AuthConfig {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  demoAccounts: boolean;
  oidc: OidcConfig | null;
}

/** Limits on every GraphQL request (graphql-armor) and what production switches off. */
export interface GraphqlConfig {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Mutations one session (or, signed out, one client address) may send per minute. */
  mutationsPerMinute: number;
  /** Introspection and GraphiQL: on only outside production. */
  introspection: boolean;
}

/** Residents' rights and retention. */
export interface PrivacyConfig {
  /** Salt of the erasure ledger's hashes; unset: a random secret stored in the database. */
  erasureLedgerSecret: string | undefined;
  /** Minutes between retention runs in the server; 0: never (run the CLI from cron instead). */
  retentionIntervalMinutes: number;
}

/** The municipality's questions (antennae, coverage, connectors, suggestions, analysis runs). */
export interface AnalysisConfig {
  /** A tie without contact for this many months counts half (TIE_HALF_LIFE_MONTHS). */
  tieHalfLifeMonths: number;
  /** Ties weaker than this, after fading, are not followed by the questions (ANTENNA_MIN_WEIGHT). */
  minWeight: number;
}

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
  auth: AuthConfig;
  /** The demo municipality `pnpm start` loads into an empty database (DEMO_DATA=off to skip). */
  demoData: { enabled: boolean; size: number; seed: string };
  graphql: GraphqlConfig;
  privacy: PrivacyConfig;
  analysis: AnalysisConfig;
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
          value === undefined ? '' : ` (got '${/PASSWORD|SECRET/.test(name) ? '***' : value}')`;
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
    auth: {
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
      cookieSecure: env.COOKIE_SECURE,
      trustProxy: env.TRUST_PROXY,
      demoAccounts: env.DEMO_ACCOUNTS,
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_REDIRECT_URI
          ? {
              issuer: env.OIDC_ISSUER,
              clientId: env.OIDC_CLIENT_ID,
              clientSecret: env.OIDC_CLIENT_SECRET,
              redirectUri: env.OIDC_REDIRECT_URI,
              roleClaim: env.OIDC_ROLE_CLAIM,
              roleMap: parseRoleMap(env.OIDC_ROLE_MAP) ?? {},
            }
          : null,
    },
    demoData: { enabled: env.DEMO_DATA, size: env.DEMO_SIZE, seed: env.DEMO_SEED },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
      mutationsPerMinute: env.GRAPHQL_MUTATIONS_PER_MINUTE,
      introspection: env.NODE_ENV !== 'production',
    },
    privacy: {
      erasureLedgerSecret: env.ERASURE_LEDGER_SECRET,
      retentionIntervalMinutes: env.RETENTION_INTERVAL_MINUTES,
    },
    analysis: {
      tieHalfLifeMonths: env.TIE_HALF_LIFE_MONTHS,
      minWeight: env.ANTENNA_MIN_WEIGHT,
    },
  };
}

/**
 * OIDC_ROLE_MAP: `{"antenne-fg":"PRIVACY_OFFICER","antenne-beheer":["ADMIN"]}` or
 * `antenne-fg=PRIVACY_OFFICER,antenne-beheer=ADMIN` (a group may repeat to give several roles).
 * Undefined when the text is neither.
 */
export function parseRoleMap(text: string): Record<string, string[]> | undefined {
  const trimmed = text.trim();
  const map: Record<string, string[]> = {};
  const add = (group: string, role: string) => {
    map[group] = [...(map[group] ?? []), role.trim().toUpperCase()];
  };
  if (trimmed === '') return map;
  if (trimmed.startsWith('{')) {
    const parsed = z
      .record(z.string(), z.union([z.string(), z.array(z.string())]))
      .safeParse(safeJson(trimmed));
    if (!parsed.success) return undefined;
    for (const [group, roles] of Object.entries(parsed.data)) {
      for (const role of Array.isArray(roles) ? roles : [roles]) add(group, role);
    }
    return map;
  }
  for (const pair of trimmed.split(',')) {
    const [group, role, ...rest] = pair.split('=');
    if (!group?.trim() || !role?.trim() || rest.length > 0) return undefined;
    add(group.trim(), role);
  }
  return map;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
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
