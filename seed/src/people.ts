import { mobilePhone, postcodeIn } from './contactDetails.js';
import {
  type GeneratorContext,
  kernIndex,
  type OrganizationSlot,
  type PersonSlot,
  type ReachGroup,
} from './context.js';
import { addDays, daysAgo, officeTime } from './dates.js';
import type { DemoChunk, OfficialRole, PersonNode } from './model.js';
import {
  BLIND_SPOT_KERN,
  BLIND_SPOT_THEME,
  brokerDistricts,
  kernSpecs,
  MUNICIPALITY_NAME,
  SPOF_KERN,
} from './municipalityMap.js';
import { generatePersonName } from './names.js';
import { officialPrivacy, residentPrivacy } from './privacy.js';
import type { Random } from './random.js';
import { fill, personNotes } from './texts.js';
import { type ThemeName, themeNames } from './themes.js';

interface OfficialPlan {
  role: OfficialRole;
  team: string;
  covers: (index: number) => number[];
  themes: (index: number) => ThemeName[];
}

/** How many officials work for a municipality of `size` stakeholders, by role. */
export function officialPlan(size: number): { role: OfficialRole; count: number }[] {
  const extra = Math.floor(size / 20_000);
  return [
    { role: 'GEBIEDSMAKELAAR', count: brokerDistricts.length },
    { role: 'WIJKCONSULENT', count: 3 + extra },
    { role: 'BUITENDIENST', count: 3 + extra },
    { role: 'BELEIDSMEDEWERKER', count: 4 + Math.floor(size / 33_000) },
    { role: 'WETHOUDER', count: 1 },
    { role: 'OTHER', count: 1 },
  ];
}

/** Officials first, then the residents kern by kern, each with where they live, clubs and themes. */
export function* generatePeople(
  context: GeneratorContext,
  random: Random,
  personCount: number,
  size: number,
): Generator<DemoChunk> {
  generateOfficials(context, random, size);
  const residentCount = personCount - context.officials.length;
  const counts = apportion(
    residentCount,
    kernSpecs.map((spec) => spec.weight),
  );
  const spofKern = kernIndex(context, SPOF_KERN);
  const blindKern = kernIndex(context, BLIND_SPOT_KERN);
  const pools = membershipPools(context);
  let openOrdinal = 0;
  for (const kern of context.kernen) {
    const count = counts[kern.index] ?? 0;
    const blindCount = Math.max(6, Math.round(count * 0.15));
    let firstOpen = true;
    for (let i = 0; i < count; i++) {
      let group: ReachGroup = 'open';
      if (kern.index === spofKern) group = i === 0 ? 'spof' : 'spofKern';
      if (kern.index === blindKern) group = i < blindCount ? 'blind' : 'quiet';
      const broker = group === 'spof' || (group === 'open' && (firstOpen || random.chance(0.01)));
      const objected =
        (group === 'open' || group === 'quiet') &&
        !broker &&
        ([10, 110, 210].includes(openOrdinal) || random.chance(0.005));
      if (group === 'open') {
        firstOpen = false;
        openOrdinal++;
      }
      generateResident(context, random, { kern: kern.index, group, broker, objected }, pools);
      yield* context.out.take();
    }
  }
}

