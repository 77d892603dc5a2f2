import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNeo4jDate } from '../repositories/neo4jValues.js';
import {
  insertLink,
  insertNode,
  insertPerson,
  type TestNode,
  uniqueToken,
} from '../services/networkTestGraph.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

interface NodeOut {
  id: string;
  kind: string;
  label: string;
  sublabel: string | null;
  official: boolean;
  objected: boolean;
  depth: number;
}
interface EdgeOut {
  id: string;
  type: string;
  source: string;
  target: string;
  directed: boolean;
  strength: number | null;
  lastContact: string | null;
  endedAt: string | null;
  role: string | null;
}
interface NetworkOut {
  center: NodeOut;
  nodes: NodeOut[];
  edges: EdgeOut[];
  truncated: boolean;
  totalNodes: number;
  omittedNodes: number;
}

const NETWORK = `query Network($center: ID!, $depth: Int, $filters: NetworkFilters, $limit: Int) {
  network(center: $center, depth: $depth, filters: $filters, limit: $limit) {
    center { id kind label depth }
    nodes { id kind label sublabel official objected depth }
    edges { id type source target directed strength lastContact endedAt role }
    truncated totalNodes omittedNodes
  }
}`;

describe('network', () => {
  let app: TestApp;
  const network = (variables: Record<string, unknown>) =>
    app.gql<{ network: NetworkOut }>(NETWORK, variables);
  const ids = (result: NetworkOut | undefined) => new Set(result?.nodes.map((node) => node.id));

  /**
   * Ann (center) knows Bob (5) and Cor (2), knew Dirk (ended), chairs the club where Eva is a member,
   * lives in the village where Fien lives too; Bob knows Gijs (4), Gijs knows Hans.
   */
  let ann: TestNode;
  let bob: TestNode;
  let cor: TestNode;
  let dirk: TestNode;
  let eva: TestNode;
  let fien: TestNode;
  let gijs: TestNode;
  let hans: TestNode;
  let club: TestNode;
  let village: TestNode;
  let food: TestNode;

  beforeAll(async () => {
    app = await createTestApp();
    const t = uniqueToken('net');
    ann = await insertPerson(app.db, `Ann ${t}`);
    bob = await insertPerson(app.db, `Bob ${t}`, {}, { official: true });
    await app.db.write('test.role', (tx) =>
      tx.run('MATCH (p:Person {id: $id}) SET p.officialRole = "WIJKCONSULENT"', { id: bob.id }),
    );
    cor = await insertPerson(app.db, `Cor ${t}`, { objected: true });
    dirk = await insertPerson(app.db, `Dirk ${t}`);
    eva = await insertPerson(app.db, `Eva ${t}`);
    fien = await insertPerson(app.db, `Fien ${t}`);
    gijs = await insertPerson(app.db, `Gijs ${t}`);
    hans = await insertPerson(app.db, `Hans ${t}`);
    club = await insertNode(app.db, 'Organization', {
      name: `Club ${t}`,
      kind: 'ASSOCIATION',
      public: true,
    });
    village = await insertNode(app.db, 'Area', { name: `Dorp ${t}`, level: 'KERN' });
    food = await insertNode(app.db, 'Theme', { name: `Voedsel ${t}` });
    await insertLink(app.db, 'KNOWS', ann, bob, {
      strength: 5,
      lastContact: toNeo4jDate('2025-03-01'),
    });
    await insertLink(app.db, 'KNOWS', cor, ann, { strength: 2 });
    await insertLink(app.db, 'KNOWS', ann, dirk, {
      strength: 3,
      endedAt: toNeo4jDate('2020-01-01'),
    });
    await insertLink(app.db, 'BOARD_OF', ann, club, { role: 'voorzitter' });
    await insertLink(app.db, 'MEMBER_OF', eva, club);
    await insertLink(app.db, 'LIVES_IN', ann, village);
    await insertLink(app.db, 'LIVES_IN', fien, village);
    await insertLink(app.db, 'LIVES_IN', eva, village);
    await insertLink(app.db, 'KNOWS', bob, gijs, { strength: 4 });
    await insertLink(app.db, 'KNOWS', gijs, hans, { strength: 4 });
    await insertLink(app.db, 'ACTIVE_IN', eva, food);
    await insertLink(app.db, 'ACTIVE_IN', club, food);
  });
  afterAll(() => app.close());

  it('shows the direct neighbours at depth 1, leaving out ended ties', async () => {
    const result = await network({ center: ann.gid });
    expect(result.errors).toBeUndefined();
    const net = result.data?.network;
    expect(ids(net)).toEqual(new Set([ann.gid, bob.gid, cor.gid, club.gid, village.gid]));
    expect(net?.center).toMatchObject({ id: ann.gid, kind: 'PERSON', depth: 0 });
    expect(net).toMatchObject({ truncated: false, totalNodes: 5, omittedNodes: 0 });
    expect(net?.nodes.find((node) => node.id === bob.gid)).toMatchObject({
      official: true,
      sublabel: 'WIJKCONSULENT',
      depth: 1,
    });
    expect(net?.nodes.find((node) => node.id === cor.gid)).toMatchObject({ objected: true });
    expect(net?.nodes.find((node) => node.id === club.gid)).toMatchObject({
      kind: 'ORGANIZATION',
      sublabel: 'ASSOCIATION',
    });
    expect(net?.edges).toHaveLength(4);
    expect(net?.edges).toContainEqual(
      expect.objectContaining({
        type: 'KNOWS',
        strength: 5,
        lastContact: '2025-03-01',
        directed: false,
      }),
    );
    expect(net?.edges).toContainEqual(
      expect.objectContaining({
        type: 'BOARD_OF',
        source: ann.gid,
        target: club.gid,
        role: 'voorzitter',
        directed: true,
      }),
    );
  });

  it('shows ended ties when asked to include them', async () => {
    const result = await network({ center: ann.gid, filters: { includeEnded: true } });
    expect(ids(result.data?.network).has(dirk.gid)).toBe(true);
    expect(result.data?.network.edges).toContainEqual(
      expect.objectContaining({ type: 'KNOWS', endedAt: '2020-01-01' }),
    );
  });

  it('reaches friends of friends and club members at depth 2, but does not walk through the village', async () => {
    const result = await network({ center: ann.gid, depth: 2 });
    const net = result.data?.network;
    expect(ids(net)).toEqual(
      new Set([ann.gid, bob.gid, cor.gid, club.gid, village.gid, gijs.gid, eva.gid, food.gid]),
    );
    expect(ids(net).has(fien.gid)).toBe(false);
    expect(ids(net).has(hans.gid)).toBe(false);
    expect(net?.nodes.find((node) => node.id === gijs.gid)?.depth).toBe(2);
    // Eva also lives in the village: that link is between two kept nodes, so it is shown.
    expect(net?.edges).toContainEqual(
      expect.objectContaining({ type: 'LIVES_IN', source: eva.gid, target: village.gid }),
    );
    expect(net?.totalNodes).toBe(8);
  });

  it('reaches three steps out at depth 3', async () => {
    const result = await network({ center: ann.gid, depth: 3 });
    expect(result.data?.network.nodes.find((node) => node.id === hans.gid)?.depth).toBe(3);
  });

  it('walks through an area when it is the center', async () => {
    const result = await network({ center: village.gid });
    expect(ids(result.data?.network)).toEqual(new Set([village.gid, ann.gid, fien.gid, eva.gid]));
  });

  it('narrows by kind, link type and tie strength', async () => {
    const people = await network({ center: ann.gid, depth: 2, filters: { kinds: ['PERSON'] } });
    expect(ids(people.data?.network)).toEqual(new Set([ann.gid, bob.gid, cor.gid, gijs.gid]));
    const strong = await network({
      center: ann.gid,
      filters: { relationshipTypes: ['KNOWS'], minStrength: 3 },
    });
    expect(ids(strong.data?.network)).toEqual(new Set([ann.gid, bob.gid]));
    expect(strong.data?.network.edges.map((edge) => edge.type)).toEqual(['KNOWS']);
  });

  it('narrows to an area and to a theme', async () => {
    // Bob, Cor and the club are not in the village, so nothing beyond them is reached either.
    const inVillage = await network({
      center: ann.gid,
      depth: 2,
      filters: { areaId: village.gid },
    });
    expect(ids(inVillage.data?.network)).toEqual(new Set([ann.gid, village.gid]));
    const villageOnly = await network({ center: village.gid, filters: { areaId: village.gid } });
    expect(ids(villageOnly.data?.network)).toEqual(
      new Set([village.gid, ann.gid, fien.gid, eva.gid]),
    );
    const onFood = await network({ center: club.gid, filters: { themeId: food.gid } });
    expect(ids(onFood.data?.network)).toEqual(new Set([club.gid, eva.gid, food.gid]));
  });

  it('keeps the closest and strongest-tied nodes first when the limit cuts, and says what it left out', async () => {
    const t = uniqueToken('hub');
    const hub = await insertPerson(app.db, `Hub ${t}`);
    const strongFriends: TestNode[] = [];
    for (let index = 0; index < 12; index += 1) {
      const friend = await insertPerson(app.db, `Friend ${index} ${t}`);
      const friendOfFriend = await insertPerson(app.db, `Far ${index} ${t}`);
      await insertLink(app.db, 'KNOWS', hub, friend, { strength: index < 3 ? 5 : 1 });
      await insertLink(app.db, 'KNOWS', friend, friendOfFriend, { strength: 3 });
      if (index < 3) strongFriends.push(friend);
    }
    const result = await network({ center: hub.gid, depth: 2, limit: 4 });
    const net = result.data?.network;
    expect(net).toMatchObject({ truncated: true, totalNodes: 25, omittedNodes: 21 });
    expect(ids(net)).toEqual(new Set([hub.gid, ...strongFriends.map((friend) => friend.gid)]));
    expect(net?.edges).toHaveLength(3);
    for (const edge of net?.edges ?? []) {
      expect(ids(net).has(edge.source) && ids(net).has(edge.target)).toBe(true);
    }
  });

  it('answers NOT_FOUND for an unknown center', async () => {
    const result = await network({ center: encodeGlobalID('Person', crypto.randomUUID()) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a depth outside 1..3, a limit outside 1..2000 and a bad strength', async () => {
    for (const depth of [0, 4]) {
      const result = await network({ center: ann.gid, depth });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'depth' });
    }
    const limit = await network({ center: ann.gid, limit: 2001 });
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'limit' });
    const strength = await network({ center: ann.gid, filters: { minStrength: 6 } });
    expect(strength.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'filters.minStrength',
    });
  });

  it('refuses a center that is not a stakeholder id', async () => {
    for (const center of ['not-an-id', encodeGlobalID('Contact', crypto.randomUUID())]) {
      const result = await network({ center });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'center' });
    }
    const area = await network({ center: ann.gid, filters: { areaId: food.gid } });
    expect(area.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'filters.areaId',
    });
  });
});
