import type { GeneratorContext, PersonSlot } from './context.js';
import { addDays, daysAgo, officeTime } from './dates.js';
import { foodInitiative, initiativeTemplates } from './initiativeCatalogue.js';
import type { InitiativeNode, InitiativeOffer, InitiativeStatus } from './model.js';
import { BLIND_SPOT_KERN, BLIND_SPOT_THEME, FOOD_KERN, kernSpecs } from './municipalityMap.js';
import type { Random } from './random.js';
import type { ThemeName } from './themes.js';

/** What the contact phase needs to know about an initiative. */
export interface InitiativeSlot {
  id: string;
  kern: number;
  firstResponseAt?: string;
}

const statuses: readonly InitiativeStatus[] = ['IDEA', 'INTAKE', 'ACTIVE', 'DONE', 'STOPPED'];
const statusWeights: Record<InitiativeStatus, number> = {
  IDEA: 0.15,
  INTAKE: 0.15,
  ACTIVE: 0.35,
  DONE: 0.25,
  STOPPED: 0.1,
};
/** How long ago an initiative in each status came in (days). */
const receivedAgo: Record<InitiativeStatus, [number, number]> = {
  IDEA: [3, 120],
  INTAKE: [7, 150],
  ACTIVE: [60, 730],
  DONE: [200, 1095],
  STOPPED: [120, 1095],
};

export function initiativeCount(size: number): number {
  return Math.max(12, Math.round(size / 120));
}

/**
 * Residents' initiatives in every status, with realistic received and first-response dates;
 * the food initiative in Lievelde comes first, at intake and still waiting for an answer.
 */
export function generateInitiatives(
  context: GeneratorContext,
  random: Random,
  count: number,
): InitiativeSlot[] {
  const slots: InitiativeSlot[] = [];
  const titles = new Set<string>();
  const eligible = context.kernen.map((k) =>
    (context.residentsByKern[k.index] ?? [])
      .map((i) => context.persons[i])
      .filter((p): p is PersonSlot => p !== undefined && p.group !== 'blind'),
  );
  const blindOrgs = new Set(context.landmarks.blindOrganizationIndices);
  const orgsByKern = context.kernen.map((k) =>
    context.organizations.filter(
      (o) => o.kern === k.index && o.kind !== 'MUNICIPAL_TEAM' && !blindOrgs.has(o.index),
    ),
  );

  const food = emitFoodInitiative(context, random, eligible);
  slots.push(food);
  titles.add(foodInitiative.title);

  for (let i = 1; i < count; i++) {
    const status =
      i <= statuses.length
        ? (statuses[i - 1] as InitiativeStatus)
        : random.weighted(statuses, (s) => statusWeights[s]);
    const kern = random.weighted(context.kernen, (k) => kernSpecs[k.index]?.weight ?? 0);
    const template = random.pick(initiativeTemplates);
    const base = template.title.replace('{kern}', kern.name);
    let title = base;
    for (let n = 2; titles.has(title); n++) title = `${base} (${n})`;
    titles.add(title);
    const [minAgo, maxAgo] = receivedAgo[status];
    const receivedAt = daysAgo(context.today, random, minAgo, maxAgo);
    const answered =
      status === 'IDEA' ? random.chance(0.2) : status === 'INTAKE' ? random.chance(0.6) : true;
    const firstResponseAt = answered
      ? minDate(addDays(receivedAt, Math.round(1 + random.next() ** 2 * 45)), context.today)
      : undefined;
    const themes = template.themes.filter(
      (t) => !(kern.name === BLIND_SPOT_KERN && t === BLIND_SPOT_THEME),
    );
    const receivedTime = officeTime(receivedAt, random);
    const node: InitiativeNode = {
      id: random.uuid(),
      title,
      description: template.description,
      status,
      offers: random.sample<InitiativeOffer>(
        ['THINK_ALONG', 'FACILITATE', 'GIVE_ROOM'],
        random.int(1, 3),
      ),
      receivedAt,
      ...(firstResponseAt ? { firstResponseAt } : {}),
      public: status !== 'IDEA' && random.chance(0.8),
      createdAt: receivedTime,
      updatedAt: firstResponseAt ? officeTime(firstResponseAt, random) : receivedTime,
      createdBy: 'system',
      source: context.source,
    };
    emitInitiative(context, random, node, kern.index, themes.length > 0 ? themes : ['Cultuur'], {
      people: eligible[kern.index] ?? [],
      organizations: orgsByKern[kern.index] ?? [],
    });
    slots.push({ id: node.id, kern: kern.index, ...(firstResponseAt ? { firstResponseAt } : {}) });
  }
  return slots;
}

