import { uniqueReach } from '../analytics/municipality/antennae.js';
import { greedyConnectors } from '../analytics/municipality/connectors.js';
import { coverageByCell, type Placement } from '../analytics/municipality/coverage.js';
import {
  areaAncestry,
  buildProjection,
  kernOf,
  type ProjectionKind,
  partOfRoot,
  placementsOf,
  type StakeholderProjection,
} from '../analytics/municipality/projection.js';
import { NotFoundError } from '../domain/errors.js';
import type { AnalysisConfig } from '../env.js';
import type { Database } from '../neo4j/database.js';
import {
  findProjectionAreas,
  findProjectionNodes,
  findProjectionThemes,
  findProjectionTies,
  findProjectionVersion,
  type ProjectionScope,
} from '../repositories/projectionRepository.js';
import { ProjectionCache } from './projectionCache.js';

/**
 * Defaults of the municipality questions (documented in docs/analysis.md). The half-life and the
 * minimum weight can be set with TIE_HALF_LIFE_MONTHS and ANTENNA_MIN_WEIGHT (env.ts); the
 * configured values reach the services through the request context (`ctx.analysis`).
 */
export const analysisDefaults = {
  /** A KNOWS tie without contact for this many months counts half. */
  tieHalfLifeMonths: 12,
  /** Ties weaker than this (after fading) are not followed by antennae, coverage and connectors. */
  minWeight: 1,
  /** Cells with a smaller share reached are blind spots. */
  blindSpotBelow: 0.25,
} as const;

/** A node as the answers name it: kind, id and display name. */
export interface AnalysisRef {
  kind: ProjectionKind | 'AREA' | 'THEME';
  id: string;
  name: string;
}

/** The projection plus names of areas and themes, loaded in one read transaction. */
export interface LoadedProjection extends StakeholderProjection {
  themeNames: ReadonlyMap<string, string>;
  refOf(id: string): AnalysisRef;
  areaRef(id: string): AnalysisRef;
  themeRef(id: string): AnalysisRef;
}

/** The configurable settings of the questions: the environment's, or the defaults. */
export type AnalysisSettings = AnalysisConfig;

/** Loaded projections per database, reused until the graph version changes (docs/analysis.md). */
const projectionCaches = new WeakMap<Database, ProjectionCache<LoadedProjection>>();

/**
 * The stakeholder graph (everyone analysable, or one area's subtree): the cached projection for
 * this scope, half-life and day while the graph version (one cheap statement) is unchanged, else
 * freshly loaded from the register.
 */
export async function loadProjection(
  db: Database,
  scope: ProjectionScope,
  now: Date = new Date(),
  settings: Pick<AnalysisSettings, 'tieHalfLifeMonths'> = analysisDefaults,
): Promise<LoadedProjection> {
  let cache = projectionCaches.get(db);
  if (!cache) {
    cache = new ProjectionCache<LoadedProjection>(2);
    projectionCaches.set(db, cache);
  }
  const version = await db.read('findProjectionVersion', findProjectionVersion);
  const key = `${scope.areaId ?? '*'}|${settings.tieHalfLifeMonths}|${now.toISOString().slice(0, 10)}`;
  return cache.get(key, version, () => readProjection(db, scope, now, settings));
}

/** Reads the projection from the register in one read transaction. */
async function readProjection(
  db: Database,
  scope: ProjectionScope,
  now: Date,
  settings: Pick<AnalysisSettings, 'tieHalfLifeMonths'>,
): Promise<LoadedProjection> {
  const rows = await db.read('loadProjection', async (tx) => ({
    areas: await findProjectionAreas(tx),
    themes: await findProjectionThemes(tx),
    nodes: await findProjectionNodes(tx, scope),
    ties: await findProjectionTies(tx, scope),
  }));
  const projection = buildProjection(rows, {
    now,
    halfLifeMonths: settings.tieHalfLifeMonths,
  });
  const themeNames = new Map(rows.themes.map((theme) => [theme.id, theme.name]));
  return {
    ...projection,
    themeNames,
    refOf: (id) => {
      const node = projection.nodes.get(id);
      return { kind: node?.kind ?? 'PERSON', id, name: node?.name ?? id };
    },
    areaRef: (id) => ({ kind: 'AREA', id, name: projection.areas.get(id)?.name ?? id }),
    themeRef: (id) => ({ kind: 'THEME', id, name: themeNames.get(id) ?? id }),
  };
}

