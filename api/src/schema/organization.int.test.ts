import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

describe('organizations through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates, updates, lists by kind and area, shows members, and deletes an organization', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await fixture(app.db)
      .area(`Zieuwent ${tag}`, { key: 'kern', level: 'KERN' })
      .area(`Zieuwent-Noord ${tag}`, { key: 'buurt', level: 'BUURT', parent: 'kern' })
      .organization(`Fanfare ${tag}`, { key: 'fanfare', locatedIn: 'buurt' })
      .person('Member Mia', { key: 'mia' })
      .link('BOARD_OF', 'mia', 'fanfare', { role: 'chair' });
    const created = await app.gql<{
      createOrganization: { id: string; kind: string; public: boolean };
    }>(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id kind public website } }',
      { input: { name: `Bakkerij ${tag}`, kind: 'BUSINESS', website: 'https://bakker.example' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganization).toMatchObject({ kind: 'BUSINESS', public: false });

    const updated = await app.gql<{
      updateOrganization: { name: string; kind: string; website: string | null };
    }>(
      'mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { name kind website } }',
      { id: created.data?.createOrganization.id, input: { kind: 'NETWORK', website: null } },
    );
    expect(updated.data?.updateOrganization).toEqual({
      name: `Bakkerij ${tag}`,
      kind: 'NETWORK',
      website: null,
    });

    const listed = await app.gql<{
      organizations: {
        edges: {
          node: {
            name: string;
            members: { role: string; from: { name: string } }[];
            areas: { name: string }[];
          };
        }[];
      };
    }>(
      `query ($areaId: ID!) { organizations(filter: { kind: ASSOCIATION, areaId: $areaId }) {
        edges { node { name members { role from { ... on Person { name } } } areas { name } } } } }`,
      { areaId: encodeGlobalID('Area', made.areas.kern?.id ?? '') },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.organizations.edges.map((e) => e.node)).toEqual([
      {
        name: `Fanfare ${tag}`,
        members: [{ role: 'chair', from: { name: 'Member Mia' } }],
        areas: [{ name: `Zieuwent-Noord ${tag}` }],
      },
    ]);

    const bad = await app.gql(
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: ' ', kind: 'BUSINESS' } },
    );
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'name' });

    const deleted = await app.gql<{ deleteOrganization: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteOrganization(id: $id) { deletedId } }',
      { id: created.data?.createOrganization.id },
    );
    expect(deleted.data?.deleteOrganization.deletedId).toBe(created.data?.createOrganization.id);
  });
});
