import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../app/context.js';
import type { Database } from '../neo4j/database.js';
import { migrate } from '../neo4j/migrate.js';
import { connectTestDatabase } from '../test/testApp.js';
import { exportFiles, type NetworkExport, readNetworkExport } from './exportService.js';
import { runImport } from './importService.js';

/**
 * Export followed by import: a small village network is exported as the people spreadsheet,
 * its people are removed, and importing the exported file brings back the same people with the
 * same memberships (and roles), home area and themes — new ids, same graph.
 */
describe('export then import', { timeout: 120_000 }, () => {
  let db: Database;
  const system: Viewer = { kind: 'anonymous' };
  const inThreeYears = `${new Date().getFullYear() + 3}-06-30`;

  beforeAll(async () => {
    db = connectTestDatabase();
    await migrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  /** The graph in words: nodes by kind and name (people with their fields), edges by names. */
  const described = (data: NetworkExport) => {
    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const label = (id: string) => {
      const node = byId.get(id);
      return `${node?.kind}:${String(node?.properties.name)}`;
    };
    return {
      nodes: data.nodes
        .map((n) => {
          const p = n.properties;
          return n.kind === 'Person'
            ? `${label(n.id)} ${p.email ?? '-'} ${p.phone ?? '-'} ${p.postcode ?? '-'} ${p.legalBasis} ${p.legalReference ?? '-'} ${p.purpose} ${p.retainUntil} ${p.consentDate ?? '-'}`
            : label(n.id);
        })
        .sort(),
      edges: data.edges
        .map((e) => `${label(e.from)} ${e.type} ${label(e.to)} ${String(e.properties.role ?? '')}`)
        .sort(),
    };
  };

  it('reproduces the same nodes and edges', async () => {
    const t = `T${randomUUID().slice(0, 8)}`;
    const areaId = randomUUID();
    await db.write('test.village', (tx) =>
      tx.run(
        `CREATE (a:Area {id: $areaId, name: $area, level: 'KERN', createdAt: datetime(), updatedAt: datetime(), createdBy: 'system', source: 'manual'})
         WITH a UNWIND $clubs AS club
         CREATE (o:Organization {id: randomUUID(), name: club, kind: 'ASSOCIATION', createdAt: datetime(), updatedAt: datetime(), createdBy: 'system', source: 'manual'})-[:LOCATED_IN {id: randomUUID(), createdAt: datetime(), createdBy: 'system', source: 'manual'}]->(a)`,
        { areaId, area: `Dorp ${t}`, clubs: [`Harmonie ${t}`, `Voetbal ${t}`] },
      ),
    );
    const csv = [
      'naam;e-mail;telefoon;postcode;organisatie;rol;kern;thema;grondslag;toestemmingsdatum;versie toestemmingstekst',
      `Aaltje Esselink ${t};aaltje.${t}@example.nl;;7137 AB;Harmonie ${t};voorzitter;Dorp ${t};Cultuur ${t}|Zorg ${t};;;`,
      `Aaltje Esselink ${t};aaltje.${t}@example.nl;;7137 AB;Voetbal ${t};;Dorp ${t};;;;`,
      `Bennie Wikkerink ${t};;0544-123456;;Voetbal ${t};trainer;Dorp ${t};Sport ${t};CONSENT;01-03-2025;v2`,
      `Co Hulshof ${t};;;;;;Dorp ${t};;;;`,
    ].join('\r\n');
    const defaults = {
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'Gemeentewet art. 160',
      purpose: `Dorpsnetwerk ${t}`,
      retainUntil: inThreeYears,
    };
    const built = await runImport(
      { db, viewer: system },
      { name: 'dorp.csv', bytes: new TextEncoder().encode(csv) },
      { defaults },
    );
    expect(built).toMatchObject({ committed: true, created: 3 });

    const before = await readNetworkExport({ db, viewer: system }, 'people', [areaId]);
    const [people] = exportFiles(before, 'people');
    expect(people?.name).toBe('people.csv');
    const exported = people?.content ?? '';
    expect(exported.split('\r\n')).toHaveLength(1 + 4 + 1);

    const removed = await db.write('test.remove', (tx) =>
      tx.run<{ n: number }>(
        'MATCH (p:Person) WHERE p.name ENDS WITH $t WITH p, p.id AS id DETACH DELETE p RETURN count(id) AS n',
        { t },
      ),
    );
    expect(removed[0]?.n).toBe(3);

    const again = await runImport(
      { db, viewer: system },
      { name: 'people.csv', bytes: new TextEncoder().encode(exported) },
    );
    expect(again).toMatchObject({ committed: true, created: 3, invalid: 0 });
    const after = await readNetworkExport({ db, viewer: system }, 'people', [areaId]);

    const persons = (data: NetworkExport) =>
      data.nodes.filter((n) => n.kind === 'Person').map((n) => n.id);
    expect(persons(after)).toHaveLength(3);
    expect(persons(after).some((id) => persons(before).includes(id))).toBe(false);
    expect(described(after)).toEqual(described(before));
    expect(described(after).edges).toContain(
      `Person:Aaltje Esselink ${t} MEMBER_OF Organization:Harmonie ${t} voorzitter`,
    );

    const twice = await runImport(
      { db, viewer: system },
      { name: 'people.csv', bytes: new TextEncoder().encode(exported) },
    );
    expect(twice).toMatchObject({ committed: true, created: 0, existing: 4 });
  });
});