function generateOfficials(context: GeneratorContext, random: Random, size: number): void {
  const reachable = context.kernen
    .filter((k) => k.name !== SPOF_KERN && k.name !== BLIND_SPOT_KERN)
    .map((k) => k.index);
  const policyThemes = [...themeNames];
  const plans: Record<OfficialRole, OfficialPlan> = {
    GEBIEDSMAKELAAR: {
      role: 'GEBIEDSMAKELAAR',
      team: 'Team Gebiedsgericht Werken',
      covers: (i) => (brokerDistricts[i] ?? []).map((name) => kernIndex(context, name)),
      themes: () => [],
    },
    WIJKCONSULENT: {
      role: 'WIJKCONSULENT',
      team: 'Team Sociaal Domein',
      covers: (i) => [
        ...new Set([
          reachable[i % reachable.length] ?? 0,
          reachable[(i + 3) % reachable.length] ?? 0,
        ]),
      ],
      themes: () => [],
    },
    BUITENDIENST: {
      role: 'BUITENDIENST',
      team: 'Team Buitendienst',
      covers: (i) => [0, 1, 2].map((d) => (i * 3 + d) % context.kernen.length),
      themes: () => [],
    },
    BELEIDSMEDEWERKER: {
      role: 'BELEIDSMEDEWERKER',
      team: 'Team Beleid en Strategie',
      covers: () => [],
      themes: (i) => {
        const count = officialPlan(size).find((p) => p.role === 'BELEIDSMEDEWERKER')?.count ?? 1;
        return policyThemes.filter((_, t) => t % count === i);
      },
    },
    WETHOUDER: {
      role: 'WETHOUDER',
      team: 'College van B&W',
      covers: () => [],
      themes: () => ['Zorg', 'Jeugd', 'Wonen', 'Voedsel'],
    },
    OTHER: {
      role: 'OTHER',
      team: 'Team Beleid en Strategie',
      covers: () => [],
      themes: () => [],
    },
  };
  const roleTitle: Record<OfficialRole, string> = {
    GEBIEDSMAKELAAR: 'gebiedsmakelaar',
    WIJKCONSULENT: 'wijkconsulent',
    BUITENDIENST: 'medewerker buitendienst',
    BELEIDSMEDEWERKER: 'beleidsmedewerker',
    WETHOUDER: 'wethouder',
    OTHER: 'informatiebeheerder',
  };
  const domain = `${MUNICIPALITY_NAME.toLowerCase()}.example`;
  for (const { role, count } of officialPlan(size)) {
    const plan = plans[role];
    const team = context.organizations.find((o) => o.name === plan.team);
    for (let i = 0; i < count; i++) {
      const name = generatePersonName(random);
      const createdAt = officeTime(daysAgo(context.today, random, 900, 1095), random);
      const covers = plan.covers(i);
      const livesIn = random.chance(0.5) ? context.kernen[random.pick(reachable)] : undefined;
      const slot: PersonSlot = {
        index: context.persons.length,
        id: random.uuid(),
        kern: livesIn?.index ?? -1,
        buurt: -1,
        group: 'official',
        broker: false,
        objected: false,
        themes: [],
        organizations: team ? [team.index] : [],
        officialRole: role,
        covers,
      };
      context.persons.push(slot);
      context.officials.push(slot);
      context.out.node('Person', {
        id: slot.id,
        name: name.full,
        ...officialPrivacy(random, context.today),
        officialRole: role,
        workEmail: `${name.handle}@${domain}`,
        workPhone: `0544-39${String(random.int(1000, 9999))}`,
        createdAt,
        updatedAt: createdAt,
        createdBy: 'system',
        source: context.source,
      });
      const person = { label: 'Person' as const, id: slot.id };
      const meta = () => ({ id: random.uuid(), createdAt });
      if (team) {
        team.members.push(slot.index);
        context.out.relationship(
          'WORKS_AT',
          person,
          { label: 'Organization', id: team.id },
          meta(),
          { role: roleTitle[role] },
        );
      }
      if (livesIn) {
        context.out.relationship(
          'LIVES_IN',
          person,
          { label: 'Area', id: random.pick(livesIn.buurten).areaId },
          meta(),
        );
      }
      for (const kern of covers) {
        const area = context.kernen[kern];
        if (area)
          context.out.relationship('COVERS', person, { label: 'Area', id: area.areaId }, meta());
      }
      if (role === 'WETHOUDER') {
        context.out.relationship(
          'COVERS',
          person,
          { label: 'Area', id: context.landmarks.municipalityAreaId },
          meta(),
        );
      }
      for (const theme of plan.themes(i)) {
        context.out.relationship(
          'RESPONSIBLE_FOR',
          person,
          { label: 'Theme', id: context.themeIds.get(theme) ?? '' },
          meta(),
        );
      }
    }
  }
}

