import type { AuditEntry, ChainVerdict } from '../audit/auditChain.js';
import { auditChainStatus, auditCursor, auditTrail } from '../audit/auditTrailService.js';
import type { Account } from '../auth/account.js';
import {
  accounts,
  createAccount,
  currentAccount,
  disableAccount,
  setAccountRoles,
} from '../auth/accountService.js';
import { type Role, roles } from '../auth/roles.js';
import { signIn, signOut, signOutEverywhere } from '../auth/signInService.js';
import { ValidationError } from '../domain/errors.js';
import { builder } from './builder.js';

const roleDescriptions: Record<Role, string> = {
  OFFICIAL:
    'An official (ambtenaar, wijkconsulent, buitendienst): works with the network of their own areas.',
  AREA_BROKER: 'An area broker (gebiedsmakelaar): their own areas, plus the initiatives there.',
  MANAGEMENT: 'Management (MT, wethouder): aggregate coverage only, never individual people.',
  PRIVACY_OFFICER: 'The privacy officer (FG): the register, the audit trail and residents’ rights.',
  ADMIN: 'An administrator: manages accounts.',
};

export const RoleRef = builder.enumType('Role', {
  description: 'What an account may do in Antenne (see docs/privacy.md).',
  values: Object.fromEntries(
    roles.map((role) => [role, { description: roleDescriptions[role] }]),
  ) as Record<Role, { description: string }>,
});

const AuthMethodRef = builder.enumType('AuthMethod', {
  description: 'How an account signs in.',
  values: {
    password: { description: 'A local username and password.' },
    oidc: { description: 'Single sign-on with the municipality’s identity provider.' },
  },
});

export const AccountRef = builder.objectRef<Account>('Account').implement({
  description: 'Someone who can sign in to Antenne: a municipal employee, never a resident.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The account id.' }),
    username: t.exposeString('username', {
      description: 'The sign-in name (unique, case-insensitive).',
    }),
    displayName: t.exposeString('displayName', { description: 'The name shown in the app.' }),
    roles: t.field({
      type: [RoleRef],
      description: 'The roles the account holds.',
      resolve: (account) => account.roles,
    }),
    areaIds: t.exposeStringList('areaIds', {
      description:
        'The ids of the areas the account covers (the scope of officials and area brokers).',
    }),
    personId: t.exposeString('personId', {
      nullable: true,
      description: 'The id of the Official person in the register this account is, when linked.',
    }),
    disabled: t.exposeBoolean('disabled', {
      description: 'A disabled account cannot sign in and has no sessions.',
    }),
    authMethod: t.field({
      type: AuthMethodRef,
      description: 'How the account signs in.',
      resolve: (account) => account.authMethod,
    }),
    createdAt: t.exposeString('createdAt', {
      description: 'When the account was made (ISO-8601).',
    }),
  }),
});

const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
  description:
    'One line of the append-only, hash-chained audit trail. It holds ids only, no personal data about residents.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: 'The position in the chain, from 1, without gaps.' }),
    at: t.exposeString('at', { description: 'When it happened (ISO-8601, UTC).' }),
    actorId: t.exposeString('actorId', {
      nullable: true,
      description: 'The account that acted; null for an anonymous attempt.',
    }),
    action: t.exposeString('action', {
      description: 'What was done, e.g. `auth.sign_in`, `account.created`.',
    }),
    result: t.exposeString('result', {
      description: '`success`, `failure`, `denied` or `rate_limited`.',
    }),
    subjectType: t.exposeString('subjectType', {
      nullable: true,
      description: 'The kind of thing acted on (`Account`, `Person`, …).',
    }),
    subjectId: t.exposeString('subjectId', {
      nullable: true,
      description: 'The id of the thing acted on.',
    }),
    clientAddress: t.exposeString('clientAddress', {
      nullable: true,
      description: 'The network address the request came from.',
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The request id, to find the matching server log line.',
    }),
    details: t.exposeString('details', {
      description: 'Further ids and codes, as a JSON object.',
    }),
    prevHash: t.exposeString('prevHash', {
      description: 'The hash of the entry before (SHA-256, hex).',
    }),
    hash: t.exposeString('hash', { description: 'The hash over this entry and `prevHash`.' }),
  }),
});

