import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

describe('lists: connections, filters and bounded queries', () => {
  let app: TestApp;
  let areaId: string;
  beforeAll(async () => {
    app = await createTestApp();
    const tag = crypto.randomUUID().slice(0, 8);
    let fx = fixture(app.db)
      .area(`Bounded ${tag}`, { key: 'area' })
      .organization(`Club ${tag}`, { key: 'club' });
    for (let i = 0; i < 50; i++) {
      const key = `p${String(i).padStart(2, '0')}`;
      fx = fx
        .person(`Bounded ${key} ${tag}`, { key, livesIn: 'area' })
        .link('MEMBER_OF', key, 'club');
      if (i > 0) fx = fx.knows(key, `p${String(i - 1).padStart(2, '0')}`, 3);
    }
    const made = await fx;
    areaId = encodeGlobalID('Area', made.areas.area?.id ?? '');
  }, 120_000);
  afterAll(() => app.close());

  it('runs a bounded number of Cypher statements for 50 people with nested links, ends and areas', async () => {
    let statements = 0;
    // The register's statements only: the session lookup of the signed-in test account is not one.
    const stop = app.db.onQuery((event) => {
      if (!event.operation.startsWith('session.')) statements++;
    });
    const result = await app.gql<{
      people: { edges: { node: { knows: unknown[]; memberships: unknown[] } }[] };
    }>(
      `query ($a: ID!) { people(first: 50, filter: { areaId: $a }) { edges { node {
        name areas { name }
        knows { strength to { ... on Person { name } } }
        memberships { type to { ... on Organization { name } } } contacts { id } } } } }`,
      { a: areaId },
    );
    stop();
    expect(result.errors).toBeUndefined();
    expect(result.data?.people.edges).toHaveLength(50);
    expect(result.data?.people.edges.every((e) => e.node.memberships.length === 1)).toBe(true);
    // list + links + people (far ends) + organizations + areas + contacts: one each, not one per person.
    expect(statements).toBeLessThanOrEqual(8);
  });

  it('pages with first/after and refuses first above 100', async () => {
    const first = await app.gql<{
      people: {
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      'query ($a: ID!) { people(first: 20, filter: { areaId: $a }) { edges { node { name } } pageInfo { hasNextPage endCursor } } }',
      { a: areaId },
    );
    expect(first.data?.people.edges).toHaveLength(20);
    expect(first.data?.people.pageInfo.hasNextPage).toBe(true);
    const rest = await app.gql<{
      people: { edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      'query ($a: ID!, $after: String) { people(first: 40, after: $after, filter: { areaId: $a }) { edges { node { name } } pageInfo { hasNextPage } } }',
      { a: areaId, after: first.data?.people.pageInfo.endCursor },
    );
    expect(rest.data?.people.edges).toHaveLength(30);
    expect(rest.data?.people.pageInfo.hasNextPage).toBe(false);
    const names = [...(first.data?.people.edges ?? []), ...(rest.data?.people.edges ?? [])].map(
      (e) => e.node.name,
    );
    expect(new Set(names).size).toBe(50);
    const tooMany = await app.gql('{ people(first: 101) { edges { node { id } } } }');
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'first' });
  });

  it('filters people by text and official role, and answers nodes() in order with null for unknown ids', async () => {
    const tag = crypto.randomUUID().slice(0, 8);
    const made = await fixture(app.db)
      .official(`Wijkconsulent ${tag}`, 'WIJKCONSULENT', { key: 'w' })
      .person(`Resident ${tag}`, { key: 'r' });
    const byRole = await app.gql<{ people: { edges: { node: { name: string } }[] } }>(
      'query ($t: String) { people(filter: { officialRole: WIJKCONSULENT, text: $t }) { edges { node { name } } } }',
      { t: tag },
    );
    expect(byRole.data?.people.edges.map((e) => e.node.name)).toEqual([`Wijkconsulent ${tag}`]);
    const ids = [
      encodeGlobalID('Person', made.people.r?.id ?? ''),
      encodeGlobalID('Person', crypto.randomUUID()),
      encodeGlobalID('Person', made.people.w?.id ?? ''),
    ];
    const nodes = await app.gql<{ nodes: ({ name: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { name } } }',
      { ids },
    );
    expect(nodes.data?.nodes).toEqual([
      { name: `Resident ${tag}` },
      null,
      { name: `Wijkconsulent ${tag}` },
    ]);
  });
});