interface MembershipPools {
  byKern: OrganizationSlot[][];
  open: OrganizationSlot[];
  blind: OrganizationSlot[];
  spofDorpsraad: OrganizationSlot | undefined;
}

function membershipPools(context: GeneratorContext): MembershipPools {
  const blindIndices = new Set(context.landmarks.blindOrganizationIndices);
  const joinable = context.organizations.filter(
    (o) => o.kind !== 'MUNICIPAL_TEAM' && !blindIndices.has(o.index),
  );
  return {
    byKern: context.kernen.map((k) => joinable.filter((o) => o.kern === k.index)),
    open: joinable.filter((o) => !o.local),
    blind: context.organizations.filter((o) => blindIndices.has(o.index)),
    spofDorpsraad: context.organizations.find((o) => o.name === `Dorpsraad ${SPOF_KERN}`),
  };
}

const boardRoles = ['voorzitter', 'secretaris', 'penningmeester'] as const;

function generateResident(
  context: GeneratorContext,
  random: Random,
  plan: { kern: number; group: ReachGroup; broker: boolean; objected: boolean },
  pools: MembershipPools,
): void {
  const kern = context.kernen[plan.kern];
  if (!kern) throw new RangeError(`no kern ${plan.kern}`);
  const buurtIndex = random.int(0, kern.buurten.length - 1);
  const buurt = kern.buurten[buurtIndex] ?? { areaId: '', postcode: kern.postcodes[0] ?? '' };
  const recordedOn = daysAgo(context.today, random, 30, 1095);
  const createdAt = officeTime(recordedOn, random);
  const slot: PersonSlot = {
    index: context.persons.length,
    id: random.uuid(),
    kern: plan.kern,
    buurt: buurtIndex,
    group: plan.group,
    broker: plan.broker,
    objected: plan.objected,
    themes: [],
    organizations: [],
    covers: [],
  };
  context.persons.push(slot);

  const joined = chooseOrganizations(random, plan.group, plan.kern, pools);
  const memberships: {
    org: OrganizationSlot;
    type: 'MEMBER_OF' | 'WORKS_AT' | 'VOLUNTEERS_AT';
    role?: string;
    board?: string;
  }[] = [];
  for (const org of joined) {
    const first = org.members.length === 0;
    if (org.joinAs === 'MEMBER_OF') {
      const board =
        org.kind === 'ASSOCIATION' && org.members.length < boardRoles.length
          ? boardRoles[org.members.length]
          : undefined;
      memberships.push({ org, type: 'MEMBER_OF', ...(board ? { board } : {}) });
    } else if (org.joinAs === 'WORKS_AT') {
      const role = first
        ? org.kind === 'BUSINESS'
          ? 'eigenaar'
          : 'directeur'
        : org.name.startsWith('Basisschool')
          ? 'leerkracht'
          : 'medewerker';
      memberships.push({ org, type: 'WORKS_AT', role });
    } else {
      memberships.push({
        org,
        type: 'VOLUNTEERS_AT',
        role: first ? 'coördinator' : 'vrijwilliger',
      });
    }
    org.members.push(slot.index);
    slot.organizations.push(org.index);
  }

  const themes = new Set<ThemeName>();
  for (const org of joined) {
    if (random.chance(0.6)) themes.add(random.pick(org.themes));
  }
  if (random.chance(0.5)) themes.add(random.pick(themeNames));
  if (plan.broker && random.chance(0.4)) themes.add('Voedsel');
  if (plan.group === 'quiet') themes.delete(BLIND_SPOT_THEME);
  slot.themes = plan.group === 'blind' ? [BLIND_SPOT_THEME] : [...themes].slice(0, 3);

  const contactPerson = memberships.some(
    (m) => m.board || m.role === 'eigenaar' || m.role === 'coördinator',
  );
  const name = generatePersonName(random);
  const node: PersonNode = {
    id: slot.id,
    name: name.full,
    ...residentPrivacy(random, context.today, {
      kern: kern.name,
      contactPerson,
      objected: plan.objected,
      recordedOn,
    }),
    createdAt,
    updatedAt: random.chance(0.3)
      ? officeTime(addDays(recordedOn, random.int(0, 25)), random)
      : createdAt,
    createdBy: 'system',
    source: context.source,
  };
  if (node.updatedAt > `${context.today}T23:59:59Z` || node.updatedAt < createdAt) {
    node.updatedAt = createdAt;
  }
  if (random.chance(0.45)) {
    node.email = `${name.handle}${random.chance(0.3) ? random.int(10, 99) : ''}@mail.example`;
  }
  if (random.chance(0.4)) node.phone = mobilePhone(random);
  if (random.chance(0.85)) node.postcode = postcodeIn(buurt.postcode, random);
  if (random.chance(0.1)) {
    node.notes = fill(random.pick(personNotes), {
      kern: kern.name,
      org: joined[0]?.name ?? `de buurt in ${kern.name}`,
      theme: (slot.themes[0] ?? 'het dorp').toLowerCase(),
    });
  }
  context.out.node('Person', node);

  const person = { label: 'Person' as const, id: slot.id };
  const meta = () => ({ id: random.uuid(), createdAt });
  context.out.relationship('LIVES_IN', person, { label: 'Area', id: buurt.areaId }, meta());
  for (const m of memberships) {
    const org = { label: 'Organization' as const, id: m.org.id };
    context.out.relationship(m.type, person, org, meta(), m.role ? { role: m.role } : {});
    if (m.board) context.out.relationship('BOARD_OF', person, org, meta(), { role: m.board });
  }
  for (const theme of slot.themes) {
    context.out.relationship(
      'ACTIVE_IN',
      person,
      { label: 'Theme', id: context.themeIds.get(theme) ?? '' },
      meta(),
    );
  }

  context.residentsByKern[plan.kern]?.push(slot.index);
  const buurtKey = `${plan.kern}/${buurtIndex}`;
  const inBuurt = context.residentsByBuurt.get(buurtKey);
  if (inBuurt) inBuurt.push(slot.index);
  else context.residentsByBuurt.set(buurtKey, [slot.index]);
  if (plan.group === 'open' || plan.group === 'quiet' || plan.group === 'spof') {
    context.crossVillagePool.push(slot.index);
  }
  if (plan.group === 'open') context.officialReachablePool.push(slot.index);
  if (plan.group === 'spof') context.landmarks.spofPersonIndex = slot.index;
}

/**
 * Clubs, employers and volunteer work: mostly in the own kern. The SPOF kern's residents stay in
 * their kern's organisations, and the blind-spot cell only has its own youth club.
 */
function chooseOrganizations(
  random: Random,
  group: ReachGroup,
  kern: number,
  pools: MembershipPools,
): OrganizationSlot[] {
  if (group === 'blind') return pools.blind;
  const count = random.weighted([0, 1, 2, 3], (n) => [0.2, 0.38, 0.3, 0.12][n] ?? 0);
  const chosen = new Set<OrganizationSlot>();
  if (group === 'spof' && pools.spofDorpsraad) chosen.add(pools.spofDorpsraad);
  const own = pools.byKern[kern] ?? [];
  for (let i = 0; i < count; i++) {
    const local = group === 'spof' || group === 'spofKern' || random.chance(0.72);
    const pool = local ? own : pools.open;
    if (pool.length > 0) chosen.add(random.pick(pool));
  }
  return [...chosen];
}

/** Splits `total` over weights so the parts add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left--;
  }
  return parts;
}
