import { decodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../auth/cookies.js';
import type { Role } from '../auth/roles.js';
import { startSession } from '../auth/sessionService.js';
import { createFixtureAccount, fixturePassword } from '../test/accountFixtures.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../test/testApp.js';
import { type AccessRow, mutationAccess, queryAccess, type Targets } from './accessMatrixTable.js';
import { schema } from './index.js';

/**
 * Every Query and Mutation field × every role (and anonymous) × a target inside and outside the
 * account's area, against real data, with the expected allow or deny (docs/privacy.md §7).
 */
const roles = ['OFFICIAL', 'AREA_BROKER', 'MANAGEMENT', 'PRIVACY_OFFICER', 'ADMIN'] as const;
type Caller = (typeof roles)[number] | 'anonymous';
const callers: Caller[] = ['anonymous', ...roles];
const areaScoped = new Set<Caller>(['OFFICIAL', 'AREA_BROKER']);
type Side = 'inside' | 'outside';

const fieldsOf = (typeName: 'Query' | 'Mutation'): string[] => {
  const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
  if (!type) throw new Error(`${typeName} is missing`);
  return Object.keys(type.getFields()).sort();
};

describe('access matrix: every query and mutation × role × area', () => {
  let app: TestApp;
  const targets = {} as Record<Side, Targets>;
  const areaUuid = {} as Record<Side, string>;
  const cookies = new Map<Caller, string>();
  const accounts = new Map<Caller, string>();
  /** Names of each side's stakeholders: none of the outside side may reach an area-scoped account. */
  const names: Record<Side, string[]> = { inside: [], outside: [] };

  const ok = <T>(result: GraphQLResponse<T>, what: string): T => {
    if (result.errors || !result.data) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  async function makeSide(side: Side): Promise<void> {
    const marker = side === 'inside' ? 'Binnenmatrix' : 'Buitenmatrix';
    const unique = Math.random().toString(36).slice(2, 8);
    const area = ok(
      await app.gql<{ createArea: { id: string } }>(
        'mutation ($i: CreateAreaInput!) { createArea(input: $i) { id } }',
        { i: { name: `${marker} ${unique}`, level: 'KERN' } },
      ),
      'area',
    ).createArea.id;
    areaUuid[side] = decodeGlobalID(area).id;
    const theme = ok(
      await app.gql<{ createTheme: { id: string } }>(
        'mutation ($n: String!) { createTheme(input: { name: $n }) { id } }',
        { n: `${marker} thema ${unique}` },
      ),
      'theme',
    ).createTheme.id;
    const link = async (type: string, fromId: string, toId: string) =>
      ok(
        await app.gql<{ createLink: { link: { id: string } } }>(
          'mutation ($i: CreateLinkInput!) { createLink(input: $i) { link { id } } }',
          { i: { type, fromId, toId } },
        ),
        `link ${type}`,
      ).createLink.link.id;
    let count = 0;
    const fresh = async (
      kind: 'Person' | 'Organization' | 'Initiative' | 'Contact' | 'Link',
    ): Promise<string> => {
      count += 1;
      const name = `${marker} ${kind} ${unique} ${count}`;
      names[side].push(name);
      if (kind === 'Person') {
        const id = ok(
          await app.gql<{ createPerson: { id: string } }>(
            'mutation ($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
            {
              i: {
                name,
                legalBasis: 'PUBLIC_TASK',
                legalReference: 'Gemeentewet art. 160',
                purpose: 'Matrix test',
                retainUntil: '2099-01-01',
              },
            },
          ),
          'person',
        ).createPerson.id;
        await link('LIVES_IN', id, area);
        return id;
      }
      if (kind === 'Organization') {
        const id = ok(
          await app.gql<{ createOrganization: { id: string } }>(
            'mutation ($n: String!) { createOrganization(input: { name: $n, kind: ASSOCIATION }) { id } }',
            { n: name },
          ),
          'organization',
        ).createOrganization.id;
        await link('LOCATED_IN', id, area);
        return id;
      }
      if (kind === 'Initiative') {
        const id = ok(
          await app.gql<{ createInitiative: { id: string } }>(
            'mutation ($t: String!) { createInitiative(input: { title: $t, receivedAt: "2025-01-01" }) { id } }',
            { t: name },
          ),
          'initiative',
        ).createInitiative.id;
        await link('LOCATED_IN', id, area);
        return id;
      }
      const person: string = await fresh('Person');
      if (kind === 'Link') return link('MEMBER_OF', person, await fresh('Organization'));
      return ok(
        await app.gql<{ recordContact: { id: string } }>(
          'mutation ($i: RecordContactInput!) { recordContact(input: $i) { id } }',
          { i: { date: '2025-02-01', channel: 'VISIT', note: name, participantIds: [person] } },
        ),
        'contact',
      ).recordContact.id;
    };
    const person = await fresh('Person');
    const organization = await fresh('Organization');
    const initiative = await fresh('Initiative');
    const membership = await link('MEMBER_OF', person, organization);
    await link('PARTICIPATES_IN', person, initiative);
    await link('ACTIVE_IN', initiative, theme);
    const contact = ok(
      await app.gql<{ recordContact: { id: string } }>(
        'mutation ($i: RecordContactInput!) { recordContact(input: $i) { id } }',
        {
          i: {
            date: '2025-02-01',
            channel: 'VISIT',
            note: `${marker} contact ${unique}`,
            participantIds: [person, organization],
            initiativeId: initiative,
          },
        },
      ),
      'contact',
    ).recordContact.id;
    names[side].push(`${marker} contact ${unique}`);
    const signInAccount = await createFixtureAccount(app.db, { roles: ['OFFICIAL'] });
    targets[side] = {
      person,
      organization,
      initiative,
      link: membership,
      contact,
      area,
      theme,
      marker,
      signInAccount: { username: signInAccount.username, password: fixturePassword },
      fresh,
    };
  }

  async function sessionFor(caller: Caller, fresh: boolean): Promise<string | null> {
    if (caller === 'anonymous') return null;
    if (!fresh) return cookies.get(caller) ?? null;
    // A throwaway account of the same role: signOutEverywhere ends all of an account's sessions.
    const account = await createFixtureAccount(app.db, {
      roles: [caller as Role],
      areaIds: [areaUuid.inside],
    });
    return sessionOf(account.id);
  }

  async function sessionOf(accountId: string): Promise<string> {
    const auth = app.services.auth;
    if (!auth) throw new Error('the test app has auth services');
    const { token } = await startSession(app.db, auth.lifetime, {
      accountId,
      now: auth.clock(),
      userAgent: null,
      replacesTokenHash: null,
    });
    return `${sessionCookieName}=${token}`;
  }

  beforeAll(async () => {
    app = await createTestApp();
    await makeSide('inside');
    await makeSide('outside');
    // A tie across the border: the inside person knows the outside person.
    ok(
      await app.gql('mutation ($i: CreateLinkInput!) { createLink(input: $i) { link { id } } }', {
        i: {
          type: 'KNOWS',
          fromId: targets.inside.person,
          toId: targets.outside.person,
          strength: 4,
        },
      }),
      'cross link',
    );
    for (const role of roles) {
      const account = await createFixtureAccount(app.db, {
        roles: [role],
        areaIds: [areaUuid.inside],
      });
      accounts.set(role, account.id);
      cookies.set(role, await sessionOf(account.id));
    }
  }, 300_000);
  afterAll(() => app.close());

  it('has a row for every Query and Mutation field of the schema, and none for a field that is gone', () => {
    expect(Object.keys(queryAccess).sort()).toEqual(fieldsOf('Query'));
    expect(Object.keys(mutationAccess).sort()).toEqual(fieldsOf('Mutation'));
  });

  const expected = (row: AccessRow, caller: Caller, side: Side): string => {
    if (row.allowed === 'everyone') return 'allow';
    if (caller === 'anonymous') return 'UNAUTHENTICATED';
    if (!row.allowed.includes(caller)) return 'FORBIDDEN';
    if (side === 'outside' && areaScoped.has(caller) && row.outside) return row.outside;
    return 'allow';
  };

  const authCodes = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

  async function check(kind: string, field: string, row: AccessRow, caller: Caller, side: Side) {
    const operation = await row.request(targets[side]);
    const cookie = await sessionFor(caller, row.freshSession === true);
    const result = await app.gqlAs<Record<string, unknown>>(
      cookie,
      operation.query,
      operation.variables,
      {
        clientAddress: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
      },
    );
    const want = expected(row, caller, side);
    const codes = (result.errors ?? []).map((error) =>
      String(error.extensions?.code ?? 'INTERNAL'),
    );
    const where = `${kind}.${field} as ${caller} (${side}): got ${JSON.stringify(result.errors ?? 'no errors')}`;
    if (want === 'allow' || want === 'hidden') {
      expect(
        codes.filter((code) => authCodes.has(code) || code === 'INTERNAL'),
        where,
      ).toEqual([]);
    } else if (want === 'null') {
      expect(codes, where).toEqual([]);
      const value = result.data?.[field];
      const values = Array.isArray(value) ? value : [value];
      expect(
        values.every((item) => item === null),
        where,
      ).toBe(true);
    } else {
      expect(codes, where).toContain(want);
      expect(
        codes.filter((code) => code !== want),
        where,
      ).toEqual([]);
    }
    if (areaScoped.has(caller)) {
      const text = JSON.stringify(result.data ?? null);
      for (const name of names.outside) expect(text, `${where}: leaks ${name}`).not.toContain(name);
    }
  }

  for (const [kind, table] of [
    ['Query', queryAccess],
    ['Mutation', mutationAccess],
  ] as const) {
    for (const [field, row] of Object.entries(table)) {
      it(`${kind}.${field}`, async () => {
        for (const caller of callers) {
          await check(kind, field, row, caller, 'inside');
          if (row.outside) await check(kind, field, row, caller, 'outside');
        }
      }, 120_000);
    }
  }

  it('refuses to place a stakeholder in an area outside the account’s areas (FORBIDDEN), and allows its own', async () => {
    const official = cookies.get('OFFICIAL') ?? null;
    const created = await app.gqlAs<{ createPerson: { id: string } }>(
      official,
      'mutation ($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
      {
        i: {
          name: 'Binnenmatrix Ongeplaatst',
          legalBasis: 'PUBLIC_TASK',
          legalReference: 'Gemeentewet art. 160',
          purpose: 'Matrix test',
          retainUntil: '2099-01-01',
        },
      },
    );
    const id = created.data?.createPerson.id ?? '';
    expect(created.errors).toBeUndefined();
    // Unplaced, the person is visible to the account that recorded them, and to no other official.
    const seen = await app.gqlAs<{ node: { id: string } | null }>(
      official,
      'query ($id: ID!) { node(id: $id) { id } }',
      { id },
    );
    expect(seen.data?.node?.id).toBe(id);
    // The view is audited with the person's id only.
    const viewed = await app.db.read('test.personViewed', (tx) =>
      tx.run<{ actorId: string; details: string }>(
        `MATCH (e:AuditEntry {action: 'person.viewed', subjectId: $id})
         RETURN e.actorId AS actorId, e.details AS details`,
        { id: decodeGlobalID(id).id },
      ),
    );
    expect(viewed).toEqual([{ actorId: accounts.get('OFFICIAL'), details: '{}' }]);
    const other = await sessionFor('OFFICIAL', true);
    const unseen = await app.gqlAs<{ node: { id: string } | null }>(
      other,
      'query ($id: ID!) { node(id: $id) { id } }',
      { id },
    );
    expect(unseen.data?.node).toBeNull();
    const place = (areaId: string) =>
      app.gqlAs(
        official,
        'mutation ($i: CreateLinkInput!) { createLink(input: $i) { link { id } } }',
        {
          i: { type: 'LIVES_IN', fromId: id, toId: areaId },
        },
      );
    const outside = await place(targets.outside.area);
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(outside.errors?.[0]?.message).toMatch(/your own areas/);
    expect((await place(targets.inside.area)).errors).toBeUndefined();
  });

  it('shows an area-scoped account a person’s links and contacts only where every stakeholder end is in scope', async () => {
    const official = cookies.get('OFFICIAL') ?? null;
    const result = await app.gqlAs<{
      node: { links: { to: { id: string } }[]; knows: { to: { id: string } }[] };
    }>(
      official,
      'query ($id: ID!) { node(id: $id) { ... on Person { links { to { ... on Node { id } } } knows { to { ... on Node { id } } } } } }',
      { id: targets.inside.person },
    );
    expect(result.errors).toBeUndefined();
    const ends = JSON.stringify(result.data);
    expect(ends).not.toContain(targets.outside.person);
    const officer = await app.gqlAs<{ node: { knows: { to: { id: string } }[] } }>(
      cookies.get('PRIVACY_OFFICER') ?? null,
      'query ($id: ID!) { node(id: $id) { ... on Person { knows { to { ... on Node { id } } } } } }',
      { id: targets.inside.person },
    );
    expect(officer.data?.node.knows.map((link) => link.to.id)).toContain(targets.outside.person);
  });

  it('gives anonymous callers UNAUTHENTICATED and other roles FORBIDDEN for a register type reached through node', async () => {
    const anonymous = await app.gqlAs(null, 'query ($id: ID!) { node(id: $id) { id } }', {
      id: targets.inside.person,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const management = await app.gqlAs(
      cookies.get('MANAGEMENT') ?? null,
      'query ($id: ID!) { node(id: $id) { id } }',
      {
        id: targets.inside.person,
      },
    );
    expect(management.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
