import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoMunicipality } from './generateDemoMunicipality.js';
import { ringArea } from './geometry.js';
import type { DemoMunicipality, InitiativeStatus } from './model.js';

/**
 * The who-reaches-whom graph the analysis will see: people, organisations and initiatives linked
 * by ties, memberships, collaborations and initiative roles; a recorded contact links its official
 * to everyone it involves and to the initiative it is about. Areas and themes are not stepping
 * stones (everyone shares them).
 */
function reachGraph(m: DemoMunicipality): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)?.add(b);
    graph.get(b)?.add(a);
  };
  const recordedBy = new Map<string, string>();
  for (const r of m.relationships) if (r.type === 'RECORDED_BY') recordedBy.set(r.from, r.to);
  for (const r of m.relationships) {
    if (
      [
        'PART_OF',
        'LOCATED_IN',
        'LIVES_IN',
        'ACTIVE_IN',
        'COVERS',
        'RESPONSIBLE_FOR',
        'RECORDED_BY',
      ].includes(r.type)
    ) {
      continue;
    }
    if (r.type === 'INVOLVES' || r.type === 'ABOUT') {
      link(recordedBy.get(r.from) ?? '', r.to);
      continue;
    }
    link(r.from, r.to);
  }
  return graph;
}

function distances(
  graph: Map<string, Set<string>>,
  sources: string[],
  without?: string,
): Map<string, number> {
  const distance = new Map<string, number>(sources.map((s) => [s, 0]));
  const queue = [...sources];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const next of graph.get(node) ?? []) {
      if (next === without || distance.has(next)) continue;
      distance.set(next, (distance.get(node) ?? 0) + 1);
      queue.push(next);
    }
  }
  return distance;
}

