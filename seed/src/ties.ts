import type { GeneratorContext, PersonSlot } from './context.js';
import { addDays, daysAgo, daysBetween, officeTime } from './dates.js';
import type { DemoChunk, RelationshipProperties } from './model.js';
import type { Random } from './random.js';

type TieKind = 'club' | 'buurt' | 'kern' | 'cross' | 'official';

/**
 * Who knows whom. Each resident starts a few ties: mostly with people from the same club, street
 * or village, rarely elsewhere; brokers reach across villages on purpose. Residents of the SPOF kern
 * and the blind-spot cell only know people in their own kern; officials know residents of the kernen
 * they cover, never anyone in the blind-spot kern, and in the SPOF kern only the one resident.
 * Every pair is stored once.
 */
export function* generateTies(
  context: GeneratorContext,
  random: Random,
  knownByOfficial: Map<number, number[]>,
): Generator<DemoChunk> {
  const pairs = new Set<number>();
  const n = context.persons.length;
  const add = (a: PersonSlot, b: PersonSlot, kind: TieKind): boolean => {
    if (a.index === b.index) return false;
    const key = a.index < b.index ? a.index * n + b.index : b.index * n + a.index;
    if (pairs.has(key)) return false;
    pairs.add(key);
    if (a.group === 'official') {
      const known = knownByOfficial.get(a.index);
      if (known) known.push(b.index);
      else knownByOfficial.set(a.index, [b.index]);
    }
    // Stored once, from the smaller id to the larger: the register's direction for undirected links.
    const [from, to] = a.id < b.id ? [a, b] : [b, a];
    context.out.relationship(
      'KNOWS',
      { label: 'Person', id: from.id },
      { label: 'Person', id: to.id },
      { id: random.uuid(), createdAt: officeTime(daysAgo(context.today, random, 0, 1095), random) },
      tieProperties(random, context.today, kind),
    );
    return true;
  };
  const person = (index: number | undefined): PersonSlot | undefined =>
    index === undefined ? undefined : context.persons[index];

  for (const official of context.officials) {
    yield* officialTies(context, random, official, add);
  }

  for (const resident of context.persons) {
    if (resident.group === 'official') continue;
    const kernPool = context.residentsByKern[resident.kern] ?? [];
    const buurtPool =
      context.residentsByBuurt.get(`${resident.kern}/${resident.buurt}`) ?? kernPool;
    const staysHome = resident.group === 'spofKern' || resident.group === 'blind';
    const wanted = resident.broker
      ? random.int(10, 22)
      : random.weighted([1, 2, 3, 4, 5], (k) => [0.2, 0.3, 0.25, 0.15, 0.1][k - 1] ?? 0);
    const crossShare = resident.broker ? 0.6 : 0.06;
    for (let attempt = 0, made = 0; made < wanted && attempt < wanted * 4; attempt++) {
      const r = random.next();
      let target: PersonSlot | undefined;
      let kind: TieKind;
      if (!staysHome && r < crossShare) {
        target = person(random.pick(context.crossVillagePool));
        kind = 'cross';
      } else if (r < crossShare + 0.4 && resident.organizations.length > 0) {
        const org = context.organizations[random.pick(resident.organizations)];
        target = person(org && org.members.length > 0 ? random.pick(org.members) : undefined);
        kind = 'club';
      } else if (r < crossShare + 0.7) {
        target = person(random.pick(buurtPool));
        kind = 'buurt';
      } else {
        target = person(random.pick(kernPool));
        kind = 'kern';
      }
      if (!target || target.group === 'official') continue;
      if (kind === 'cross' && target.kern === resident.kern) kind = 'kern';
      if (add(resident, target, kind)) made++;
    }
    yield* context.out.take();
  }
}

function* officialTies(
  context: GeneratorContext,
  random: Random,
  official: PersonSlot,
  add: (a: PersonSlot, b: PersonSlot, kind: TieKind) => boolean,
): Generator<DemoChunk> {
  const scale = Math.sqrt(Math.max(1, context.persons.length / 2000));
  for (const colleague of random.sample(context.officials, random.int(3, 6))) {
    add(official, colleague, 'official');
  }
  const reachable = (slot: PersonSlot | undefined): slot is PersonSlot =>
    slot !== undefined && slot.group === 'open';
  const known = (pool: readonly number[], count: number) => {
    for (const index of random.sample(pool, count)) {
      const slot = context.persons[index];
      if (reachable(slot)) add(official, slot, 'official');
    }
  };
  const boardOf = (kernen: number[]) =>
    context.organizations
      .filter((o) => kernen.includes(o.kern) && !o.local && o.kind !== 'MUNICIPAL_TEAM')
      .flatMap((o) => o.members.slice(0, 3));

  switch (official.officialRole) {
    case 'GEBIEDSMAKELAAR':
    case 'WIJKCONSULENT':
    case 'BUITENDIENST': {
      const base =
        official.officialRole === 'BUITENDIENST'
          ? 10
          : official.officialRole === 'WIJKCONSULENT'
            ? 18
            : 25;
      for (const kern of official.covers) {
        const residents = context.residentsByKern[kern] ?? [];
        known(residents, Math.round(random.int(base, base * 2) * scale));
        if (official.officialRole === 'GEBIEDSMAKELAAR')
          known(boardOf([kern]), Math.round(12 * scale));
      }
      const spof = context.persons[context.landmarks.spofPersonIndex];
      if (
        official.officialRole === 'GEBIEDSMAKELAAR' &&
        spof &&
        official.covers.includes(spof.kern)
      ) {
        add(official, spof, 'official');
        context.landmarks.spofOfficialIndex = official.index;
      }
      break;
    }
    case 'BELEIDSMEDEWERKER':
    case 'WETHOUDER': {
      const everywhere = context.kernen.map((k) => k.index);
      known(boardOf(everywhere), Math.round(random.int(10, 20) * scale));
      break;
    }
    default:
      known(context.officialReachablePool, random.int(3, 8));
  }
  yield* context.out.take();
}

/** Strength by how people met; some ties went stale years ago, a few ended. */
function tieProperties(random: Random, today: string, kind: TieKind): RelationshipProperties {
  const base = { club: 3, buurt: 3, kern: 2, cross: 2, official: 3 }[kind];
  const strength = Math.min(
    5,
    Math.max(1, base + random.int(-1, 2) - (random.chance(0.3) ? 1 : 0)),
  );
  const properties: RelationshipProperties = { strength };
  const since = random.chance(0.75) ? daysAgo(today, random, 200, 9000) : undefined;
  if (since) properties.since = since;
  if (random.chance(0.88)) {
    const stale = random.chance(0.15);
    let last = stale ? daysAgo(today, random, 730, 2400) : daysAgo(today, random, 0, 330);
    if (since && last < since) last = since;
    properties.lastContact = last;
    if (random.chance(0.02)) {
      const gap = Math.max(0, daysBetween(last, today));
      properties.endedAt = addDays(last, random.int(0, gap));
    }
  }
  return properties;
}
