import { generateAreasAndThemes } from './areas.js';
import { ChunkBuffer } from './chunkBuffer.js';
import { contactCount, generateContacts } from './contacts.js';
import type { GeneratorContext } from './context.js';
import { isIsoDate } from './dates.js';
import { generateInitiatives, initiativeCount } from './initiatives.js';
import {
  type DemoChunk,
  type DemoLandmarks,
  type DemoMunicipality,
  type DemoOptions,
  MAX_SIZE,
  MIN_SIZE,
} from './model.js';
import {
  BLIND_SPOT_KERN,
  BLIND_SPOT_THEME,
  FOOD_KERN,
  MUNICIPALITY_NAME,
  SPOF_KERN,
} from './municipalityMap.js';
import { generateOrganizations, organizationCount } from './organizations.js';
import { generatePeople } from './people.js';
import { Random } from './random.js';
import { generateTies } from './ties.js';

/** The day the demo is "as of" unless the caller says otherwise: fixed, so output never drifts. */
export const DEFAULT_TODAY = '2026-06-01';
export const DEFAULT_SEED = 'antenne';
export const DEFAULT_CHUNK_SIZE = 5_000;

/** Fills in defaults and refuses sizes and dates the generator cannot honour. */
export function resolveDemoOptions(options: DemoOptions): Required<DemoOptions> {
  const resolved: Required<DemoOptions> = {
    size: options.size,
    seed: options.seed ?? DEFAULT_SEED,
    today: options.today ?? DEFAULT_TODAY,
    source: options.source ?? 'seed',
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK_SIZE,
  };
  if (!Number.isInteger(resolved.size) || resolved.size < MIN_SIZE || resolved.size > MAX_SIZE) {
    throw new RangeError(
      `size must be a whole number from ${MIN_SIZE} to ${MAX_SIZE} stakeholders (got ${options.size})`,
    );
  }
  if (!isIsoDate(resolved.today)) {
    throw new RangeError(`today must be a date as YYYY-MM-DD (got ${resolved.today})`);
  }
  if (!Number.isInteger(resolved.chunkSize) || resolved.chunkSize < 1) {
    throw new RangeError(`chunkSize must be a positive whole number (got ${resolved.chunkSize})`);
  }
  return resolved;
}

/** How many of each kind of node a municipality of this size gets (known before generating). */
export function plannedCounts(size: number): {
  stakeholders: number;
  organizations: number;
  persons: number;
  initiatives: number;
  contacts: number;
} {
  const organizations = organizationCount(size);
  return {
    stakeholders: size,
    organizations,
    persons: size - organizations,
    initiatives: initiativeCount(size),
    contacts: contactCount(size),
  };
}

/**
 * Roughly how many rows (nodes + relationships) the stream yields, for a progress bar: measured
 * at about 8.9 per stakeholder from 2,000 to 100,000 (relationships are not known in advance).
 */
export function estimatedRowCount(size: number): number {
  return Math.round(size * 8.9);
}

/**
 * The municipality as a stream of chunks, each at most `chunkSize` rows of one label or one
 * relationship type, in an order a loader can apply one by one (nodes before the relationships that
 * use them). The last chunk carries the landmarks. Memory stays at the compact index the generator
 * needs to wire people together (tens of megabytes at 100,000 stakeholders), not the rows.
 */
