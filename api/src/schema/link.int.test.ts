import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

const CREATE = `mutation ($input: CreateLinkInput!) {
  createLink(input: $input) { created link { id type strength since role source
    from { ... on Person { id name } ... on Organization { id name } }
    to { ... on Person { id name } ... on Organization { id name } ... on Area { id name } } } } }`;

interface LinkData {
  id: string;
  type: string;
  strength: number | null;
  since: string | null;
  role: string | null;
  from: { id: string; name: string };
  to: { id: string; name: string };
}
type CreateData = { createLink: { created: boolean; link: LinkData } };

const gid = (typename: string, id: string) => encodeGlobalID(typename, id);

describe('links through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates KNOWS once, reads it from both sides, updates and deletes it', async () => {
    const made = await fixture(app.db).person('Anna Link').person('Bert Link');
    const anna = gid('Person', made.people['Anna Link']?.id ?? '');
    const bert = gid('Person', made.people['Bert Link']?.id ?? '');
    const first = await app.gql<CreateData>(CREATE, {
      input: { type: 'KNOWS', fromId: bert, toId: anna, strength: 4, since: '2019-05-01' },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createLink).toMatchObject({
      created: true,
      link: { type: 'KNOWS', strength: 4 },
    });
    const reverse = await app.gql<CreateData>(CREATE, {
      input: { type: 'KNOWS', fromId: anna, toId: bert, strength: 2 },
    });
    expect(reverse.data?.createLink.created).toBe(false);
    expect(reverse.data?.createLink.link.id).toBe(first.data?.createLink.link.id);
    expect(reverse.data?.createLink.link.strength).toBe(4);

    const seen = await app.gql<{ a: { knows: LinkData[] }; b: { knows: LinkData[] } }>(
      `query ($a: ID!, $b: ID!) {
        a: node(id: $a) { ... on Person { knows { id from { ... on Person { name } } to { ... on Person { name } } } } }
        b: node(id: $b) { ... on Person { knows { id from { ... on Person { name } } to { ... on Person { name } } } } } }`,
      { a: anna, b: bert },
    );
    expect(seen.data?.a.knows.map((l) => [l.from.name, l.to.name])).toEqual([
      ['Anna Link', 'Bert Link'],
    ]);
    expect(seen.data?.b.knows.map((l) => [l.from.name, l.to.name])).toEqual([
      ['Bert Link', 'Anna Link'],
    ]);

    const linkId = first.data?.createLink.link.id;
    const updated = await app.gql<{ updateLink: LinkData }>(
      'mutation ($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { strength since } }',
      { id: linkId, input: { strength: 5, since: null } },
    );
    expect(updated.data?.updateLink).toEqual({ strength: 5, since: null });
    const badStrength = await app.gql(
      'mutation ($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id } }',
      { id: linkId, input: { strength: null } },
    );
    expect(badStrength.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'strength' });

    const DELETE = 'mutation ($id: ID!) { deleteLink(id: $id) { deletedId } }';
    const deleted = await app.gql<{ deleteLink: { deletedId: string } }>(DELETE, { id: linkId });
    expect(deleted.data?.deleteLink.deletedId).toBe(linkId);
    const again = await app.gql(DELETE, { id: linkId });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('makes ONE link when ten identical createLink mutations race', async () => {
    const made = await fixture(app.db).person('Race Member').organization('Race Club');
    const input = {
      type: 'MEMBER_OF',
      fromId: gid('Person', made.people['Race Member']?.id ?? ''),
      toId: gid('Organization', made.organizations['Race Club']?.id ?? ''),
      role: 'treasurer',
    };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => app.gql<CreateData>(CREATE, { input })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data?.createLink.link.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.data?.createLink.created)).toHaveLength(1);
    const stored = await app.db.read('test.countMemberships', (tx) =>
      tx.run<{ count: number }>(
        'MATCH (:Person {id: $p})-[r:MEMBER_OF]->(:Organization {id: $o}) RETURN count(r) AS count',
        { p: made.people['Race Member']?.id, o: made.organizations['Race Club']?.id },
      ),
    );
    expect(stored[0]?.count).toBe(1);
  });

  it('refuses links between the wrong kinds, self-links, foreign properties and future dates', async () => {
    const made = await fixture(app.db)
      .person('Wrong Kind')
      .organization('Wrong Club')
      .person('Not An Official');
    const person = gid('Person', made.people['Wrong Kind']?.id ?? '');
    const club = gid('Organization', made.organizations['Wrong Club']?.id ?? '');
    const cases: [Record<string, unknown>, string][] = [
      [{ type: 'KNOWS', fromId: person, toId: club, strength: 3 }, 'toId'],
      [{ type: 'MEMBER_OF', fromId: club, toId: person }, 'fromId'],
      [{ type: 'KNOWS', fromId: person, toId: person, strength: 3 }, 'toId'],
      [
        {
          type: 'KNOWS',
          fromId: person,
          toId: gid('Person', made.people['Not An Official']?.id ?? ''),
        },
        'strength',
      ],
      [{ type: 'MEMBER_OF', fromId: person, toId: club, strength: 3 }, 'strength'],
      [
        {
          type: 'KNOWS',
          fromId: person,
          toId: gid('Person', made.people['Not An Official']?.id ?? ''),
          strength: 6,
        },
        'strength',
      ],
      [{ type: 'MEMBER_OF', fromId: person, toId: club, since: '2999-01-01' }, 'since'],
    ];
    for (const [input, field] of cases) {
      const result = await app.gql(CREATE, { input });
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toEqual({
        code: 'VALIDATION',
        field,
      });
    }
  });

  it('refuses COVERS from a person who is not an official, and links to unknown ends (NOT_FOUND)', async () => {
    const made = await fixture(app.db)
      .area(`Covered ${crypto.randomUUID().slice(0, 6)}`, { key: 'area', level: 'KERN' })
      .person('Plain Resident');
    const notOfficial = await app.gql(CREATE, {
      input: {
        type: 'COVERS',
        fromId: gid('Person', made.people['Plain Resident']?.id ?? ''),
        toId: gid('Area', made.areas.area?.id ?? ''),
      },
    });
    expect(notOfficial.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'fromId' });
    const unknown = await app.gql(CREATE, {
      input: {
        type: 'LIVES_IN',
        fromId: gid('Person', crypto.randomUUID()),
        toId: gid('Area', made.areas.area?.id ?? ''),
      },
    });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
