import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

const UPDATE =
  'mutation ($id: ID!, $input: UpdateInitiativeInput!) { updateInitiative(id: $id, input: $input) { status firstResponseAt } }';

describe('initiatives through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates an initiative, moves it through its statuses, refuses absurd moves and dates', async () => {
    const created = await app.gql<{
      createInitiative: { id: string; status: string; offers: string[] };
    }>(
      'mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id status offers receivedAt } }',
      {
        input: {
          title: 'Voedseltuin Lievelde',
          receivedAt: '2025-04-01',
          offers: ['GIVE_ROOM', 'THINK_ALONG'],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createInitiative).toMatchObject({
      status: 'IDEA',
      offers: ['THINK_ALONG', 'GIVE_ROOM'],
    });
    const id = created.data?.createInitiative.id;
    const move = (input: Record<string, unknown>) =>
      app.gql<{ updateInitiative: { status: string } }>(UPDATE, { id, input });

    expect(
      (await move({ status: 'INTAKE', firstResponseAt: '2025-04-03' })).data?.updateInitiative
        .status,
    ).toBe('INTAKE');
    expect((await move({ status: 'DONE' })).data?.updateInitiative.status).toBe('DONE');
    const back = await move({ status: 'IDEA' });
    expect(back.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'status' });
    expect((await move({ status: 'ACTIVE' })).data?.updateInitiative.status).toBe('ACTIVE');
    const early = await move({ firstResponseAt: '2025-03-01' });
    expect(early.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'firstResponseAt' });

    const future = await app.gql(
      'mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }',
      { input: { title: 'From the future', receivedAt: '2999-01-01' } },
    );
    expect(future.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'receivedAt' });

    const deleted = await app.gql<{ deleteInitiative: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteInitiative(id: $id) { deletedId } }',
      { id },
    );
    expect(deleted.data?.deleteInitiative.deletedId).toBe(id);
  });

  it('lists initiatives by status, area and theme with their participants', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await fixture(app.db)
      .area(`Harreveld ${tag}`, { key: 'area' })
      .theme(`Energie ${tag}`, { key: 'theme' })
      .initiative(`Zonnedak ${tag}`, {
        key: 'init',
        status: 'ACTIVE',
        locatedIn: 'area',
        theme: 'theme',
      })
      .person('Initiator Ida', { key: 'ida' })
      .link('INITIATES', 'ida', 'init');
    const result = await app.gql<{
      initiatives: {
        edges: {
          node: {
            title: string;
            areas: { name: string }[];
            themes: { name: string }[];
            participants: { type: string }[];
          };
        }[];
      };
    }>(
      `query ($a: ID!, $t: ID!) { initiatives(filter: { status: ACTIVE, areaId: $a, themeId: $t }) {
        edges { node { title areas { name } themes { name } participants { type } } } } }`,
      {
        a: encodeGlobalID('Area', made.areas.area?.id ?? ''),
        t: encodeGlobalID('Theme', made.themes.theme?.id ?? ''),
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.initiatives.edges.map((e) => e.node)).toEqual([
      {
        title: `Zonnedak ${tag}`,
        areas: [{ name: `Harreveld ${tag}` }],
        themes: [{ name: `Energie ${tag}` }],
        participants: [{ type: 'INITIATES' }],
      },
    ]);
  });
});
