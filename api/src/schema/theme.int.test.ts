import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/testApp.js';

describe('themes through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates, lists, renames and deletes a theme; a name differing only in case or accents is a CONFLICT', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const CREATE = 'mutation ($input: ThemeInput!) { createTheme(input: $input) { id name } }';
    const created = await app.gql<{ createTheme: { id: string; name: string } }>(CREATE, {
      input: { name: `Voedsel ${tag}` },
    });
    expect(created.data?.createTheme.name).toBe(`Voedsel ${tag}`);
    const duplicate = await app.gql(CREATE, { input: { name: ` VOEDSËL ${tag.toUpperCase()} ` } });
    expect(duplicate.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
    const empty = await app.gql(CREATE, { input: { name: '' } });
    expect(empty.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'name' });

    const renamed = await app.gql<{ updateTheme: { name: string } }>(
      'mutation ($id: ID!, $input: ThemeInput!) { updateTheme(id: $id, input: $input) { name } }',
      { id: created.data?.createTheme.id, input: { name: `Voedsel en groen ${tag}` } },
    );
    expect(renamed.data?.updateTheme.name).toBe(`Voedsel en groen ${tag}`);

    const all: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const result: {
        data?: {
          themes: {
            edges: { node: { name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      } = await app.gql(
        'query ($after: String) { themes(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      all.push(...(result.data?.themes.edges.map((e) => e.node.name) ?? []));
      if (!result.data?.themes.pageInfo.hasNextPage) break;
      after = result.data.themes.pageInfo.endCursor;
    }
    expect(all).toContain(`Voedsel en groen ${tag}`);

    const deleted = await app.gql<{ deleteTheme: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteTheme(id: $id) { deletedId } }',
      { id: created.data?.createTheme.id },
    );
    expect(deleted.data?.deleteTheme.deletedId).toBe(created.data?.createTheme.id);
  });
});
