import { randomBytes, randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { countAccounts, createAccountNode } from './accountRepository.js';
import { hashPassword } from './passwordHashing.js';
import type { Role } from './roles.js';

export interface DemoCredential {
  role: Role;
  username: string;
  password: string;
}

const demoUsers: { role: Role; username: string; displayName: string }[] = [
  { role: 'OFFICIAL', username: 'demo-official', displayName: 'Demo official' },
  { role: 'AREA_BROKER', username: 'demo-broker', displayName: 'Demo area broker' },
  { role: 'MANAGEMENT', username: 'demo-management', displayName: 'Demo management' },
  { role: 'PRIVACY_OFFICER', username: 'demo-privacy', displayName: 'Demo privacy officer' },
  { role: 'ADMIN', username: 'demo-admin', displayName: 'Demo administrator' },
];

/** 18 random bytes → 24 base64url characters (144 bits), well over the 12-character minimum. */
const randomPassword = () => randomBytes(18).toString('base64url');

/**
 * With DEMO_ACCOUNTS on and no account at all, creates one account per role with a random
 * password and returns the credentials, for the server to print once (they are stored only as
 * Argon2id hashes). Returns [] when there already are accounts. `areaIds` are given to the
 * official and the area broker (e.g. the demo municipality's villages).
 */
export async function ensureDemoAccounts(
  db: Database,
  log: Logger,
  options: { areaIds?: readonly string[]; now?: Date } = {},
): Promise<DemoCredential[]> {
  const exists = await db.read('account.countForDemo', (tx) => countAccounts(tx));
  if (exists > 0) return [];
  const credentials = await createDemoAccounts(db, { ...options, onlyIfNoAccounts: true });
  if (credentials.length > 0) {
    log.info({ accounts: credentials.map((c) => c.username) }, 'demo accounts created');
  }
  return credentials;
}

/**
 * Creates the five demo accounts (`<prefix>official`, `<prefix>broker`, …). With
 * `onlyIfNoAccounts` nothing is created when any account exists by the time of the write, so
 * two processes starting at once create one set.
 */
export async function createDemoAccounts(
  db: Database,
  options: {
    areaIds?: readonly string[];
    now?: Date;
    usernamePrefix?: string;
    onlyIfNoAccounts?: boolean;
  } = {},
): Promise<DemoCredential[]> {
  const prefix = options.usernamePrefix ?? 'demo-';
  const planned = await Promise.all(
    demoUsers.map(async (user) => {
      const password = randomPassword();
      const username = `${prefix}${user.username.replace(/^demo-/, '')}`;
      return {
        ...user,
        username,
        id: randomUUID(),
        password,
        passwordHash: await hashPassword(password),
      };
    }),
  );
  const now = options.now ?? new Date();
  const created = await db
    .write('account.createDemo', async (tx) => {
      if (options.onlyIfNoAccounts && (await countAccounts(tx)) > 0) return false;
      for (const user of planned) {
        const coversAreas = user.role === 'OFFICIAL' || user.role === 'AREA_BROKER';
        await createAccountNode(
          tx,
          {
            id: user.id,
            username: user.username,
            displayName: user.displayName,
            roles: [user.role],
            areaIds: coversAreas ? (options.areaIds ?? []) : [],
            personId: null,
            passwordHash: user.passwordHash,
            authMethod: 'password',
            oidcSubject: null,
          },
          now,
        );
      }
      return true;
    })
    .catch((error: unknown) => {
      // Another process made the demo accounts between our check and our write.
      if (error instanceof Neo4jError && error.code.includes('ConstraintValidationFailed'))
        return false;
      throw error;
    });
  if (!created) return [];
  return planned.map(({ role, username, password }) => ({ role, username, password }));
}

/** The lines to print once at start-up (to the terminal, not to the structured log). */
export function formatDemoCredentials(credentials: readonly DemoCredential[]): string {
  const width = Math.max(...credentials.map((c) => c.username.length));
  return [
    'Demo accounts (shown only now; sign in at / with one of these):',
    ...credentials.map((c) => `  ${c.username.padEnd(width)}  ${c.password}  ${c.role}`),
  ].join('\n');
}
