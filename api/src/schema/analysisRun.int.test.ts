import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

interface Run {
  error: string | null;
  id: string;
  status: string;
  progress: number;
  nodes: number | null;
  edges: number | null;
  antennae: number | null;
  coverageShare: number | null;
  fragmentation: number | null;
}

const RUN_FIELDS = 'id status progress nodes edges antennae coverageShare fragmentation error';

/*
 * One area of its own: official Olly knows Ann (5) and Ben (4); Ann knows Ben (3) and Cas (3);
 * Dee lives there and knows no one; Xan objected and knows Ann and Ben.
 */
describe('graph-wide analysis runs through GraphQL', () => {
  let app: TestApp;
  let made: Made;
  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    made = await fx
      .area(`Runland ${fx.tag}`, { key: 'R' })
      .official('Olly', 'GEBIEDSMAKELAAR', { covers: 'R' })
      .person('Ann', { livesIn: 'R' })
      .person('Ben', { livesIn: 'R' })
      .person('Cas', { livesIn: 'R' })
      .person('Dee', { livesIn: 'R' })
      .person('Xan', { livesIn: 'R', objected: true })
      .knows('Olly', 'Ann', 5)
      .knows('Olly', 'Ben', 4)
      .knows('Ann', 'Ben', 3)
      .knows('Ann', 'Cas', 3)
      .knows('Xan', 'Ann', 5)
      .knows('Xan', 'Ben', 5);
  });
  afterAll(() => app.close());

  const runById = async (id: string) =>
    (
      await app.gql<{ analysisRun: Run | null }>(
        `query ($id: ID!) { analysisRun(id: $id) { ${RUN_FIELDS} } }`,
        { id },
      )
    ).data?.analysisRun ?? null;

  it('runs in a worker while the API keeps answering, records the key figures, and writes scores back (none for an objected person)', async () => {
    const started = await app.gql<{ startAnalysisRun: Run }>(
      `mutation ($areaId: ID) { startAnalysisRun(areaId: $areaId) { ${RUN_FIELDS} } }`,
      { areaId: encodeGlobalID('Area', made.areas.R?.id ?? '') },
    );
    expect(started.errors).toBeUndefined();
    const runId = started.data?.startAnalysisRun.id ?? '';
    expect(started.data?.startAnalysisRun.status).toBe('RUNNING');

    // The API answers while the run is going: a status query returns before the run has ended.
    const status = await app.gql<{ systemStatus: { version: string } }>(
      '{ systemStatus { version } }',
    );
    expect(status.data?.systemStatus.version).toBe('test');
    expect((await runById(runId))?.status).toBe('RUNNING');

    let run = await runById(runId);
    for (let i = 0; i < 300 && run?.status === 'RUNNING'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      run = await runById(runId);
    }
    expect(run?.error).toBeNull();
    expect(run).toMatchObject({
      status: 'DONE',
      progress: 1,
      nodes: 5, // Olly, Ann, Ben, Cas, Dee: Xan objected
      edges: 4,
      antennae: 1,
      coverageShare: 0.75, // Ann, Ben, Cas of Ann, Ben, Cas, Dee
    });
    // Dee is cut off from the others: 8 of the 20 ordered pairs are connected.
    expect(run?.fragmentation).toBeCloseTo(1 - 12 / 20, 10);

    const SCORES = `query ($id: ID!) { node(id: $id) { ... on Person { name scores { degree betweenness community
      brokerage { coordinator itinerant gatekeeperRepresentative liaison total } } } } }`;
    type Brokerage = {
      coordinator: number;
      itinerant: number;
      gatekeeperRepresentative: number;
      liaison: number;
      total: number;
    };
    type Scored = {
      node: { scores: { degree: number; betweenness: number; brokerage: Brokerage | null } | null };
    };
    const ann = await app.gql<Scored>(SCORES, {
      id: encodeGlobalID('Person', made.people.Ann?.id ?? ''),
    });
    expect(ann.data?.node.scores?.degree).toBe(3);
    expect(ann.data?.node.scores?.betweenness).toBeGreaterThan(0);
    // Brokerage by kern, everyone in Runland (Olly through the area he covers): Ann stands between
    // Olly–Cas and Ben–Cas (Olly and Ben are tied), all of one kern, so two coordinator pairs.
    expect(ann.data?.node.scores?.brokerage).toEqual({
      coordinator: 2,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 2,
    });
    const ben = await app.gql<Scored>(SCORES, {
      id: encodeGlobalID('Person', made.people.Ben?.id ?? ''),
    });
    expect(ben.data?.node.scores?.brokerage?.total).toBe(0);
    const xan = await app.gql<{ node: { scores: unknown } }>(SCORES, {
      id: encodeGlobalID('Person', made.people.Xan?.id ?? ''),
    });
    expect(xan.errors).toBeUndefined();
    expect(xan.data?.node.scores).toBeNull();

    const history = await app.gql<{ analysisRuns: { id: string }[] }>(
      '{ analysisRuns(first: 100) { id } }',
    );
    expect(history.data?.analysisRuns.map((r) => r.id)).toContain(runId);
  });
});