const AuditChainStatusRef = builder.objectRef<ChainVerdict>('AuditChainStatus').implement({
  description: 'Whether the audit trail is intact: every entry unchanged, none removed.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'True when every hash and link checks out.' }),
    entries: t.exposeInt('entries', { description: 'How many entries were checked.' }),
    brokenAtSeq: t.int({
      nullable: true,
      description: 'The first entry where the chain breaks, when it does.',
      resolve: (verdict) => (verdict.valid ? null : verdict.seq),
    }),
    problem: t.string({
      nullable: true,
      description: 'What is wrong there, when something is.',
      resolve: (verdict) => (verdict.valid ? null : verdict.message),
    }),
  }),
});

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  description: 'A new local account.',
  fields: (t) => ({
    username: t.string({
      required: true,
      description: '3–64 letters, digits or . _ @ -; unique regardless of case.',
    }),
    displayName: t.string({ required: true, description: 'The name shown in the app.' }),
    password: t.string({
      required: true,
      description: 'At least 12 characters, and not the username.',
    }),
    roles: t.field({ type: [RoleRef], required: true, description: 'The roles to give.' }),
    areaIds: t.stringList({
      required: false,
      description: 'The ids of the areas the account covers.',
    }),
    personId: t.string({
      required: false,
      description: 'The id of the Official person in the register this account is.',
    }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: AccountRef,
    nullable: true,
    description: 'The signed-in account, or null when not signed in (or the session expired).',
    resolve: (_root, _args, ctx) => currentAccount(ctx),
  }),
  accounts: t.field({
    authScopes: { admin: true },
    type: [AccountRef],
    description: 'Every account, by username. ADMIN only.',
    resolve: (_root, _args, ctx) => accounts(ctx),
  }),
  auditTrail: t.connection({
    authScopes: { privacyOfficer: true },
    type: AuditEntryRef,
    description:
      'The audit trail, newest first; `after` is the cursor of the last entry seen. PRIVACY_OFFICER only; reading it is audited too.',
    args: {
      subjectId: t.arg.string({
        required: false,
        description: 'Only entries about this id (an account, a person, …).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.last != null || args.before != null) {
        throw new ValidationError('last', 'The audit trail pages forward only (first/after).');
      }
      const page = await auditTrail(ctx, args);
      return {
        edges: page.entries.map((entry) => ({ cursor: auditCursor(entry), node: entry })),
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: args.after != null,
          startCursor: page.entries[0] ? auditCursor(page.entries[0]) : null,
          endCursor: page.entries.at(-1) ? auditCursor(page.entries.at(-1) as AuditEntry) : null,
        },
      };
    },
  }),
  auditChainStatus: t.field({
    authScopes: { privacyOfficer: true },
    type: AuditChainStatusRef,
    description: 'Checks the whole audit chain now. PRIVACY_OFFICER only.',
    resolve: (_root, _args, ctx) => auditChainStatus(ctx),
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: AccountRef,
    description:
      'Signs in with a username and password and sets the session cookie. Fails with UNAUTHENTICATED (one message for every wrong part) or RATE_LIMITED (`extensions.retryAfterSeconds`).',
    args: {
      username: t.arg.string({ required: true, description: 'The username (any case).' }),
      password: t.arg.string({ required: true, description: 'The password.' }),
    },
    resolve: (_root, args, ctx) => signIn(ctx, args.username, args.password),
  }),
  signOut: t.boolean({
    description: 'Ends this session and clears its cookie; false when there was none.',
    resolve: (_root, _args, ctx) => signOut(ctx),
  }),
  signOutEverywhere: t.int({
    description: 'Ends every session of the signed-in account, on every device; returns how many.',
    resolve: (_root, _args, ctx) => signOutEverywhere(ctx),
  }),
  createAccount: t.field({
    authScopes: { admin: true },
    type: AccountRef,
    description: 'Creates a local account. ADMIN only.',
    args: {
      input: t.arg({ type: CreateAccountInput, required: true, description: 'The account.' }),
    },
    resolve: (_root, args, ctx) => createAccount(ctx, args.input),
  }),
  setAccountRoles: t.field({
    authScopes: { admin: true },
    type: AccountRef,
    description:
      'Replaces an account’s roles, and its areas when `areaIds` is given. Takes effect on its next request. ADMIN only.',
    args: {
      accountId: t.arg.id({ required: true, description: 'The account.' }),
      roles: t.arg({ type: [RoleRef], required: true, description: 'The new roles.' }),
      areaIds: t.arg.stringList({
        required: false,
        description: 'The new areas; left out: unchanged.',
      }),
    },
    resolve: (_root, args, ctx) =>
      setAccountRoles(ctx, String(args.accountId), { roles: args.roles, areaIds: args.areaIds }),
  }),
  disableAccount: t.field({
    authScopes: { admin: true },
    type: AccountRef,
    description: 'Disables an account and ends all its sessions at once. ADMIN only.',
    args: { accountId: t.arg.id({ required: true, description: 'The account.' }) },
    resolve: (_root, args, ctx) => disableAccount(ctx, String(args.accountId)),
  }),
}));