export interface Antenna {
  official: AnalysisRef;
  reached: AnalysisRef[];
  uniquelyReached: AnalysisRef[];
  /** The kernen and themes of the stakeholders reached: what this antenna bridges. */
  areas: AnalysisRef[];
  themes: AnalysisRef[];
}

/**
 * The municipality's antennae in an area (its subtree) and/or theme: each official with the
 * stakeholders reached within two steps over ties of at least `minWeight`, and its unique reach.
 * Sorted by unique reach, largest first.
 */
export async function findAntennae(
  db: Database,
  input: { areaId: string | null; themeId: string | null; minWeight: number | null },
  settings: AnalysisSettings = analysisDefaults,
): Promise<Antenna[]> {
  const projection = await loadProjection(db, { areaId: input.areaId }, new Date(), settings);
  if (input.areaId !== null && !projection.areas.has(input.areaId)) {
    throw new NotFoundError('Area', input.areaId);
  }
  if (input.themeId !== null && !projection.themeNames.has(input.themeId)) {
    throw new NotFoundError('Theme', input.themeId);
  }
  const inTheme = (id: string) =>
    input.themeId === null || (projection.nodes.get(id)?.themeIds.includes(input.themeId) ?? false);
  const reaches = uniqueReach(projection.graph, projection.officials, {
    weight: 'weight',
    threshold: input.minWeight ?? settings.minWeight,
    maxSteps: 2,
  });
  const antennae = reaches.map((reach) => {
    const reached = reach.reached.filter(inTheme);
    const kernen = new Set<string>();
    const themes = new Set<string>();
    for (const id of reached) {
      const node = projection.nodes.get(id);
      for (const area of node?.areaIds ?? []) kernen.add(kernOf(projection.areas, area));
      for (const theme of node?.themeIds ?? []) themes.add(theme);
    }
    return {
      official: projection.refOf(reach.official),
      reached: reached.map(projection.refOf),
      uniquelyReached: reach.uniquelyReached.filter(inTheme).map(projection.refOf),
      areas: [...kernen].map(projection.areaRef).sort(byName),
      themes: [...themes].map(projection.themeRef).sort(byName),
    };
  });
  return antennae.sort(
    (a, b) =>
      b.uniquelyReached.length - a.uniquelyReached.length ||
      b.reached.length - a.reached.length ||
      byName(a.official, b.official),
  );
}

const byName = (a: AnalysisRef, b: AnalysisRef) => a.name.localeCompare(b.name, 'nl');

export interface CoverageCell {
  area: AnalysisRef;
  theme: AnalysisRef;
  stakeholders: number;
  reached: number;
  share: number;
  redundancy: number;
  blindSpot: boolean;
  singlePointOfFailure: { kind: 'OFFICIAL' | 'RESIDENT'; stakeholder: AnalysisRef } | null;
}

/**
 * Coverage per area × theme under a root area: every stakeholder counts in the part of the root
 * (the root's direct sub-area) it lies in, for each of its themes (optionally only `themeIds`).
 */
