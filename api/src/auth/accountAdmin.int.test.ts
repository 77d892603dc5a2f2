import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFixtureAccount,
  type FixtureAccount,
  signInAs,
  uniqueUsername,
} from '../test/accountFixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

const CREATE = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { id username displayName roles areaIds disabled authMethod }
}`;
const SET_ROLES = `mutation ($id: ID!, $roles: [Role!]!, $areaIds: [String!]) {
  setAccountRoles(accountId: $id, roles: $roles, areaIds: $areaIds) { id roles areaIds }
}`;
const DISABLE = 'mutation ($id: ID!) { disableAccount(accountId: $id) { id disabled } }';
const ACCOUNTS = '{ accounts { id username } }';

describe('account administration', () => {
  let app: TestApp;
  let admin: FixtureAccount;
  let adminCookie: string;
  let officialCookie: string;
  beforeAll(async () => {
    app = await createTestApp();
    admin = await createFixtureAccount(app.db, { roles: ['ADMIN'] });
    adminCookie = await signInAs(app, admin);
    officialCookie = await signInAs(
      app,
      await createFixtureAccount(app.db, { roles: ['OFFICIAL', 'AREA_BROKER'] }),
    );
  });
  afterAll(() => app.close());

  it('lets an admin create an account that can then sign in, and audits it', async () => {
    const username = uniqueUsername('Wijk');
    const result = await app.gqlAs<{ createAccount: { id: string; roles: string[] } }>(
      adminCookie,
      CREATE,
      {
        input: {
          username,
          displayName: 'Wijkconsulent Lievelde',
          password: 'a sufficiently long one',
          roles: ['OFFICIAL'],
          areaIds: ['area-lievelde'],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createAccount).toMatchObject({
      username,
      roles: ['OFFICIAL'],
      areaIds: ['area-lievelde'],
      disabled: false,
      authMethod: 'password',
    });
    const id = result.data?.createAccount.id ?? '';
    await signInAs(app, { username: username.toLowerCase(), password: 'a sufficiently long one' });
    const audit = await app.db.read('test.audit', (tx) =>
      tx.run<{ actorId: string }>(
        "MATCH (e:AuditEntry {action: 'account.created', subjectId: $id}) RETURN e.actorId AS actorId",
        { id },
      ),
    );
    expect(audit).toEqual([{ actorId: admin.id }]);
  });

  it('refuses a weak password, the username as password, and a username taken in another case', async () => {
    const username = uniqueUsername('dup');
    const base = { username, displayName: 'X', roles: ['OFFICIAL'] };
    const short = await app.gqlAs(adminCookie, CREATE, {
      input: { ...base, password: 'too short' },
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'password' });
    const same = await app.gqlAs(adminCookie, CREATE, {
      input: { ...base, password: `${username}` },
    });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'password' });
    const ok = await app.gqlAs(adminCookie, CREATE, {
      input: { ...base, password: 'long enough password' },
    });
    expect(ok.errors).toBeUndefined();
    const again = await app.gqlAs(adminCookie, CREATE, {
      input: { ...base, username: username.toUpperCase(), password: 'long enough password' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('changes roles and areas with effect on the next request', async () => {
    const target = await createFixtureAccount(app.db, { roles: ['OFFICIAL'], areaIds: ['a1'] });
    const targetCookie = await signInAs(app, target);
    const changed = await app.gqlAs<{ setAccountRoles: { roles: string[]; areaIds: string[] } }>(
      adminCookie,
      SET_ROLES,
      { id: target.id, roles: ['MANAGEMENT', 'OFFICIAL'] },
    );
    expect(changed.data?.setAccountRoles).toEqual({
      id: target.id,
      roles: ['OFFICIAL', 'MANAGEMENT'],
      areaIds: ['a1'],
    });
    const me = await app.gqlAs<{ me: { roles: string[] } }>(targetCookie, '{ me { roles } }');
    expect(me.data?.me.roles).toEqual(['OFFICIAL', 'MANAGEMENT']);
    const areas = await app.gqlAs<{ setAccountRoles: { areaIds: string[] } }>(
      adminCookie,
      SET_ROLES,
      {
        id: target.id,
        roles: ['OFFICIAL'],
        areaIds: ['a2', 'a3'],
      },
    );
    expect(areas.data?.setAccountRoles.areaIds).toEqual(['a2', 'a3']);
  });

  it('disabling an account ends its sessions at once', async () => {
    const target = await createFixtureAccount(app.db);
    const targetCookie = await signInAs(app, target);
    const result = await app.gqlAs<{ disableAccount: { disabled: boolean } }>(
      adminCookie,
      DISABLE,
      { id: target.id },
    );
    expect(result.data?.disableAccount.disabled).toBe(true);
    const me = await app.gqlAs<{ me: null }>(targetCookie, '{ me { id } }');
    expect(me.data?.me).toBeNull();
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    const result = await app.gqlAs(adminCookie, DISABLE, { id: 'no-such-account' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists accounts for admins only', async () => {
    const listed = await app.gqlAs<{ accounts: { id: string }[] }>(adminCookie, ACCOUNTS);
    expect(listed.data?.accounts.map((a) => a.id)).toContain(admin.id);
  });

  const adminOperations: [string, string, Record<string, unknown>][] = [
    ['accounts', ACCOUNTS, {}],
    [
      'createAccount',
      CREATE,
      {
        input: {
          username: 'never-made',
          displayName: 'X',
          password: 'long enough password',
          roles: ['ADMIN'],
        },
      },
    ],
    ['setAccountRoles', SET_ROLES, { id: 'any', roles: ['ADMIN'] }],
    ['disableAccount', DISABLE, { id: 'any' }],
  ];

  it.each(adminOperations)(
    'refuses %s to a non-admin with FORBIDDEN',
    async (_name, query, variables) => {
      const result = await app.gqlAs(officialCookie, query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );

  it.each(adminOperations)(
    'refuses %s to anonymous viewers with UNAUTHENTICATED',
    async (_name, query, variables) => {
      const result = await app.gqlAs(null, query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );
});
