import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Made } from '../test/fixtures.js';
import { createTestApp, type TestApp } from '../test/testApp.js';

interface ScoresOut {
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  coreNumber: number;
  community: number;
}
interface NodeOut {
  id: string;
  kind: string;
  label: string;
  scores: ScoresOut | null;
}

const NETWORK = `query ($center: ID!) {
  network(center: $center, depth: 2) {
    nodes { id kind label scores { degree betweenness closeness pagerank eigenvector coreNumber community } }
  }
}`;

/*
 * One area of its own with two tight groups joined by Ann–Dan: Ann, Ben, Cas know each other;
 * Dan, Eva, Fay know each other. Xan objected and knows Ann.
 */
describe('network node scores', () => {
  let app: TestApp;
  let made: Made;
  const gid = (name: string) => encodeGlobalID('Person', made.people[name]?.id ?? '');
  const network = async (center: string) => {
    const result = await app.gql<{ network: { nodes: NodeOut[] } }>(NETWORK, { center });
    expect(result.errors).toBeUndefined();
    return new Map((result.data?.network.nodes ?? []).map((node) => [node.id, node]));
  };

  beforeAll(async () => {
    app = await createTestApp();
    const fx = fixture(app.db);
    made = await fx
      .area(`Scoreland ${fx.tag}`, { key: 'S' })
      .person('Ann', { livesIn: 'S' })
      .person('Ben', { livesIn: 'S' })
      .person('Cas', { livesIn: 'S' })
      .person('Dan', { livesIn: 'S' })
      .person('Eva', { livesIn: 'S' })
      .person('Fay', { livesIn: 'S' })
      .person('Xan', { livesIn: 'S', objected: true })
      .knows('Ann', 'Ben', 4)
      .knows('Ann', 'Cas', 4)
      .knows('Ben', 'Cas', 4)
      .knows('Dan', 'Eva', 4)
      .knows('Dan', 'Fay', 4)
      .knows('Eva', 'Fay', 4)
      .knows('Ann', 'Dan', 2)
      .knows('Xan', 'Ann', 5);
  });
  afterAll(() => app.close());

  it('has no scores before an analysis run', async () => {
    const nodes = await network(gid('Ann'));
    expect(nodes.get(gid('Ann'))?.scores).toBeNull();
    expect(nodes.get(gid('Ben'))?.scores).toBeNull();
  });

  it('carries the degree, betweenness, pagerank and community the latest run wrote back', async () => {
    const started = await app.gql<{ startAnalysisRun: { id: string } }>(
      'mutation ($areaId: ID) { startAnalysisRun(areaId: $areaId) { id } }',
      { areaId: encodeGlobalID('Area', made.areas.S?.id ?? '') },
    );
    expect(started.errors).toBeUndefined();
    const runId = started.data?.startAnalysisRun.id ?? '';
    let status = 'RUNNING';
    for (let i = 0; i < 600 && status === 'RUNNING'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const run = await app.gql<{ analysisRun: { status: string } | null }>(
        'query ($id: ID!) { analysisRun(id: $id) { status } }',
        { id: runId },
      );
      status = run.data?.analysisRun?.status ?? 'missing';
    }
    expect(status).toBe('DONE');

    const nodes = await network(gid('Ann'));
    const ann = nodes.get(gid('Ann'))?.scores;
    const ben = nodes.get(gid('Ben'))?.scores;
    const dan = nodes.get(gid('Dan'))?.scores;
    const eva = nodes.get(gid('Eva'))?.scores;
    // Ann knows Ben, Cas and Dan (Xan objected, so left out of the analysis).
    expect(ann?.degree).toBe(3);
    expect(ben?.degree).toBe(2);
    // Ann and Dan broker between the two groups; Ben lies on no shortest path between others.
    expect(ann?.betweenness).toBeGreaterThan(0);
    expect(ben?.betweenness).toBe(0);
    expect(ann?.pagerank).toBeGreaterThan(ben?.pagerank ?? 1);
    // Two triangles joined by one tie: two communities.
    expect(ben?.community).toBe(ann?.community);
    expect(eva?.community).toBe(dan?.community);
    expect(eva?.community).not.toBe(ann?.community);
    // Objected people and areas carry no scores.
    expect(nodes.get(gid('Xan'))?.scores).toBeNull();
    const area = [...nodes.values()].find((node) => node.kind === 'AREA');
    expect(area).toBeDefined();
    expect(area?.scores).toBeNull();
  }, 120_000);
});