function emitFoodInitiative(
  context: GeneratorContext,
  random: Random,
  eligible: PersonSlot[][],
): InitiativeSlot {
  const kern = context.kernen.find((k) => k.name === FOOD_KERN);
  if (!kern) throw new RangeError('no food kern');
  const residents = (eligible[kern.index] ?? []).filter(
    (p) => p.group === 'open' && !p.broker && !p.objected,
  );
  const initiator = residents[0];
  if (!initiator) throw new RangeError(`no residents in ${FOOD_KERN}`);
  const receivedAt = addDays(context.today, -12);
  const node: InitiativeNode = {
    id: random.uuid(),
    title: foodInitiative.title,
    description: foodInitiative.description,
    status: 'INTAKE',
    offers: ['THINK_ALONG', 'FACILITATE'],
    receivedAt,
    public: true,
    createdAt: `${receivedAt}T10:12:00Z`,
    updatedAt: `${receivedAt}T10:12:00Z`,
    createdBy: 'system',
    source: context.source,
  };
  context.landmarks.foodInitiativeId = node.id;
  context.landmarks.foodInitiatorIndex = initiator.index;
  const neighbours = residents.filter(
    (p) => p.buurt === initiator.buurt && p.index !== initiator.index,
  );
  const out = context.out;
  out.node('Initiative', node);
  const initiative = { label: 'Initiative' as const, id: node.id };
  const meta = () => ({ id: random.uuid(), createdAt: node.createdAt });
  out.relationship('INITIATES', { label: 'Person', id: initiator.id }, initiative, meta());
  for (const neighbour of neighbours.slice(0, 2)) {
    out.relationship('PARTICIPATES_IN', { label: 'Person', id: neighbour.id }, initiative, meta());
  }
  out.relationship('LOCATED_IN', initiative, { label: 'Area', id: kern.areaId }, meta());
  for (const theme of foodInitiative.themes) {
    out.relationship(
      'ACTIVE_IN',
      initiative,
      { label: 'Theme', id: context.themeIds.get(theme) ?? '' },
      meta(),
    );
  }
  return { id: node.id, kern: kern.index };
}

function emitInitiative(
  context: GeneratorContext,
  random: Random,
  node: InitiativeNode,
  kern: number,
  themes: ThemeName[],
  pools: { people: PersonSlot[]; organizations: GeneratorContext['organizations'] },
): void {
  const out = context.out;
  out.node('Initiative', node);
  const initiative = { label: 'Initiative' as const, id: node.id };
  const meta = () => ({ id: random.uuid(), createdAt: node.createdAt });
  const people = random.sample(pools.people, random.int(1, 8));
  const [initiator, ...others] = people;
  if (random.chance(0.2) && pools.organizations.length > 0) {
    out.relationship(
      'INITIATES',
      { label: 'Organization', id: random.pick(pools.organizations).id },
      initiative,
      meta(),
    );
  } else if (initiator) {
    out.relationship('INITIATES', { label: 'Person', id: initiator.id }, initiative, meta());
  }
  for (const person of others) {
    out.relationship(
      random.chance(0.3) ? 'SUPPORTS' : 'PARTICIPATES_IN',
      { label: 'Person', id: person.id },
      initiative,
      meta(),
    );
  }
  for (const org of random.sample(pools.organizations, random.int(0, 2))) {
    out.relationship('SUPPORTS', { label: 'Organization', id: org.id }, initiative, meta());
  }
  const area = context.kernen[kern];
  if (area) out.relationship('LOCATED_IN', initiative, { label: 'Area', id: area.areaId }, meta());
  for (const theme of themes) {
    out.relationship(
      'ACTIVE_IN',
      initiative,
      { label: 'Theme', id: context.themeIds.get(theme) ?? '' },
      meta(),
    );
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);
