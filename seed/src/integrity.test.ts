import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoMunicipality, streamDemoMunicipality } from './generateDemoMunicipality.js';
import { allowedRelationships, type DemoMunicipality, type NodeLabel } from './model.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('referential integrity of a generated municipality', () => {
  let m: DemoMunicipality;
  const labelOf = new Map<string, NodeLabel>();
  beforeAll(() => {
    m = generateDemoMunicipality({ size: 2_000, seed: 'integrity' });
    const nodes: [NodeLabel, { id: string }[]][] = [
      ['Area', m.areas],
      ['Theme', m.themes],
      ['Organization', m.organizations],
      ['Person', m.persons],
      ['Initiative', m.initiatives],
      ['Contact', m.contacts],
    ];
    for (const [label, rows] of nodes) for (const row of rows) labelOf.set(row.id, label);
  });

  it('gives every node and relationship its own UUID', () => {
    const ids = [...labelOf.keys(), ...m.relationships.map((r) => r.id)];
    expect(labelOf.size).toBe(
      m.areas.length +
        m.themes.length +
        m.organizations.length +
        m.persons.length +
        m.initiatives.length +
        m.contacts.length,
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !UUID.test(id))).toEqual([]);
  });

  it('only links nodes that exist, with the labels the data model allows, never to themselves', () => {
    const problems: string[] = [];
    for (const r of m.relationships) {
      const shape = `${r.fromLabel}-[:${r.type}]->${r.toLabel}`;
      if (labelOf.get(r.from) !== r.fromLabel) problems.push(`${shape}: missing start ${r.from}`);
      if (labelOf.get(r.to) !== r.toLabel) problems.push(`${shape}: missing end ${r.to}`);
      if (r.from === r.to) problems.push(`${shape}: self-link ${r.id}`);
      if (!allowedRelationships[r.type].some(([f, t]) => f === r.fromLabel && t === r.toLabel)) {
        problems.push(`${shape}: not in the data model`);
      }
    }
    expect(problems).toEqual([]);
    expect(m.relationships.length).toBeGreaterThan(10_000);
  });

  it('starts COVERS and RESPONSIBLE_FOR at officials and records contacts by officials', () => {
    const officials = new Set(m.persons.filter((p) => p.officialRole).map((p) => p.id));
    for (const r of m.relationships) {
      if (r.type === 'COVERS' || r.type === 'RESPONSIBLE_FOR')
        expect(officials.has(r.from)).toBe(true);
      if (r.type === 'RECORDED_BY') expect(officials.has(r.to)).toBe(true);
    }
    const recorded = new Set(
      m.relationships.filter((r) => r.type === 'RECORDED_BY').map((r) => r.from),
    );
    expect(recorded.size).toBe(m.contacts.length);
  });

  it('stores each KNOWS pair once, from the smaller id to the larger, with an integer strength from 1 to 5', () => {
    const pairs = new Set<string>();
    const undirected = m.relationships.filter(
      (x) => x.type === 'KNOWS' || x.type === 'COLLABORATES_WITH',
    );
    expect(undirected.filter((r) => r.from >= r.to)).toEqual([]);
    for (const r of m.relationships.filter((x) => x.type === 'KNOWS')) {
      const key = [r.from, r.to].sort().join('|');
      expect(pairs.has(key), key).toBe(false);
      pairs.add(key);
      expect(Number.isInteger(r.properties.strength)).toBe(true);
      expect(r.properties.strength).toBeGreaterThanOrEqual(1);
      expect(r.properties.strength).toBeLessThanOrEqual(5);
    }
    expect(pairs.size).toBeGreaterThan(m.persons.length);
  });

  it('streams nodes before the relationships that use them', () => {
    const seen = new Set<string>();
    const early: string[] = [];
    for (const chunk of streamDemoMunicipality({ size: 900, seed: 'order', chunkSize: 250 })) {
      if (chunk.kind === 'nodes') for (const row of chunk.rows) seen.add(row.id);
      if (chunk.kind === 'relationships') {
        for (const row of chunk.rows)
          if (!seen.has(row.from) || !seen.has(row.to)) early.push(row.id);
      }
    }
    expect(seen.size).toBeGreaterThan(900);
    expect(early).toEqual([]);
  });
});