export function* streamDemoMunicipality(options: DemoOptions): Generator<DemoChunk> {
  const resolved = resolveDemoOptions(options);
  const { seed, size } = resolved;
  const context: GeneratorContext = {
    seed,
    today: resolved.today,
    source: resolved.source,
    out: new ChunkBuffer(resolved.chunkSize, resolved.source),
    kernen: [],
    themeIds: new Map(),
    organizations: [],
    persons: [],
    officials: [],
    crossVillagePool: [],
    officialReachablePool: [],
    residentsByKern: [],
    residentsByBuurt: new Map(),
    landmarks: {
      municipalityAreaId: '',
      spofPersonIndex: -1,
      spofOfficialIndex: -1,
      blindOrganizationIndices: [],
      foodInitiativeId: '',
      foodInitiatorIndex: -1,
    },
  };
  const planned = plannedCounts(size);

  generateAreasAndThemes(context, Random.forPart(seed, 'areas'));
  context.residentsByKern = context.kernen.map(() => []);
  generateOrganizations(context, Random.forPart(seed, 'organizations'), planned.organizations);
  yield* context.out.flush();
  yield* generatePeople(context, Random.forPart(seed, 'people'), planned.persons, size);
  yield* context.out.flush();
  const knownByOfficial = new Map<number, number[]>();
  yield* generateTies(context, Random.forPart(seed, 'ties'), knownByOfficial);
  yield* context.out.flush();
  const initiatives = generateInitiatives(
    context,
    Random.forPart(seed, 'initiatives'),
    planned.initiatives,
  );
  yield* context.out.flush();
  yield* generateContacts(
    context,
    Random.forPart(seed, 'contacts'),
    planned.contacts,
    initiatives,
    knownByOfficial,
  );
  yield* context.out.flush();
  yield { kind: 'landmarks', landmarks: landmarksOf(context) };
}

function landmarksOf(context: GeneratorContext): DemoLandmarks {
  const byName = (name: string) => context.kernen.find((k) => k.name === name);
  const spofKern = byName(SPOF_KERN);
  const blindKern = byName(BLIND_SPOT_KERN);
  const idOf = (index: number) => context.persons[index]?.id ?? '';
  return {
    municipalityName: MUNICIPALITY_NAME,
    municipalityAreaId: context.landmarks.municipalityAreaId,
    kernAreaIds: Object.fromEntries(context.kernen.map((k) => [k.name, k.areaId])),
    themeIds: Object.fromEntries(context.themeIds),
    foodInitiative: {
      initiativeId: context.landmarks.foodInitiativeId,
      initiatorId: idOf(context.landmarks.foodInitiatorIndex),
      kern: FOOD_KERN,
    },
    singlePointOfFailure: {
      kern: SPOF_KERN,
      kernAreaId: spofKern?.areaId ?? '',
      personId: idOf(context.landmarks.spofPersonIndex),
      officialId: idOf(context.landmarks.spofOfficialIndex),
    },
    blindSpot: {
      kern: BLIND_SPOT_KERN,
      kernAreaId: blindKern?.areaId ?? '',
      theme: BLIND_SPOT_THEME,
      themeId: context.themeIds.get(BLIND_SPOT_THEME) ?? '',
      personIds: context.persons.filter((p) => p.group === 'blind').map((p) => p.id),
      organizationIds: context.landmarks.blindOrganizationIndices.map(
        (i) => context.organizations[i]?.id ?? '',
      ),
    },
    brokerIds: context.persons.filter((p) => p.broker).map((p) => p.id),
    officialIds: context.officials.map((o) => o.id),
  };
}

/** The whole municipality in memory (tests, small demos). Same rows as the stream, in one place. */
export function generateDemoMunicipality(options: DemoOptions): DemoMunicipality {
  const resolved = resolveDemoOptions(options);
  const result: Omit<DemoMunicipality, 'landmarks'> & { landmarks?: DemoLandmarks } = {
    options: resolved,
    areas: [],
    themes: [],
    organizations: [],
    persons: [],
    initiatives: [],
    contacts: [],
    relationships: [],
  };
  for (const chunk of streamDemoMunicipality(resolved)) {
    if (chunk.kind === 'landmarks') {
      result.landmarks = chunk.landmarks;
    } else if (chunk.kind === 'relationships') {
      result.relationships.push(...chunk.rows);
    } else {
      switch (chunk.label) {
        case 'Area':
          result.areas.push(...chunk.rows);
          break;
        case 'Theme':
          result.themes.push(...chunk.rows);
          break;
        case 'Organization':
          result.organizations.push(...chunk.rows);
          break;
        case 'Person':
          result.persons.push(...chunk.rows);
          break;
        case 'Initiative':
          result.initiatives.push(...chunk.rows);
          break;
        case 'Contact':
          result.contacts.push(...chunk.rows);
          break;
      }
    }
  }
  if (!result.landmarks) throw new Error('the generator ended without its landmarks');
  return { ...result, landmarks: result.landmarks };
}
