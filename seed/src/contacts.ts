import type { GeneratorContext, OrganizationSlot, PersonSlot } from './context.js';
import { addDays, daysAgo, officeTime } from './dates.js';
import type { InitiativeSlot } from './initiatives.js';
import type { ContactChannel, ContactNode, DemoChunk, OfficialRole } from './model.js';
import { BLIND_SPOT_KERN, SPOF_KERN } from './municipalityMap.js';
import type { Random } from './random.js';
import { contactNotes, fill } from './texts.js';

export function contactCount(size: number): number {
  return Math.max(150, Math.round(size * 0.35));
}

const recordingWeight: Record<OfficialRole, number> = {
  GEBIEDSMAKELAAR: 3,
  WIJKCONSULENT: 3,
  BUITENDIENST: 2,
  BELEIDSMEDEWERKER: 1,
  WETHOUDER: 1,
  OTHER: 0.2,
};
const channels: readonly ContactChannel[] = [
  'VISIT',
  'PHONE',
  'EMAIL',
  'MEETING',
  'EVENT',
  'OTHER',
];
const channelWeights = [0.25, 0.3, 0.2, 0.15, 0.08, 0.02];

/**
 * Contact moments officials recorded over the last three years, with the residents and
 * organisations they know in the kernen they cover. Nothing is recorded with anyone in the
 * blind-spot kern; in the SPOF kern only with its one resident, and never about its initiatives.
 */
export function* generateContacts(
  context: GeneratorContext,
  random: Random,
  count: number,
  initiatives: InitiativeSlot[],
  knownByOfficial: Map<number, number[]>,
): Generator<DemoChunk> {
  const closed = new Set(
    context.kernen
      .filter((k) => k.name === BLIND_SPOT_KERN || k.name === SPOF_KERN)
      .map((k) => k.index),
  );
  const openOrganizations = context.organizations.filter(
    (o) => !o.local && o.kind !== 'MUNICIPAL_TEAM' && !closed.has(o.kern),
  );
  const organizationsIn = (kernen: number[]): OrganizationSlot[] => {
    const inKernen = openOrganizations.filter((o) => kernen.includes(o.kern));
    return inKernen.length > 0 ? inKernen : openOrganizations;
  };
  const orgPools = new Map(context.officials.map((o) => [o.index, organizationsIn(o.covers)]));
  const peopleKnown = new Map(
    context.officials.map((official) => [
      official.index,
      (knownByOfficial.get(official.index) ?? [])
        .map((i) => context.persons[i])
        .filter((p): p is PersonSlot => p !== undefined && p.group !== 'official'),
    ]),
  );
  const openInitiatives = initiatives.filter((i) => !closed.has(i.kern) && i.firstResponseAt);

  for (let c = 0; c < count; c++) {
    const official = random.weighted(
      context.officials,
      (o) => recordingWeight[o.officialRole ?? 'OTHER'],
    );
    const date = daysAgo(context.today, random, 0, 1095);
    const involvedPeople = peopleKnown.get(official.index) ?? [];
    const orgs = orgPools.get(official.index) ?? openOrganizations;
    const involved: { label: 'Person' | 'Organization'; id: string; name?: string }[] = [];
    for (let k = random.int(1, 3); k > 0; k--) {
      if (involvedPeople.length > 0 && random.chance(0.7)) {
        involved.push({ label: 'Person', id: random.pick(involvedPeople).id });
      } else if (orgs.length > 0) {
        const org = random.pick(orgs);
        involved.push({ label: 'Organization', id: org.id, name: org.name });
      }
    }
    const unique = [...new Map(involved.map((i) => [i.id, i])).values()];
    const kern = context.kernen[official.covers[0] ?? 0]?.name ?? 'de gemeente';
    const about = random.chance(0.25)
      ? openInitiatives.filter(
          (i) => (i.firstResponseAt ?? '') <= date && official.covers.includes(i.kern),
        )
      : [];
    const initiative = about.length > 0 ? random.pick(about) : undefined;
    const recordedAt = officeTime(date, random);
    const node: ContactNode = {
      id: random.uuid(),
      date,
      channel: random.weighted(channels, (ch) => channelWeights[channels.indexOf(ch)] ?? 0),
      note: fill(random.pick(contactNotes), {
        kern,
        org: unique.find((i) => i.name)?.name ?? `de dorpsraad van ${kern}`,
        theme: random.pick(['voedsel', 'zorg', 'groen', 'wonen', 'jeugd', 'energie', 'veiligheid']),
      }).slice(0, 500),
      createdAt: recordedAt,
      updatedAt: recordedAt,
      createdBy: 'system',
      source: context.source,
    };
    if (random.chance(0.2)) node.followUpAt = addDays(date, random.int(7, 60));
    context.out.node('Contact', node);
    const contact = { label: 'Contact' as const, id: node.id };
    const meta = () => ({ id: random.uuid(), createdAt: node.createdAt });
    context.out.relationship('RECORDED_BY', contact, { label: 'Person', id: official.id }, meta());
    for (const party of unique) {
      context.out.relationship('INVOLVES', contact, { label: party.label, id: party.id }, meta());
    }
    if (initiative) {
      context.out.relationship(
        'ABOUT',
        contact,
        { label: 'Initiative', id: initiative.id },
        meta(),
      );
    }
    yield* context.out.take();
  }
}
