import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/testApp.js';

const personFields = `id name email postcode notes legalBasis legalReference consentDate consentTextVersion
  purpose retainUntil objected objectedAt official { officialRole workEmail } createdAt updatedAt createdBy source`;

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${personFields} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${personFields} } }`;

const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
const base = (name: string) => ({
  name,
  legalBasis: 'PUBLIC_TASK',
  legalReference: 'Gemeentewet art. 160',
  purpose: 'Contact for the village council',
  retainUntil: nextYear,
});

interface PersonData {
  id: string;
  name: string;
  legalBasis: string;
  legalReference: string | null;
  consentDate: string | null;
  objected: boolean;
  objectedAt: string | null;
  official: { officialRole: string; workEmail: string | null } | null;
  createdBy: string;
  source: string;
  createdAt: string;
  postcode: string | null;
}

describe('people through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const create = (input: Record<string, unknown>) =>
    app.gql<{ createPerson: PersonData }>(CREATE, { input });

  it('records a person with a public-task basis and provenance, and finds them again by node id', async () => {
    const result = await create({ ...base('Jan Klein Gunnewiek'), postcode: '7137 ab' });
    expect(result.errors).toBeUndefined();
    const person = result.data?.createPerson;
    expect(person).toMatchObject({
      name: 'Jan Klein Gunnewiek',
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'Gemeentewet art. 160',
      postcode: '7137AB',
      objected: false,
      official: null,
      createdBy: await app.defaultAccountId(),
      source: 'manual',
    });
    expect(person?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    const again = await app.gql<{ node: { name: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Person { name retainUntil } } }',
      { id: person?.id },
    );
    expect(again.data?.node).toEqual({ name: 'Jan Klein Gunnewiek', retainUntil: nextYear });
  });

  it('records an official with their role', async () => {
    const result = await create({
      ...base('Els Gebiedsmakelaar'),
      official: { officialRole: 'GEBIEDSMAKELAAR', workEmail: 'els@oostgelre.nl' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createPerson.official).toEqual({
      officialRole: 'GEBIEDSMAKELAAR',
      workEmail: 'els@oostgelre.nl',
    });
  });

  it('refuses a public-task basis without its legal reference (VALIDATION on legalReference)', async () => {
    const result = await create({ ...base('No Reference'), legalReference: null });
    expect(result.data?.createPerson ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'legalReference' });
  });

  it('refuses consent without a consent date and accepts it with date and text version', async () => {
    const consent = {
      ...base('Consenting Resident'),
      legalBasis: 'CONSENT',
      legalReference: undefined,
    };
    const missing = await create({ ...consent, consentTextVersion: 'v1' });
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'consentDate' });
    const ok = await create({ ...consent, consentDate: '2025-02-01', consentTextVersion: 'v1' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.createPerson).toMatchObject({
      legalBasis: 'CONSENT',
      consentDate: '2025-02-01',
    });
  });

  it('refuses a retention date in the past and a name that is too long', async () => {
    const past = await create({ ...base('Old Retention'), retainUntil: '2020-01-01' });
    expect(past.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'retainUntil' });
    const long = await create(base('x'.repeat(201)));
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'name' });
  });

  it('refuses a date that is not a calendar date at the scalar', async () => {
    const result = await create({ ...base('Bad Date'), retainUntil: '2031-02-30' });
    expect(result.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'retainUntil' });
    expect(result.data ?? null).toBeNull();
  });

  it('updates a person: keeps absent fields, clears nulls, records the objection time, drops the official label', async () => {
    const created = (
      await create({
        ...base('Piet Update'),
        notes: 'Chairs the choir',
        official: { officialRole: 'BUITENDIENST' },
      })
    ).data?.createPerson;
    const result = await app.gql<{ updatePerson: PersonData & { notes: string | null } }>(UPDATE, {
      id: created?.id,
      input: { notes: null, objected: true, official: null },
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data?.updatePerson;
    expect(updated).toMatchObject({
      name: 'Piet Update',
      notes: null,
      objected: true,
      official: null,
    });
    expect(updated?.objectedAt).toMatch(/T/);
  });

  it('refuses an update that switches to consent without consent details', async () => {
    const created = (await create(base('Switching Basis'))).data?.createPerson;
    const result = await app.gql(UPDATE, { id: created?.id, input: { legalBasis: 'CONSENT' } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'consentDate' });
    const unchanged = await app.gql<{ node: { legalBasis: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on Person { legalBasis } } }',
      { id: created?.id },
    );
    expect(unchanged.data?.node.legalBasis).toBe('PUBLIC_TASK');
  });

  it('answers NOT_FOUND for an unknown person and VALIDATION for an id of another type', async () => {
    const unknown = encodeGlobalID('Person', crypto.randomUUID());
    const missing = await app.gql(UPDATE, { id: unknown, input: { name: 'Nobody' } });
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    const wrongType = await app.gql(UPDATE, {
      id: encodeGlobalID('Theme', crypto.randomUUID()),
      input: { name: 'Nobody' },
    });
    expect(wrongType.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'id' });
    const garbage = await app.gql(UPDATE, { id: 'not-a-global-id', input: { name: 'Nobody' } });
    expect(garbage.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'id' });
  });

  it('deletes a person, after which node() answers null and a second delete is NOT_FOUND', async () => {
    const created = (await create(base('To Be Deleted'))).data?.createPerson;
    const DELETE = 'mutation ($id: ID!) { deletePerson(id: $id) { deletedId } }';
    const deleted = await app.gql<{ deletePerson: { deletedId: string } }>(DELETE, {
      id: created?.id,
    });
    expect(deleted.data?.deletePerson.deletedId).toBe(created?.id);
    const gone = await app.gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', {
      id: created?.id,
    });
    expect(gone.data?.node).toBeNull();
    const again = await app.gql(DELETE, { id: created?.id });
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
