import { randomUUID } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { RequestContext } from '../app/context.js';
import { auditActions } from '../audit/auditActions.js';
import { auditInTransaction } from '../audit/auditService.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import type { Account } from './account.js';
import { parseAccountRoles, parseNewAccount } from './accountInput.js';
import {
  createAccountNode,
  findAccountById,
  isUsernameTaken,
  listAccounts,
  markAccountDisabled,
  updateAccountRoles,
} from './accountRepository.js';
import { requireRole } from './authorization.js';
import { hashPassword } from './passwordHashing.js';
import { assertPasswordAcceptable } from './passwordPolicy.js';
import { deleteSessionsOfAccount } from './sessionRepository.js';

const usernameTaken = () => new ConflictError('That username is already taken.');

const isConstraintViolation = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** ADMIN: a new local account with a password that meets the policy. */
export async function createAccount(ctx: RequestContext, input: unknown): Promise<Account> {
  requireRole(ctx.viewer, 'ADMIN');
  const fields = parseNewAccount(input);
  assertPasswordAcceptable(fields.username, fields.password);
  const passwordHash = await hashPassword(fields.password);
  const id = randomUUID();
  const now = ctx.clock();
  try {
    return await ctx.db.write('account.create', async (tx) => {
      if (await isUsernameTaken(tx, fields.username)) throw usernameTaken();
      const account = await createAccountNode(
        tx,
        {
          id,
          username: fields.username,
          displayName: fields.displayName,
          roles: fields.roles,
          areaIds: fields.areaIds,
          personId: fields.personId,
          passwordHash,
          authMethod: 'password',
          oidcSubject: null,
        },
        now,
      );
      await auditInTransaction(tx, ctx, auditActions.accountCreated, {
        subjectType: 'Account',
        subjectId: id,
        details: { roles: account.roles, areaIds: account.areaIds, personId: account.personId },
      });
      return account;
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw usernameTaken();
    throw error;
  }
}

/** ADMIN: replaces an account's roles (and its areas, when given); takes effect at its next request. */
export async function setAccountRoles(
  ctx: RequestContext,
  accountId: string,
  input: unknown,
): Promise<Account> {
  requireRole(ctx.viewer, 'ADMIN');
  const change = parseAccountRoles(input);
  const now = ctx.clock();
  return ctx.db.write('account.setRoles', async (tx) => {
    const account = await updateAccountRoles(tx, accountId, change, now);
    if (!account) throw new NotFoundError('Account', accountId);
    await auditInTransaction(tx, ctx, auditActions.accountRolesChanged, {
      subjectType: 'Account',
      subjectId: accountId,
      details: { roles: account.roles, areaIds: account.areaIds },
    });
    return account;
  });
}

/** ADMIN: the account can no longer sign in, and all its sessions end now. */
export async function disableAccount(ctx: RequestContext, accountId: string): Promise<Account> {
  requireRole(ctx.viewer, 'ADMIN');
  const now = ctx.clock();
  return ctx.db.write('account.disable', async (tx) => {
    const account = await markAccountDisabled(tx, accountId, now);
    if (!account) throw new NotFoundError('Account', accountId);
    const sessions = await deleteSessionsOfAccount(tx, accountId);
    await auditInTransaction(tx, ctx, auditActions.accountDisabled, {
      subjectType: 'Account',
      subjectId: accountId,
      details: { sessionsEnded: sessions },
    });
    return account;
  });
}

/** ADMIN: every account, by username. */
export function accounts(ctx: RequestContext): Promise<Account[]> {
  requireRole(ctx.viewer, 'ADMIN');
  return listAccounts(ctx.db);
}

/** The signed-in viewer's own account, or null when anonymous. */
export function currentAccount(ctx: RequestContext): Promise<Account | null> {
  const { viewer } = ctx;
  if (viewer.kind !== 'user') return Promise.resolve(null);
  return ctx.db.read('account.current', (tx) => findAccountById(tx, viewer.userId));
}
