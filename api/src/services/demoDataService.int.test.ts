import { randomUUID } from 'node:crypto';
import {
  type DemoMunicipality,
  FixtureBuilder,
  generateDemoMunicipality,
  toChunks,
} from '@antenne/seed';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { connectTestDatabase } from '../test/testApp.js';
import { loadDemoData, loadDemoDataIfEmpty, removeDemoData } from './demoDataService.js';

/**
 * Loads a small municipality into the shared test database, tagged with its own `source` and
 * seed (so its ids are its own), checks what arrived, and removes exactly what it made.
 */
describe('loadDemoData into Neo4j', () => {
  const source = `seed:test-${randomUUID()}`;
  let db: Database;
  let municipality: DemoMunicipality;

  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
    municipality = generateDemoMunicipality({ size: 500, seed: source, source });
  });

  afterAll(async () => {
    await removeDemoData(db, source);
    await db.close();
  });

  it('stores as many nodes and relationships of each kind as were generated, with nothing skipped', async () => {
    const m = municipality;
    const chunks = toChunks(
      {
        Area: m.areas,
        Theme: m.themes,
        Organization: m.organizations,
        Person: m.persons,
        Initiative: m.initiatives,
        Contact: m.contacts,
      },
      m.relationships,
    );
    const progress: number[] = [];
    const summary = await loadDemoData(db, chunks, { onProgress: (p) => progress.push(p.rows) });
    expect(summary.skippedRelationships).toBe(0);
    expect(progress.at(-1)).toBe(summary.rows);

    const nodeRows = await db.read('test.countNodes', (tx) =>
      tx.run<{ label: string; count: number }>(
        `MATCH (n) WHERE n.source = $source
         RETURN [l IN labels(n) WHERE l <> 'Official'][0] AS label, count(*) AS count`,
        { source },
      ),
    );
    const stored = Object.fromEntries(nodeRows.map((r) => [r.label, r.count]));
    expect(stored).toMatchObject({
      Area: municipality.areas.length,
      Organization: municipality.organizations.length,
      Person: municipality.persons.length,
      Initiative: municipality.initiatives.length,
      Contact: municipality.contacts.length,
    });
    // Themes are shared by name with whatever the database already had: each one is there once.
    const themes = await db.read('test.countThemes', (tx) =>
      tx.run<{ count: number }>('MATCH (t:Theme) WHERE t.name IN $names RETURN count(t) AS count', {
        names: municipality.themes.map((t) => t.name),
      }),
    );
    expect(themes[0]?.count).toBe(municipality.themes.length);

    const relRows = await db.read('test.countRelationships', (tx) =>
      tx.run<{ type: string; count: number }>(
        'MATCH ()-[r]->() WHERE r.source = $source RETURN type(r) AS type, count(*) AS count',
        { source },
      ),
    );
    const expected = new Map<string, number>();
    for (const r of municipality.relationships)
      expected.set(r.type, (expected.get(r.type) ?? 0) + 1);
    expect(Object.fromEntries(relRows.map((r) => [r.type, r.count]))).toEqual(
      Object.fromEntries(expected),
    );
  }, 300_000); // ~30 transactions: seconds alone, minutes on a machine shared with other suites

  it('creates nothing when the whole municipality is loaded a second time', async () => {
    const m = municipality;
    const counts = () =>
      db.read('test.reloadCounts', async (tx) => {
        const [row] = await tx.run<{ nodes: number; relationships: number }>(
          `CALL { MATCH (n) WHERE n.source = $source RETURN count(n) AS nodes }
           CALL { MATCH ()-[r]->() WHERE r.source = $source RETURN count(r) AS relationships }
           RETURN nodes, relationships`,
          { source },
        );
        return row;
      });
    const before = await counts();
    const nodes = {
      Area: m.areas,
      Theme: m.themes,
      Organization: m.organizations,
      Person: m.persons,
      Initiative: m.initiatives,
      Contact: m.contacts,
    };
    const again = await loadDemoData(db, toChunks(nodes, m.relationships));
    expect(again.skippedRelationships).toBe(0);
    expect(again.rows).toBe(
      Object.values(nodes).reduce((sum, rows) => sum + rows.length, 0) + m.relationships.length,
    );
    expect(await counts()).toEqual(before);
    expect(before?.relationships).toBe(m.relationships.length);
  }, 300_000);

  it('stores typed values: Official labels, Neo4j dates, integer strengths and the register key', async () => {
    const [row] = await db.read('test.types', (tx) =>
      tx.run<{ officials: number; dateType: boolean; strengthType: boolean; keyed: boolean }>(
        `MATCH (o:Person:Official) WHERE o.source = $source
         WITH count(o) AS officials
         MATCH (p:Person) WHERE p.source = $source
         WITH officials, p LIMIT 1
         MATCH ()-[k:KNOWS]->() WHERE k.source = $source
         WITH officials, p, k LIMIT 1
         RETURN officials,
                valueType(p.retainUntil) STARTS WITH 'DATE' AS dateType,
                valueType(k.strength) STARTS WITH 'INTEGER' AS strengthType,
                k.key = 'KNOWS:' + startNode(k).id + ':' + endNode(k).id AS keyed`,
        { source },
      ),
    );
    expect(row).toEqual({
      officials: municipality.persons.filter((p) => p.officialRole).length,
      dateType: true,
      strengthType: true,
      keyed: true,
    });
  });

  it('adds nothing twice when the same chunks are loaded again', async () => {
    const f = new FixtureBuilder(source, { source });
    const a = f.person({ name: 'Anna Wolbrink' });
    const b = f.person({ name: 'Bennie Eppink' });
    f.knows(a, b, { strength: 4, lastContact: '2026-05-01' });
    await loadDemoData(db, f.chunks());
    await loadDemoData(db, f.chunks());
    const [count] = await db.read('test.twice', (tx) =>
      tx.run<{ people: number; ties: number }>(
        `MATCH (p:Person) WHERE p.id IN $ids
         OPTIONAL MATCH (p)-[k:KNOWS]-()
         RETURN count(DISTINCT p) AS people, count(DISTINCT k) AS ties`,
        { ids: [a.id, b.id] },
      ),
    );
    expect(count).toEqual({ people: 2, ties: 1 });
  }, 60_000);

  it('leaves a database that already has stakeholders alone', async () => {
    // The loads above put people in the database, so this must not load anything.
    const result = await loadDemoDataIfEmpty(db, pino({ level: 'silent' }), {
      size: 500,
      seed: 'other',
    });
    expect(result).toBeNull();
  });
});
