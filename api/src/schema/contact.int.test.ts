import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

const RECORD = `mutation ($input: RecordContactInput!) { recordContact(input: $input) {
  id date channel note followUpAt participants { __typename ... on Person { name } ... on Organization { name } }
  initiative { title } recordedBy { name } } }`;

describe('contact moments through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('records, lists, updates and deletes a contact moment; bad input changes nothing', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await fixture(app.db)
      .official('Els Contact', 'GEBIEDSMAKELAAR', { key: 'els' })
      .person('Resident Rik', { key: 'rik' })
      .organization(`Buurtvereniging ${tag}`, { key: 'club' })
      .initiative(`Speeltuin ${tag}`, { key: 'init' });
    const rik = encodeGlobalID('Person', made.people.rik?.id ?? '');
    const club = encodeGlobalID('Organization', made.organizations.club?.id ?? '');
    const els = encodeGlobalID('Person', made.people.els?.id ?? '');
    const result = await app.gql<{
      recordContact: { id: string; participants: { name: string }[] };
    }>(RECORD, {
      input: {
        date: '2025-05-12',
        channel: 'VISIT',
        note: 'Talked about the playground.',
        followUpAt: '2025-06-01',
        participantIds: [rik, club],
        initiativeId: encodeGlobalID('Initiative', made.initiatives.init?.id ?? ''),
        recordedById: els,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordContact).toMatchObject({
      channel: 'VISIT',
      participants: [
        { __typename: 'Organization', name: `Buurtvereniging ${tag}` },
        { __typename: 'Person', name: 'Resident Rik' },
      ],
      initiative: { title: `Speeltuin ${tag}` },
      recordedBy: { name: 'Els Contact' },
    });
    const contactId = result.data?.recordContact.id;

    const listed = await app.gql<{
      contacts: { edges: { node: { id: string } }[] };
      node: { contacts: { note: string }[] };
    }>(
      'query ($p: ID!) { contacts(filter: { personId: $p }) { edges { node { id } } } node(id: $p) { ... on Person { contacts { note } } } }',
      { p: rik },
    );
    expect(listed.data?.contacts.edges.map((e) => e.node.id)).toEqual([contactId]);
    expect(listed.data?.node.contacts).toEqual([{ note: 'Talked about the playground.' }]);

    const updated = await app.gql<{
      updateContact: { participants: { name: string }[]; initiative: null };
    }>(
      `mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) {
        participants { ... on Person { name } } initiative { title } } }`,
      { id: contactId, input: { participantIds: [rik], initiativeId: null } },
    );
    expect(updated.data?.updateContact).toEqual({
      participants: [{ name: 'Resident Rik' }],
      initiative: null,
    });

    const future = await app.gql(RECORD, {
      input: { date: '2999-01-01', channel: 'PHONE', note: 'x', participantIds: [rik] },
    });
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'date' });
    const nobody = await app.gql(RECORD, {
      input: { date: '2025-01-01', channel: 'PHONE', note: 'x', participantIds: [] },
    });
    expect(nobody.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'participants' });
    const ghost = await app.gql(RECORD, {
      input: {
        date: '2025-01-01',
        channel: 'PHONE',
        note: 'x',
        participantIds: [encodeGlobalID('Person', crypto.randomUUID())],
      },
    });
    expect(ghost.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const notOfficial = await app.gql(RECORD, {
      input: {
        date: '2025-01-01',
        channel: 'PHONE',
        note: 'x',
        participantIds: [club],
        recordedById: rik,
      },
    });
    expect(notOfficial.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION',
      field: 'recordedById',
    });
    const count = await app.db.read('test.countContacts', (tx) =>
      tx.run<{ count: number }>(
        'MATCH (c:Contact)-[:INVOLVES]->(:Organization {id: $id}) RETURN count(c) AS count',
        {
          id: made.organizations.club?.id,
        },
      ),
    );
    expect(count[0]?.count).toBe(0);

    const deleted = await app.gql<{ deleteContact: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteContact(id: $id) { deletedId } }',
      { id: contactId },
    );
    expect(deleted.data?.deleteContact.deletedId).toBe(contactId);
  });
});