export async function findCoverage(
  db: Database,
  input: { areaId: string; themeIds: readonly string[] | null; minWeight: number | null },
  settings: AnalysisSettings = analysisDefaults,
): Promise<CoverageCell[]> {
  const projection = await loadProjection(db, { areaId: input.areaId }, new Date(), settings);
  if (!projection.areas.has(input.areaId)) throw new NotFoundError('Area', input.areaId);
  const wanted = input.themeIds && input.themeIds.length > 0 ? new Set(input.themeIds) : null;
  const placements = new Map<string, Placement>();
  for (const [id, placement] of placementsOf(projection, (area) =>
    partOfRoot(projection.areas, input.areaId, area),
  )) {
    if (projection.nodes.get(id)?.kind === 'INITIATIVE') continue;
    placements.set(id, {
      areas: placement.areas,
      themes: wanted ? placement.themes.filter((theme) => wanted.has(theme)) : placement.themes,
    });
  }
  const cells = coverageByCell(projection.graph, projection.officials, placements, {
    weight: 'weight',
    threshold: input.minWeight ?? settings.minWeight,
    maxSteps: 2,
    blindSpotBelow: analysisDefaults.blindSpotBelow,
  });
  return cells.map((cell) => ({
    area: projection.areaRef(cell.area),
    theme: projection.themeRef(cell.theme),
    stakeholders: cell.stakeholders,
    reached: cell.reached,
    share: cell.share,
    redundancy: cell.redundancy,
    blindSpot: cell.blindSpot,
    singlePointOfFailure: cell.singlePointOfFailure
      ? {
          kind: cell.singlePointOfFailure.kind === 'official' ? 'OFFICIAL' : 'RESIDENT',
          stakeholder: projection.refOf(cell.singlePointOfFailure.id),
        }
      : null,
  }));
}

export interface ConnectorAnswer {
  connector: AnalysisRef;
  newTargets: AnalysisRef[];
  paths: AnalysisRef[][];
}

export interface Connectors {
  initiative: AnalysisRef;
  targets: AnalysisRef[];
  connectors: ConnectorAnswer[];
}

/**
 * Whom to bring to the table for an initiative. Targets: stakeholders (people, organizations; no
 * officials) active in one of its themes in its kern — or at a level above it, such as a
 * municipality-wide organization — who are not yet tied to it. Connectors: people chosen greedily
 * by how many new targets they reach over ties of at least `minWeight` within `steps`.
 */
export async function findConnectors(
  db: Database,
  input: { initiativeId: string; max: number; steps: number; minWeight: number | null },
  settings: AnalysisSettings = analysisDefaults,
): Promise<Connectors> {
  const projection = await loadProjection(db, { areaId: null }, new Date(), settings);
  const initiative = projection.nodes.get(input.initiativeId);
  if (initiative?.kind !== 'INITIATIVE') {
    throw new NotFoundError('Initiative', input.initiativeId);
  }
  const kernen = new Set(initiative.areaIds.map((area) => kernOf(projection.areas, area)));
  const above = new Set(
    [...kernen].flatMap((kern) => areaAncestry(projection.areas, kern).map((area) => area.id)),
  );
  const involved = new Set(projection.graph.neighbors(initiative.id));
  // Each area's kern once (walking up the area tree for each of 100,000 stakeholders costs).
  const kernOfArea = new Map<string, string>();
  const kernOfCached = (area: string) => {
    let kern = kernOfArea.get(area);
    if (kern === undefined) {
      kern = kernOf(projection.areas, area);
      kernOfArea.set(area, kern);
    }
    return kern;
  };
  const inArea = (areaIds: readonly string[]) =>
    kernen.size === 0 || areaIds.some((area) => above.has(area) || kernen.has(kernOfCached(area)));
  const inTheme = (themeIds: readonly string[]) =>
    initiative.themeIds.length === 0 || themeIds.some((t) => initiative.themeIds.includes(t));
  const targets = [...projection.nodes.values()]
    .filter(
      (node) =>
        node.kind !== 'INITIATIVE' &&
        !node.official &&
        !involved.has(node.id) &&
        inArea(node.areaIds) &&
        inTheme(node.themeIds),
    )
    .map((node) => node.id)
    .sort();
  const candidates = [...projection.nodes.values()]
    .filter((node) => node.kind === 'PERSON')
    .map((node) => node.id);
  const chosen = greedyConnectors(projection.graph, targets, candidates, {
    weight: 'weight',
    threshold: input.minWeight ?? settings.minWeight,
    maxSteps: input.steps,
    maxConnectors: input.max,
  });
  return {
    initiative: projection.refOf(initiative.id),
    targets: targets.map(projection.refOf),
    connectors: chosen.map((connector) => ({
      connector: projection.refOf(connector.id),
      newTargets: connector.newTargets.map(projection.refOf),
      paths: connector.paths.map((path) => path.map(projection.refOf)),
    })),
  };
}
