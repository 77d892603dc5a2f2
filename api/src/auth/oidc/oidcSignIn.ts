import { createHash, randomUUID } from 'node:crypto';
import type { Viewer } from '../../app/context.js';
import { auditActions } from '../../audit/auditActions.js';
import { auditInTransaction } from '../../audit/auditService.js';
import type { Database } from '../../neo4j/database.js';
import {
  createAccountNode,
  findAccountByOidcSubject,
  isUsernameTaken,
  updateOidcAccount,
} from '../accountRepository.js';
import type { AuthServices } from '../authServices.js';
import { startSession } from '../sessionService.js';
import type { OidcIdentity } from './oidcClient.js';
import { rolesFromGroups } from './roleMapping.js';

export type OidcSignInResult =
  | { ok: true; accountId: string; token: string }
  | { ok: false; reason: 'no_roles' | 'disabled' };

export interface OidcRequest {
  requestId: string;
  clientAddress: string;
  userAgent: string | null;
  replacesTokenHash: string | null;
}

/** A username for a new SSO account: the provider's, unless a local account already has it. */
async function freeUsername(
  tx: Parameters<typeof isUsernameTaken>[0],
  identity: OidcIdentity,
): Promise<string> {
  const preferred = identity.preferredUsername?.slice(0, 64);
  if (preferred && !(await isUsernameTaken(tx, preferred))) return preferred;
  return `sso-${createHash('sha256').update(identity.subject).digest('hex').slice(0, 12)}`;
}

/**
 * Signs in someone the provider vouched for. The account is found by the provider's subject
 * (never by username, so a provider user can never take over a local account of the same name);
 * it is made on first sign-in and its roles follow the provider's groups every time. Someone
 * with no mapped group gets no session (and an existing account's roles are emptied).
 */
export async function signInWithOidc(
  db: Database,
  auth: AuthServices,
  identity: OidcIdentity,
  request: OidcRequest,
): Promise<OidcSignInResult> {
  const roleMap = auth.config.oidc?.roleMap ?? {};
  const roles = rolesFromGroups(identity.groups, roleMap);
  const now = auth.clock();
  const anonymous: Viewer = { kind: 'anonymous' };
  const auditContext = { ...request, viewer: anonymous, clock: auth.clock };
  const outcome = await db.write('account.oidcSignIn', async (tx) => {
    const existing = await findAccountByOidcSubject(tx, identity.subject);
    const displayName = identity.displayName ?? identity.preferredUsername ?? 'SSO user';
    let refusal: 'no_roles' | 'disabled' | null = null;
    let accountId = existing?.id ?? null;
    if (existing?.disabled) {
      refusal = 'disabled';
    } else if (existing) {
      await updateOidcAccount(tx, existing.id, { displayName, roles }, now);
      if (roles.length === 0) refusal = 'no_roles';
    } else if (roles.length === 0) {
      refusal = 'no_roles';
    } else {
      const created = await createAccountNode(
        tx,
        {
          id: randomUUID(),
          username: await freeUsername(tx, identity),
          displayName,
          roles,
          areaIds: [],
          personId: null,
          passwordHash: null,
          authMethod: 'oidc',
          oidcSubject: identity.subject,
        },
        now,
      );
      accountId = created.id;
      await auditInTransaction(tx, auditContext, auditActions.accountCreated, {
        actorId: created.id,
        subjectType: 'Account',
        subjectId: created.id,
        details: { roles, method: 'oidc' },
      });
    }
    await auditInTransaction(tx, auditContext, auditActions.signInOidc, {
      actorId: refusal ? null : accountId,
      result: refusal ? 'failure' : 'success',
      subjectType: 'Account',
      subjectId: accountId,
      details: refusal ? { reason: refusal, roles } : { roles },
    });
    return { refusal, accountId };
  });
  if (outcome.refusal || outcome.accountId === null) {
    return { ok: false, reason: outcome.refusal ?? 'no_roles' };
  }
  const session = await startSession(db, auth.lifetime, {
    accountId: outcome.accountId,
    now,
    userAgent: request.userAgent,
    replacesTokenHash: request.replacesTokenHash,
  });
  return { ok: true, accountId: outcome.accountId, token: session.token };
}
