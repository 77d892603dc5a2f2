import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/testApp.js';

const CREATE = `mutation ($input: CreateAreaInput!) { createArea(input: $input) { id name level cbsCode postcodes parent { name } } }`;
type AreaData = {
  id: string;
  name: string;
  level: string;
  cbsCode: string | null;
  parent: { name: string } | null;
};

describe('areas through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('nests areas, lists children, refuses cycles, wrong levels, duplicate CBS codes and deleting a parent', async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const code = `GM${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
    const create = (input: Record<string, unknown>) =>
      app.gql<{ createArea: AreaData }>(CREATE, { input });
    const gemeente = (
      await create({ name: `Oost-Gelre ${tag}`, level: 'MUNICIPALITY', cbsCode: code })
    ).data?.createArea;
    const kern = await create({
      name: `Lievelde ${tag}`,
      level: 'KERN',
      parentId: gemeente?.id,
      postcodes: ['7137', '7137'],
    });
    expect(kern.errors).toBeUndefined();
    expect(kern.data?.createArea).toMatchObject({
      level: 'KERN',
      parent: { name: `Oost-Gelre ${tag}` },
    });

    const children = await app.gql<{ node: { children: { name: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Area { children { name postcodes } } } }',
      { id: gemeente?.id },
    );
    expect(children.data?.node.children).toEqual([
      { name: `Lievelde ${tag}`, postcodes: ['7137'] },
    ]);

    const listed = await app.gql<{ areas: { edges: { node: { name: string } }[] } }>(
      'query ($p: ID!) { areas(filter: { parentId: $p, level: KERN }) { edges { node { name } } } }',
      { p: gemeente?.id },
    );
    expect(listed.data?.areas.edges.map((e) => e.node.name)).toEqual([`Lievelde ${tag}`]);

    const wrongLevel = await create({
      name: `Too big ${tag}`,
      level: 'MUNICIPALITY',
      parentId: kern.data?.createArea.id,
    });
    expect(wrongLevel.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'parentId' });
    const cycle = await app.gql(
      'mutation ($id: ID!, $input: UpdateAreaInput!) { updateArea(id: $id, input: $input) { id } }',
      { id: gemeente?.id, input: { level: 'MUNICIPALITY', parentId: gemeente?.id } },
    );
    expect(cycle.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'parentId' });
    const duplicate = await create({ name: `Copy ${tag}`, level: 'MUNICIPALITY', cbsCode: code });
    expect(duplicate.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
    const badCode = await create({ name: `Bad ${tag}`, level: 'WIJK', cbsCode: 'XX12' });
    expect(badCode.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'cbsCode' });

    const DELETE = 'mutation ($id: ID!) { deleteArea(id: $id) { deletedId } }';
    const blocked = await app.gql(DELETE, { id: gemeente?.id });
    expect(blocked.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT' });
    const moved = await app.gql<{ updateArea: { parent: null } }>(
      'mutation ($id: ID!, $input: UpdateAreaInput!) { updateArea(id: $id, input: $input) { parent { name } } }',
      { id: kern.data?.createArea.id, input: { parentId: null } },
    );
    expect(moved.data?.updateArea.parent).toBeNull();
    const removed = await app.gql<{ deleteArea: { deletedId: string } }>(DELETE, {
      id: gemeente?.id,
    });
    expect(removed.data?.deleteArea.deletedId).toBe(gemeente?.id);
    const unknown = await app.gql(DELETE, { id: encodeGlobalID('Area', crypto.randomUUID()) });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
