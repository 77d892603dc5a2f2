import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { int } from '../neo4j/database.js';
import { createTestApp, type TestApp } from '../test/testApp.js';
import { removeBySource, uniqueToken } from './networkTestGraph.js';

/**
 * Measures the explorer's depth-2 query on a generated municipality of a few thousand
 * stakeholders (tagged with a unique source and removed afterwards). The bound is generous: it
 * catches an accidental scan of the whole graph, not a slow machine.
 */
const PEOPLE = 4000;
const ORGANIZATIONS = 200;
const AREAS = 20;
const THEMES = 10;
const TIES_PER_PERSON = 4;

/** A deterministic pseudo-random sequence, so every run builds the same shape of graph. */
function sequence(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

describe('network performance', () => {
  let app: TestApp;
  const source = `perf-${randomUUID()}`;
  const token = uniqueToken('perf');
  const people = Array.from({ length: PEOPLE }, () => randomUUID());

  beforeAll(async () => {
    app = await createTestApp();
    const next = sequence(42);
    const organizations = Array.from({ length: ORGANIZATIONS }, () => randomUUID());
    const areas = Array.from({ length: AREAS }, () => randomUUID());
    const themes = Array.from({ length: THEMES }, () => randomUUID());
    const rows = people.map((id, index) => ({
      id,
      name: `Inwoner ${index} ${token}`,
      knows: Array.from({ length: TIES_PER_PERSON }, () => people[next(PEOPLE)]).filter(
        (other) => other !== id,
      ),
      strength: int(1 + next(5)),
      organization: organizations[next(ORGANIZATIONS)],
      area: areas[next(AREAS)],
      theme: themes[next(THEMES)],
    }));
    const provenance =
      'createdAt: datetime(), updatedAt: datetime(), createdBy: "test", source: $source';
    await app.db.write('test.perf.nodes', async (tx) => {
      await tx.run(
        `UNWIND range(0, size($areas) - 1) AS i
         CREATE (:Area {id: $areas[i], name: 'Buurt ' + i + ' ' + $token, level: 'BUURT', ${provenance}})`,
        { areas, token, source },
      );
      await tx.run(
        `UNWIND range(0, size($themes) - 1) AS i
         CREATE (:Theme {id: $themes[i], name: 'Thema ' + i + ' ' + $token, ${provenance}})`,
        { themes, token, source },
      );
      await tx.run(
        `UNWIND range(0, size($organizations) - 1) AS i
         CREATE (:Organization {id: $organizations[i], name: 'Vereniging ' + i + ' ' + $token,
                                kind: 'ASSOCIATION', public: true, ${provenance}})`,
        { organizations, token, source },
      );
      await tx.run(
        `UNWIND $rows AS row
         CREATE (:Person {id: row.id, name: row.name, legalBasis: 'PUBLIC_TASK', purpose: 'test',
                          objected: false, ${provenance}})`,
        { rows, source },
      );
    });
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000);
      await app.db.write('test.perf.links', (tx) =>
        tx.run(
          `UNWIND $batch AS row
           MATCH (p:Person {id: row.id})
           MATCH (o:Organization {id: row.organization}), (a:Area {id: row.area}), (t:Theme {id: row.theme})
           CREATE (p)-[:MEMBER_OF {id: randomUUID(), ${provenance}}]->(o)
           CREATE (p)-[:LIVES_IN {id: randomUUID(), ${provenance}}]->(a)
           CREATE (p)-[:ACTIVE_IN {id: randomUUID(), ${provenance}}]->(t)
           WITH p, row
           UNWIND row.knows AS otherId
           MATCH (q:Person {id: otherId})
           CREATE (p)-[:KNOWS {id: randomUUID(), strength: row.strength, ${provenance}}]->(q)`,
          { batch, source },
        ),
      );
    }
  }, 180_000);

  afterAll(async () => {
    await removeBySource(app.db, source);
    await app.close();
  }, 180_000);

  it('answers a depth-2 network of a few thousand stakeholders quickly', async () => {
    const query = `query($c: ID!) { network(center: $c, depth: 2, limit: 2000) {
      nodes { id depth } edges { id source target } truncated totalNodes omittedNodes } }`;
    // Warm-up: the first run compiles the Cypher plans.
    await app.gql(query, { c: encodeGlobalID('Person', people[0] ?? '') });
    const timings: number[] = [];
    let nodes = 0;
    let edges = 0;
    for (const center of people.slice(1, 11)) {
      const started = performance.now();
      const result = await app.gql<{
        network: { nodes: unknown[]; edges: unknown[]; totalNodes: number; truncated: boolean };
      }>(query, { c: encodeGlobalID('Person', center) });
      timings.push(performance.now() - started);
      expect(result.errors).toBeUndefined();
      expect(result.data?.network.nodes.length).toBeGreaterThan(TIES_PER_PERSON);
      nodes += result.data?.network.nodes.length ?? 0;
      edges += result.data?.network.edges.length ?? 0;
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(timings.length / 2)] ?? 0;
    console.info(
      `network depth 2 over ${PEOPLE + ORGANIZATIONS + AREAS + THEMES} stakeholders: median ${median.toFixed(1)} ms, max ${(timings.at(-1) ?? 0).toFixed(1)} ms, ${nodes / timings.length} nodes and ${edges / timings.length} edges on average`,
    );
    expect(median).toBeLessThan(1500);
  });

  it('answers a type-ahead search quickly on the same data', async () => {
    const query = 'query($t: String!) { search(text: $t, first: 10) { id label } }';
    await app.gql(query, { t: `${token} inwoner 12` });
    const started = performance.now();
    const result = await app.gql<{ search: { label: string }[] }>(query, {
      t: `${token} inwoner 12`,
    });
    const elapsed = performance.now() - started;
    console.info(`search over ${PEOPLE} people: ${elapsed.toFixed(1)} ms`);
    expect(result.data?.search[0]?.label).toBe(`Inwoner 12 ${token}`);
    expect(elapsed).toBeLessThan(1000);
  });
});
