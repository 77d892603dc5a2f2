import { landline, postcodeIn, slug } from './contactDetails.js';
import { type GeneratorContext, kernIndex, type OrganizationSlot } from './context.js';
import { daysAgo, officeTime } from './dates.js';
import type { OrganizationKind } from './model.js';
import {
  BLIND_SPOT_KERN,
  FOOD_KERN,
  kernSpecs,
  MUNICIPALITY_NAME,
  SPOF_KERN,
} from './municipalityMap.js';
import { generateSurname } from './names.js';
import {
  blindSpotOrganization,
  foodKernCore,
  kernCore,
  municipalityWide,
  municipalTeams,
  type OrganizationTemplate,
  organizationTemplates,
} from './organizationCatalogue.js';
import type { Random } from './random.js';
import type { ThemeName } from './themes.js';

/** How many organisations a municipality of `size` stakeholders has (at least the fixed core). */
export function organizationCount(size: number): number {
  const core =
    municipalTeams.length +
    municipalityWide.length +
    foodKernCore.length +
    1 +
    kernSpecs.length * 4;
  return Math.max(core, Math.round(size * 0.065));
}

/** Founds the organisations with their areas and themes, then who collaborates with whom. */
export function generateOrganizations(
  context: GeneratorContext,
  random: Random,
  count: number,
): void {
  const names = new Set<string>();
  const found = (
    template: Pick<OrganizationTemplate, 'kind' | 'joinAs' | 'themes' | 'description'>,
    pattern: string,
    kern: number,
    local: boolean,
  ): OrganizationSlot => {
    const kernName = context.kernen[kern]?.name ?? '';
    const base = pattern.replace('{kern}', kernName).replace('{surname}', generateSurname(random));
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base} ${n}`;
    names.add(name);
    const slot: OrganizationSlot = {
      index: context.organizations.length,
      id: random.uuid(),
      name,
      kind: template.kind,
      kern,
      themes: template.themes,
      members: [],
      joinAs: template.joinAs,
      local,
    };
    context.organizations.push(slot);
    emitOrganization(context, random, slot, template.description);
    return slot;
  };

  const spofKern = kernIndex(context, SPOF_KERN);
  const blindKern = kernIndex(context, BLIND_SPOT_KERN);
  const townHall = kernIndex(context, 'Lichtenvoorde');
  for (const team of municipalTeams) {
    const template = {
      kind: 'MUNICIPAL_TEAM' as OrganizationKind,
      joinAs: 'WORKS_AT' as const,
      themes: [] as ThemeName[],
      description: team.description,
    };
    found(template, team.name, townHall, true);
  }
  for (const template of municipalityWide) {
    found(template, template.names[0] ?? '', kernIndex(context, template.kern), false);
  }
  for (const kern of context.kernen) {
    for (const template of kernCore) {
      if (kern.index === blindKern && template.kind === 'INSTITUTION') continue;
      found(template, template.names[0] ?? '', kern.index, kern.index === spofKern);
    }
  }
  for (const template of foodKernCore) {
    found(template, template.names[0] ?? '', kernIndex(context, FOOD_KERN), false);
  }
  const blind = found(blindSpotOrganization, blindSpotOrganization.names[0] ?? '', blindKern, true);
  context.landmarks.blindOrganizationIndices.push(blind.index);

  const kernWeights = kernSpecs.map((spec) => spec.weight);
  while (context.organizations.length < count) {
    const kern = random.weighted(context.kernen, (k) => kernWeights[k.index] ?? 0).index;
    const template = random.weighted(organizationTemplates, (t) => t.weight);
    // The blind spot stays blind: its kern gets no second youth organisation.
    if (kern === blindKern && template.themes.includes('Jeugd')) continue;
    found(template, random.pick(template.names), kern, kern === spofKern);
  }
  generateCollaborations(context, random, spofKern);
}

function emitOrganization(
  context: GeneratorContext,
  random: Random,
  slot: OrganizationSlot,
  description: string,
): void {
  const kern = context.kernen[slot.kern];
  if (!kern) throw new RangeError(`no kern ${slot.kern}`);
  const createdAt = officeTime(daysAgo(context.today, random, 400, 1095), random);
  const updatedAt = officeTime(daysAgo(context.today, random, 0, 399), random);
  const domain = `${slug(slot.name)}.example`;
  const website =
    slot.kind === 'MUNICIPAL_TEAM'
      ? undefined
      : random.chance(0.5)
        ? `https://www.${domain}`
        : undefined;
  const email =
    slot.kind === 'MUNICIPAL_TEAM'
      ? `${slug(slot.name)}@${slug(MUNICIPALITY_NAME)}.example`
      : random.chance(0.6)
        ? `info@${domain}`
        : undefined;
  const phone = random.chance(0.5) ? landline(random) : undefined;
  const buurt = random.pick(kern.buurten);
  context.out.node('Organization', {
    id: slot.id,
    name: slot.name,
    kind: slot.kind,
    description,
    ...(website ? { website } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    postcode: postcodeIn(buurt.postcode, random),
    public: slot.kind === 'BUSINESS' ? random.chance(0.7) : true,
    createdAt,
    updatedAt,
    createdBy: 'system',
    source: context.source,
  });
  const org = { label: 'Organization' as const, id: slot.id };
  context.out.relationship(
    'LOCATED_IN',
    org,
    { label: 'Area', id: buurt.areaId },
    { id: random.uuid(), createdAt },
  );
  for (const theme of slot.themes) {
    context.out.relationship(
      'ACTIVE_IN',
      org,
      { label: 'Theme', id: context.themeIds.get(theme) ?? '' },
      { id: random.uuid(), createdAt },
    );
  }
}

/**
 * Organisations work with others in their kern and, less often, elsewhere. The municipal teams work
 * with each other and with the municipality-wide institutions; local organisations (the SPOF kern's,
 * the blind-spot youth club) only with their own kern's local ones.
 */
function generateCollaborations(context: GeneratorContext, random: Random, spofKern: number): void {
  const seen = new Set<string>();
  const link = (a: OrganizationSlot, b: OrganizationSlot) => {
    if (a.index === b.index) return;
    const key = a.index < b.index ? `${a.index}-${b.index}` : `${b.index}-${a.index}`;
    if (seen.has(key)) return;
    seen.add(key);
    const createdAt = officeTime(daysAgo(context.today, random, 30, 1095), random);
    // Undirected: stored from the smaller id to the larger, as the register does.
    const [from, to] = a.id < b.id ? [a, b] : [b, a];
    context.out.relationship(
      'COLLABORATES_WITH',
      { label: 'Organization', id: from.id },
      { label: 'Organization', id: to.id },
      { id: random.uuid(), createdAt },
    );
  };
  const blind = new Set(context.landmarks.blindOrganizationIndices);
  const teams = context.organizations.filter((o) => o.kind === 'MUNICIPAL_TEAM');
  const wide = context.organizations.filter(
    (o) => o.kind !== 'MUNICIPAL_TEAM' && municipalityWide.some((w) => w.names[0] === o.name),
  );
  for (const team of teams) {
    for (const other of random.sample(teams, 2)) link(team, other);
    for (const partner of random.sample(wide, 2)) link(team, partner);
  }
  const open = context.organizations.filter((o) => !o.local);
  const byKern = context.kernen.map((k) =>
    context.organizations.filter(
      (o) => o.kern === k.index && o.kind !== 'MUNICIPAL_TEAM' && !blind.has(o.index),
    ),
  );
  for (const org of context.organizations) {
    if (org.kind === 'MUNICIPAL_TEAM' || blind.has(org.index)) continue;
    const partners = random.int(0, 2);
    for (let i = 0; i < partners; i++) {
      const sameKern = byKern[org.kern] ?? [];
      const useOwnKern = org.local || random.chance(0.75);
      const pool = useOwnKern ? sameKern : open;
      if (pool.length === 0) continue;
      const partner = random.pick(pool);
      if (org.kern === spofKern || partner.kern === spofKern) {
        if (org.kern !== partner.kern) continue;
      }
      link(org, partner);
    }
  }
}
