import type { Account } from '../auth/account.js';
import type { AuthServices } from '../auth/authServices.js';
import type { Clock } from '../auth/clock.js';
import { clearCookie, readCookie, sessionCookieName } from '../auth/cookies.js';
import { queueCookie } from '../auth/responseCookies.js';
import type { Role } from '../auth/roles.js';
import { resolveSession } from '../auth/sessionService.js';
import { type AnalysisConfig, type GraphqlConfig, type PrivacyConfig, parseEnv } from '../env.js';
import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';
import { analysisDefaults } from '../services/analysisService.js';

/**
 * Who is asking: anonymous, or the account behind a valid session cookie. `userId` is the
 * account id; `areaIds` the areas the account covers (phase 2 filters on them).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      roles: readonly Role[];
      areaIds: readonly string[];
      /** The Official person in the register this account is, when linked. */
      personId: string | null;
    };

export interface AppServices {
  db: Database;
  log: Logger;
  version: string;
  /** Sessions, throttling and SSO; the defaults (no SSO, system clock) when left out. */
  auth?: AuthServices;
  /** GraphQL limits; the production defaults of `GRAPHQL_*` (no introspection) when left out. */
  graphql?: GraphqlConfig;
  /** Tie half-life and minimum weight of the analysis; `analysisDefaults` when left out. */
  analysis?: AnalysisConfig;
  /** Erasure-ledger salt and retention; the defaults (salt kept in the database) when left out. */
  privacy?: PrivacyConfig;
}

export interface RequestContext {
  db: Database;
  log: Logger;
  requestId: string;
  viewer: Viewer;
  version: string;
  /** The client's address, for sign-in throttling and the audit trail. */
  clientAddress: string;
  userAgent: string | null;
  clock: Clock;
  auth: AuthServices;
  /** The hash of the session token the viewer came with (null when anonymous). */
  sessionTokenHash: string | null;
  /** Adds a `Set-Cookie` header to this request's response. */
  setCookie(value: string): void;
  /** Tie half-life and minimum weight of the analysis (TIE_HALF_LIFE_MONTHS, ANTENNA_MIN_WEIGHT). */
  analysis: AnalysisConfig;
  /** Erasure-ledger salt and retention (ERASURE_LEDGER_SECRET, RETENTION_INTERVAL_MINUTES). */
  privacy: PrivacyConfig;
}

export const viewerOf = (account: Account): Viewer => ({
  kind: 'user',
  userId: account.id,
  username: account.username,
  displayName: account.displayName,
  roles: account.roles,
  areaIds: account.areaIds,
  personId: account.personId,
});

/**
 * Builds the context of one GraphQL request: the viewer comes from the session cookie. A cookie
 * whose session is gone or expired is cleared; when the database cannot be asked, the request
 * goes on as anonymous (it can then do nothing that needs an account).
 */
export async function createRequestContext(
  services: AppServices & { auth: AuthServices },
  request: Request,
  requestId: string,
  clientAddress: string,
): Promise<RequestContext> {
  const log = services.log.child({ requestId });
  const { auth } = services;
  const setCookie = (value: string) => queueCookie(request, value);
  let viewer: Viewer = { kind: 'anonymous' };
  let sessionTokenHash: string | null = null;
  const token = readCookie(request.headers.get('cookie'), sessionCookieName);
  if (token) {
    try {
      const session = await resolveSession(services.db, auth.lifetime, token, auth.clock());
      if (session) {
        viewer = viewerOf(session.account);
        sessionTokenHash = session.tokenHash;
      } else {
        setCookie(clearCookie(sessionCookieName, { secure: auth.config.cookieSecure }));
      }
    } catch (error) {
      log.warn({ err: error }, 'could not check the session; treating the request as anonymous');
    }
  }
  return {
    db: services.db,
    log,
    requestId,
    viewer,
    version: services.version,
    clientAddress,
    userAgent: request.headers.get('user-agent'),
    clock: auth.clock,
    auth,
    sessionTokenHash,
    setCookie,
    analysis: services.analysis ?? analysisDefaults,
    privacy: services.privacy ?? parseEnv({}).privacy,
  };
}
