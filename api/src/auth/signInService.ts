import { type RequestContext, viewerOf } from '../app/context.js';
import { auditActions } from '../audit/auditActions.js';
import { audit } from '../audit/auditService.js';
import { RateLimitedError, UnauthenticatedError } from '../domain/errors.js';
import { type Account, usernameKey } from './account.js';
import { findAccountForSignIn } from './accountRepository.js';
import { requireSignedIn } from './authorization.js';
import { verifyAgainstDecoy, verifyPassword } from './passwordHashing.js';
import { maximumPasswordLength } from './passwordPolicy.js';
import { clearSessionCookie, setSessionCookie } from './sessionCookie.js';
import { endAllSessions, endSession, startSession } from './sessionService.js';

/** One message for every failed sign-in, so the answer never tells which part was wrong. */
export const signInFailedMessage = 'Unknown username or wrong password.';

type FailureReason = 'unknown_user' | 'no_password' | 'wrong_password' | 'disabled';

/**
 * Signs in with a local account: throttled per account and per address, the password checked
 * with Argon2id (against a decoy hash when there is no such account, so timing tells nothing),
 * a new session token set as the cookie (the old session, if any, ends), every attempt audited.
 */
export async function signIn(
  ctx: RequestContext,
  username: string,
  password: string,
): Promise<Account> {
  const keys = { account: usernameKey(username).slice(0, 256), address: ctx.clientAddress };
  const verdict = ctx.auth.throttle.check(keys);
  if (!verdict.allowed) {
    await audit(ctx, auditActions.signIn, {
      result: 'rate_limited',
      subjectType: 'Account',
      actorId: null,
    });
    throw new RateLimitedError(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)));
  }

  const found =
    password.length <= maximumPasswordLength && username.length <= 256
      ? await findAccountForSignIn(ctx.db, username)
      : null;
  let failure: FailureReason | null = null;
  if (!found || found.passwordHash === null) {
    await verifyAgainstDecoy(password);
    failure = found ? 'no_password' : 'unknown_user';
  } else if (!(await verifyPassword(found.passwordHash, password))) {
    failure = 'wrong_password';
  } else if (found.account.disabled) {
    failure = 'disabled';
  }

  if (failure !== null || !found) {
    ctx.auth.throttle.recordFailure(keys);
    await audit(ctx, auditActions.signIn, {
      result: 'failure',
      subjectType: 'Account',
      subjectId: found?.account.id ?? null,
      actorId: null,
      details: { reason: failure ?? 'unknown_user' },
    });
    throw new UnauthenticatedError(signInFailedMessage);
  }

  const { account } = found;
  ctx.auth.throttle.recordSuccess(keys);
  const session = await startSession(ctx.db, ctx.auth.lifetime, {
    accountId: account.id,
    now: ctx.clock(),
    userAgent: ctx.userAgent,
    replacesTokenHash: ctx.sessionTokenHash,
  });
  setSessionCookie(ctx, session.token);
  ctx.viewer = viewerOf(account);
  ctx.sessionTokenHash = session.tokenHash;
  await audit(ctx, auditActions.signIn, {
    subjectType: 'Account',
    subjectId: account.id,
    details: { method: 'password' },
  });
  return account;
}

/** Ends this browser's session (if any) and clears its cookie. */
export async function signOut(ctx: RequestContext): Promise<boolean> {
  clearSessionCookie(ctx);
  const { sessionTokenHash, viewer } = ctx;
  if (sessionTokenHash === null || viewer.kind !== 'user') return false;
  await endSession(ctx.db, sessionTokenHash);
  await audit(ctx, auditActions.signOut, { subjectType: 'Account', subjectId: viewer.userId });
  ctx.viewer = { kind: 'anonymous' };
  ctx.sessionTokenHash = null;
  return true;
}

/** Ends every session of the viewer's account, on every device; returns how many ended. */
export async function signOutEverywhere(ctx: RequestContext): Promise<number> {
  const viewer = requireSignedIn(ctx.viewer);
  const ended = await endAllSessions(ctx.db, viewer.userId);
  clearSessionCookie(ctx);
  await audit(ctx, auditActions.signOutEverywhere, {
    subjectType: 'Account',
    subjectId: viewer.userId,
    details: { sessions: ended },
  });
  ctx.viewer = { kind: 'anonymous' };
  ctx.sessionTokenHash = null;
  return ended;
}
