import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wholeRegister } from '../auth/registerScope.js';
import { toNeo4jDate } from '../repositories/neo4jValues.js';
import { mergeStakeholders } from '../services/mergeService.js';
import {
  insertLink,
  insertNode,
  insertPerson,
  type TestNode,
  uniqueToken,
} from '../services/networkTestGraph.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

interface MergeOut {
  keptId: string;
  mergedId: string;
  movedLinks: number;
  combinedLinks: number;
  removedLinks: number;
  mergedFrom: string[];
  kept: { __typename: string; name: string; email?: string | null };
}

const MERGE = `mutation Merge($keepId: ID!, $mergeId: ID!) {
  mergeStakeholders(keepId: $keepId, mergeId: $mergeId) {
    keptId mergedId movedLinks combinedLinks removedLinks mergedFrom
    kept { __typename ... on Person { name email } ... on Organization { name } }
  }
}`;

interface StoredLink {
  type: string;
  startId: string;
  endId: string;
  props: Record<string, unknown>;
}

describe('mergeStakeholders', () => {
  let app: TestApp;
  const merge = (keep: TestNode, duplicate: TestNode) =>
    app.gql<{ mergeStakeholders: MergeOut }>(MERGE, { keepId: keep.gid, mergeId: duplicate.gid });

  /** Every relationship touching the node, in a comparable form (dates as strings). */
  const linksOf = async (node: TestNode): Promise<StoredLink[]> => {
    const rows = await app.db.read('test.linksOf', (tx) =>
      tx.run<{ type: string; startId: string; endId: string; props: Record<string, unknown> }>(
        `MATCH (n:${node.label} {id: $id})-[r]-(o)
         RETURN type(r) AS type, startNode(r).id AS startId, endNode(r).id AS endId, properties(r) AS props
         ORDER BY type, startId, endId`,
        { id: node.id },
      ),
    );
    return rows.map((row) => ({
      ...row,
      props: Object.fromEntries(
        Object.entries(row.props).map(([key, value]) => [key, String(value)]),
      ),
    }));
  };
  const propertiesOf = async (node: TestNode) => {
    const rows = await app.db.read('test.propertiesOf', (tx) =>
      tx.run<{ props: Record<string, unknown>; labels: string[] }>(
        `MATCH (n:${node.label} {id: $id}) RETURN properties(n) AS props, labels(n) AS labels`,
        { id: node.id },
      ),
    );
    return rows[0] ?? null;
  };

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  describe('two records of one person', () => {
    const t = uniqueToken('merge');
    let kept: TestNode;
    let duplicate: TestNode;
    let friend: TestNode;
    let neighbour: TestNode;
    let club: TestNode;
    let village: TestNode;
    let onlyDuplicateContact: TestNode;
    let sharedContact: TestNode;
    let result: MergeOut | undefined;
    let clubLinkId: string;
    let neighbourLinkId: string;

    beforeAll(async () => {
      kept = await insertPerson(app.db, `Jan Jansen ${t}`, { postcode: '7137AB' });
      duplicate = await insertPerson(app.db, `J. Jansen ${t}`, {
        email: 'jan@example.nl',
        phone: '0544 123456',
        postcode: '7131XX',
      });
      friend = await insertPerson(app.db, `Friend ${t}`);
      neighbour = await insertPerson(app.db, `Neighbour ${t}`);
      club = await insertNode(app.db, 'Organization', {
        name: `Club ${t}`,
        kind: 'ASSOCIATION',
        public: true,
      });
      village = await insertNode(app.db, 'Area', { name: `Dorp ${t}`, level: 'KERN' });
      onlyDuplicateContact = await insertNode(app.db, 'Contact', {
        channel: 'VISIT',
        note: 'koffie',
      });
      sharedContact = await insertNode(app.db, 'Contact', { channel: 'MEETING', note: 'overleg' });

      // Both records know the friend: one link must remain, with the best of both.
      await insertLink(app.db, 'KNOWS', kept, friend, {
        strength: 4,
        since: toNeo4jDate('2015-05-01'),
        lastContact: toNeo4jDate('2023-01-01'),
      });
      await insertLink(app.db, 'KNOWS', duplicate, friend, {
        strength: 2,
        since: toNeo4jDate('2010-02-01'),
        lastContact: toNeo4jDate('2024-06-01'),
      });
      neighbourLinkId = (
        await insertLink(
          app.db,
          'KNOWS',
          neighbour,
          duplicate,
          { strength: 3 },
          { source: 'import:buren.csv' },
        )
      ).id;
      clubLinkId = (
        await insertLink(app.db, 'MEMBER_OF', duplicate, club, { role: 'penningmeester' })
      ).id;
      await insertLink(app.db, 'LIVES_IN', duplicate, village);
      // The two records know each other: that would become a self-link.
      await insertLink(app.db, 'KNOWS', kept, duplicate, { strength: 5 });
      await insertLink(app.db, 'INVOLVES', onlyDuplicateContact, duplicate);
      await insertLink(app.db, 'INVOLVES', sharedContact, duplicate);
      await insertLink(app.db, 'INVOLVES', sharedContact, kept);

      const response = await merge(kept, duplicate);
      expect(response.errors).toBeUndefined();
      result = response.data?.mergeStakeholders;
    });

    it('reports what moved, what was combined and what was dropped', () => {
      expect(result).toEqual({
        keptId: kept.gid,
        mergedId: duplicate.gid,
        movedLinks: 4,
        combinedLinks: 2,
        removedLinks: 1,
        mergedFrom: [duplicate.gid],
        kept: { __typename: 'Person', name: `Jan Jansen ${t}`, email: 'jan@example.nl' },
      });
    });

    it('deletes the merged record and keeps its id as provenance on the survivor', async () => {
      expect(await propertiesOf(duplicate)).toBeNull();
      const survivor = await propertiesOf(kept);
      expect(survivor?.props.mergedFrom).toEqual([duplicate.id]);
    });

    it("fills the survivor's missing details but never overwrites its own", async () => {
      const survivor = await propertiesOf(kept);
      expect(survivor?.props).toMatchObject({
        name: `Jan Jansen ${t}`,
        postcode: '7137AB',
        email: 'jan@example.nl',
        phone: '0544 123456',
        id: kept.id,
      });
    });

    it('moves every link with its id, properties and provenance, and a fresh key', async () => {
      const links = await linksOf(kept);
      const membership = links.find((link) => link.type === 'MEMBER_OF');
      expect(membership).toMatchObject({
        startId: kept.id,
        endId: club.id,
        props: {
          id: clubLinkId,
          role: 'penningmeester',
          createdBy: 'test',
          source: 'test',
          key: `MEMBER_OF:${kept.id}:${club.id}`,
        },
      });
      const neighbourLink = links.find((link) => link.props.id === neighbourLinkId);
      expect(neighbourLink).toMatchObject({
        type: 'KNOWS',
        props: { strength: '3', source: 'import:buren.csv' },
      });
      const [low, high] = [kept.id, neighbour.id].sort();
      expect(neighbourLink).toMatchObject({
        startId: low,
        endId: high,
        props: { key: `KNOWS:${low}:${high}` },
      });
      expect(links.find((link) => link.type === 'LIVES_IN')).toMatchObject({ endId: village.id });
    });

    it('combines the two links to the same friend into one with the best of both', async () => {
      const toFriend = (await linksOf(kept)).filter(
        (link) => link.type === 'KNOWS' && [link.startId, link.endId].includes(friend.id),
      );
      expect(toFriend).toHaveLength(1);
      expect(toFriend[0]?.props).toMatchObject({
        strength: '4',
        since: '2010-02-01',
        lastContact: '2024-06-01',
      });
    });

    it('moves contact participations and does not count a shared contact twice', async () => {
      const involvements = (await linksOf(kept)).filter((link) => link.type === 'INVOLVES');
      expect(involvements.map((link) => link.startId).sort()).toEqual(
        [onlyDuplicateContact.id, sharedContact.id].sort(),
      );
    });

    it('creates no self-link', async () => {
      const links = await linksOf(kept);
      expect(links.filter((link) => link.startId === link.endId)).toEqual([]);
      expect(
        links.some((link) => link.startId === duplicate.id || link.endId === duplicate.id),
      ).toBe(false);
    });

    it('shows the merged links in the network of the survivor', async () => {
      const response = await app.gql<{ network: { nodes: { id: string }[] } }>(
        'query($c: ID!) { network(center: $c) { nodes { id } } }',
        { c: kept.gid },
      );
      expect(new Set(response.data?.network.nodes.map((node) => node.id))).toEqual(
        new Set([kept.gid, friend.gid, neighbour.gid, club.gid, village.gid]),
      );
    });
  });

  it('keeps an objection and the official role of the merged record', async () => {
    const t = uniqueToken('merge');
    const kept = await insertPerson(app.db, `Anna ${t}`);
    const duplicate = await insertPerson(
      app.db,
      `Anna B ${t}`,
      { objected: true, officialRole: 'GEBIEDSMAKELAAR' },
      { official: true },
    );
    const response = await merge(kept, duplicate);
    expect(response.errors).toBeUndefined();
    const survivor = await propertiesOf(kept);
    expect(survivor?.labels).toContain('Official');
    expect(survivor?.props).toMatchObject({ objected: true, officialRole: 'GEBIEDSMAKELAAR' });
  });

  it('merges two organizations, combining a shared collaboration', async () => {
    const t = uniqueToken('merge');
    const kept = await insertNode(app.db, 'Organization', {
      name: `Bakkers ${t}`,
      kind: 'NETWORK',
      public: true,
    });
    const duplicate = await insertNode(app.db, 'Organization', {
      name: `Bakkersvereniging ${t}`,
      kind: 'ASSOCIATION',
      public: false,
      website: 'https://bakkers.example',
    });
    const partner = await insertNode(app.db, 'Organization', {
      name: `Partner ${t}`,
      kind: 'BUSINESS',
      public: true,
    });
    const member = await insertPerson(app.db, `Lid ${t}`);
    await insertLink(app.db, 'COLLABORATES_WITH', kept, partner, {
      since: toNeo4jDate('2019-01-01'),
    });
    await insertLink(app.db, 'COLLABORATES_WITH', partner, duplicate, {
      since: toNeo4jDate('2012-01-01'),
    });
    await insertLink(app.db, 'MEMBER_OF', member, duplicate);
    const response = await merge(kept, duplicate);
    expect(response.data?.mergeStakeholders).toMatchObject({
      movedLinks: 1,
      combinedLinks: 1,
      removedLinks: 0,
    });
    const links = await linksOf(kept);
    expect(links.filter((link) => link.type === 'COLLABORATES_WITH')).toEqual([
      expect.objectContaining({ props: expect.objectContaining({ since: '2012-01-01' }) }),
    ]);
    expect(links.find((link) => link.type === 'MEMBER_OF')).toMatchObject({
      startId: member.id,
      endId: kept.id,
    });
    expect((await propertiesOf(kept))?.props).toMatchObject({
      kind: 'NETWORK',
      public: true,
      website: 'https://bakkers.example',
    });
  });

  it('changes nothing at all when the transaction fails after the last write', async () => {
    const t = uniqueToken('merge');
    const kept = await insertPerson(app.db, `Kees ${t}`);
    const duplicate = await insertPerson(app.db, `Kees K ${t}`, { email: 'kees@example.nl' });
    const friend = await insertPerson(app.db, `Vriend ${t}`);
    const club = await insertNode(app.db, 'Organization', {
      name: `Club ${t}`,
      kind: 'ASSOCIATION',
      public: true,
    });
    await insertLink(app.db, 'KNOWS', kept, friend, { strength: 2 });
    await insertLink(app.db, 'KNOWS', duplicate, friend, { strength: 5 });
    await insertLink(app.db, 'MEMBER_OF', duplicate, club);
    await insertLink(app.db, 'KNOWS', duplicate, kept, { strength: 1 });
    const before = {
      kept: await propertiesOf(kept),
      duplicate: await propertiesOf(duplicate),
      keptLinks: await linksOf(kept),
      duplicateLinks: await linksOf(duplicate),
    };

    let writesDone = false;
    await expect(
      mergeStakeholders(
        app.db,
        wholeRegister,
        { keep: { label: 'Person', id: kept.id }, merge: { label: 'Person', id: duplicate.id } },
        {
          beforeCommit: async (tx) => {
            const [row] = await tx.run<{ exists: boolean }>(
              'OPTIONAL MATCH (m:Person {id: $id}) RETURN m IS NOT NULL AS exists',
              { id: duplicate.id },
            );
            writesDone = row?.exists === false;
            throw new Error('forced failure before commit');
          },
        },
      ),
    ).rejects.toThrow('forced failure before commit');

    expect(writesDone).toBe(true);
    expect(await propertiesOf(kept)).toEqual(before.kept);
    expect(await propertiesOf(duplicate)).toEqual(before.duplicate);
    expect(await linksOf(kept)).toEqual(before.keptLinks);
    expect(await linksOf(duplicate)).toEqual(before.duplicateLinks);
  });

  it('refuses to merge a person with an organization', async () => {
    const t = uniqueToken('merge');
    const person = await insertPerson(app.db, `P ${t}`);
    const organization = await insertNode(app.db, 'Organization', {
      name: `O ${t}`,
      kind: 'BUSINESS',
      public: true,
    });
    const response = await merge(person, organization);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      field: 'mergeId',
    });
    expect(await propertiesOf(organization)).not.toBeNull();
  });

  it('refuses areas, a record merged with itself and ids that are not ids', async () => {
    const t = uniqueToken('merge');
    const area = await insertNode(app.db, 'Area', { name: `A ${t}`, level: 'BUURT' });
    const other = await insertNode(app.db, 'Area', { name: `B ${t}`, level: 'BUURT' });
    const areas = await merge(area, other);
    expect(areas.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'keepId' });
    const person = await insertPerson(app.db, `P ${t}`);
    const itself = await merge(person, person);
    expect(itself.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'mergeId' });
    const garbage = await app.gql(MERGE, { keepId: 'nonsense', mergeId: person.gid });
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'keepId' });
  });

  it('answers NOT_FOUND when either record does not exist', async () => {
    const person = await insertPerson(app.db, `P ${uniqueToken('merge')}`);
    const missing = encodeGlobalID('Person', crypto.randomUUID());
    const response = await app.gql(MERGE, { keepId: person.gid, mergeId: missing });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(await propertiesOf(person)).not.toBeNull();
  });
});