describe('the structure planted in a generated municipality', () => {
  let m: DemoMunicipality;
  let kernOf: Map<string, string>;
  let graph: Map<string, Set<string>>;
  let officials: string[];
  beforeAll(() => {
    m = generateDemoMunicipality({ size: 3_000, seed: 'structure' });
    graph = reachGraph(m);
    officials = m.landmarks.officialIds;
    const parent = new Map<string, string>();
    for (const r of m.relationships) if (r.type === 'PART_OF') parent.set(r.from, r.to);
    const kernAreas = new Map(
      Object.entries(m.landmarks.kernAreaIds).map(([name, id]) => [id, name]),
    );
    const kernOfArea = (area: string): string | undefined => {
      for (let a: string | undefined = area; a; a = parent.get(a))
        if (kernAreas.has(a)) return kernAreas.get(a);
      return undefined;
    };
    kernOf = new Map();
    for (const r of m.relationships) {
      if (r.type === 'LIVES_IN') kernOf.set(r.from, kernOfArea(r.to) ?? '');
    }
  });

  it('clusters ties: a pair in one village is far likelier to know each other than a pair across villages, and a club even more', () => {
    const residents = m.persons.filter((p) => !p.officialRole && kernOf.has(p.id));
    const perKern = new Map<string, number>();
    for (const p of residents)
      perKern.set(kernOf.get(p.id) ?? '', (perKern.get(kernOf.get(p.id) ?? '') ?? 0) + 1);
    const n = residents.length;
    const pairsWithin = [...perKern.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
    const pairsAcross = (n * (n - 1)) / 2 - pairsWithin;
    const clubs = new Map<string, Set<string>>();
    for (const r of m.relationships) {
      if (r.type === 'MEMBER_OF') {
        if (!clubs.has(r.from)) clubs.set(r.from, new Set());
        clubs.get(r.from)?.add(r.to);
      }
    }
    let within = 0;
    let across = 0;
    let sameClub = 0;
    const isResident = new Set(residents.map((p) => p.id));
    for (const r of m.relationships) {
      if (r.type !== 'KNOWS' || !isResident.has(r.from) || !isResident.has(r.to)) continue;
      if (kernOf.get(r.from) === kernOf.get(r.to)) within++;
      else across++;
      const a = clubs.get(r.from);
      if (a && [...(clubs.get(r.to) ?? [])].some((c) => a.has(c))) sameClub++;
    }
    const densityWithin = within / pairsWithin;
    const densityAcross = across / pairsAcross;
    expect(across).toBeGreaterThan(0);
    expect(densityWithin / densityAcross).toBeGreaterThan(10);
    expect(sameClub / within).toBeGreaterThan(0.2);
  });

  it('has a few brokers whose ties reach into at least four villages', () => {
    const reached = new Map<string, Set<string>>();
    for (const r of m.relationships) {
      if (r.type !== 'KNOWS') continue;
      for (const [a, b] of [
        [r.from, r.to],
        [r.to, r.from],
      ] as const) {
        if (!reached.has(a)) reached.set(a, new Set());
        reached.get(a)?.add(kernOf.get(b) ?? '');
      }
    }
    const wide = m.landmarks.brokerIds.filter((id) => (reached.get(id)?.size ?? 0) >= 4);
    expect(wide.length).toBeGreaterThanOrEqual(3);
    expect(m.landmarks.brokerIds.length).toBeLessThan(m.persons.length * 0.03);
  });

  it('has one kern that hangs on one resident: without her, no one there reaches an official', () => {
    const { kern, personId, officialId } = m.landmarks.singlePointOfFailure;
    const villagers = m.persons.filter((p) => kernOf.get(p.id) === kern && p.id !== personId);
    expect(villagers.length).toBeGreaterThan(10);
    const withHer = distances(graph, officials);
    expect(villagers.every((p) => withHer.has(p.id))).toBe(true);
    const withoutHer = distances(graph, officials, personId);
    expect(villagers.filter((p) => withoutHer.has(p.id))).toEqual([]);
    const officialsKnowingHer = m.relationships
      .filter((r) => r.type === 'KNOWS' && (r.to === personId || r.from === personId))
      .map((r) => (r.from === personId ? r.to : r.from))
      .filter((other) => officials.includes(other));
    expect(officialsKnowingHer).toEqual([officialId]);
  });

  it('has a blind spot: no official reaches the youth of one kern within two steps', () => {
    const { personIds, organizationIds, themeId, kern } = m.landmarks.blindSpot;
    expect(personIds.length).toBeGreaterThanOrEqual(6);
    const reach = distances(graph, officials);
    for (const id of [...personIds, ...organizationIds]) {
      expect(reach.get(id) ?? Number.POSITIVE_INFINITY).toBeGreaterThan(2);
    }
    // The cell is exactly those: nobody else in that kern is active in the theme.
    const inTheme = new Set(
      m.relationships.filter((r) => r.type === 'ACTIVE_IN' && r.to === themeId).map((r) => r.from),
    );
    const cell = m.persons
      .filter((p) => kernOf.get(p.id) === kern && inTheme.has(p.id))
      .map((p) => p.id);
    expect(cell.sort()).toEqual([...personIds].sort());
    // Elsewhere the municipality does reach people within two steps.
    const reachedResidents = m.persons.filter((p) => (reach.get(p.id) ?? 9) <= 2).length;
    expect(reachedResidents / m.persons.length).toBeGreaterThan(0.2);
  });

  it('has stale ties (last contact years ago) and a few ended ones', () => {
    const knows = m.relationships.filter((r) => r.type === 'KNOWS');
    const stale = knows.filter(
      (r) => r.properties.lastContact && r.properties.lastContact < '2024-06-01',
    );
    const ended = knows.filter((r) => r.properties.endedAt);
    expect(stale.length / knows.length).toBeGreaterThan(0.05);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.length / knows.length).toBeLessThan(0.05);
    for (const r of ended) {
      expect(r.properties.endedAt && r.properties.endedAt <= m.options.today).toBe(true);
      expect((r.properties.lastContact ?? '') <= (r.properties.endedAt ?? '')).toBe(true);
    }
  });

  it('averages about ten links per stakeholder', () => {
    const stakeholders = new Set([...m.persons, ...m.organizations].map((s) => s.id));
    let ends = 0;
    for (const r of m.relationships) {
      if (stakeholders.has(r.from)) ends++;
      if (stakeholders.has(r.to)) ends++;
    }
    const average = ends / stakeholders.size;
    expect(average).toBeGreaterThan(8);
    expect(average).toBeLessThan(14);
  });

  it('tells the food-garden story: an intake in Lievelde, not yet answered, with food organisations nearby', () => {
    const food = m.initiatives.find((i) => i.id === m.landmarks.foodInitiative.initiativeId);
    expect(food).toMatchObject({ title: 'Voedseltuin Lievelde', status: 'INTAKE' });
    expect(food?.firstResponseAt).toBeUndefined();
    const initiator = m.relationships.find((r) => r.type === 'INITIATES' && r.to === food?.id);
    expect(initiator?.from).toBe(m.landmarks.foodInitiative.initiatorId);
    expect(kernOf.get(initiator?.from ?? '')).toBe('Lievelde');
    expect(m.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Moestuinvereniging De Groene Hof Lievelde',
        'Voedselbank Berkelveld',
      ]),
    );
  });

  it('has initiatives in every status with first responses after they came in, and contacts over three years', () => {
    const statuses = new Set<InitiativeStatus>(m.initiatives.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['ACTIVE', 'DONE', 'IDEA', 'INTAKE', 'STOPPED']);
    for (const i of m.initiatives) {
      if (i.firstResponseAt) expect(i.firstResponseAt >= i.receivedAt).toBe(true);
      expect(i.receivedAt <= m.options.today).toBe(true);
    }
    const dates = m.contacts.map((c) => c.date).sort();
    expect((dates[0] ?? '') < '2023-07-01').toBe(true);
    expect((dates.at(-1) ?? '9999') <= m.options.today).toBe(true);
  });

  it('has officials in every role, a gebiedsmakelaar for every kern', () => {
    const roles = new Set(m.persons.map((p) => p.officialRole).filter(Boolean));
    expect([...roles].sort()).toEqual([
      'BELEIDSMEDEWERKER',
      'BUITENDIENST',
      'GEBIEDSMAKELAAR',
      'OTHER',
      'WETHOUDER',
      'WIJKCONSULENT',
    ]);
    const brokers = new Set(
      m.persons.filter((p) => p.officialRole === 'GEBIEDSMAKELAAR').map((p) => p.id),
    );
    const covered = new Set(
      m.relationships.filter((r) => r.type === 'COVERS' && brokers.has(r.from)).map((r) => r.to),
    );
    for (const kernId of Object.values(m.landmarks.kernAreaIds))
      expect(covered.has(kernId)).toBe(true);
  });

  it('draws kernen that tile the municipality without overlap, and wijken that tile their kern', () => {
    const ring = (geometry: string | undefined) =>
      (JSON.parse(geometry ?? '{}') as { coordinates: number[][][] }).coordinates[0] ?? [];
    const area = (id: string) => ringArea(ring(m.areas.find((a) => a.id === id)?.geometry));
    const childrenOf = (id: string) =>
      m.relationships.filter((r) => r.type === 'PART_OF' && r.to === id).map((r) => r.from);
    const total = area(m.landmarks.municipalityAreaId);
    expect(total).toBeGreaterThan(0);
    const kernen = childrenOf(m.landmarks.municipalityAreaId);
    expect(kernen).toHaveLength(8);
    const sum = kernen.reduce((s, k) => s + area(k), 0);
    expect(sum).toBeCloseTo(total, 4);
    for (const kern of kernen) {
      expect(area(kern)).toBeGreaterThan(0);
      const wijken = childrenOf(kern);
      expect(wijken.reduce((s, w) => s + area(w), 0)).toBeCloseTo(area(kern), 4);
    }
  });
});
