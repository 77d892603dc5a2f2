import { uniqueReach } from '../analytics/municipality/antennae.js';
import { coverageByCell, type Placement } from '../analytics/municipality/coverage.js';
import { partOfRoot, placementsOf } from '../analytics/municipality/projection.js';
import type { Viewer } from '../app/context.js';
import { requireRole } from '../auth/authorization.js';
import { NotFoundError } from '../domain/errors.js';
import {
  type InitiativeStatus,
  initiativeStatuses,
  type OfficialRole,
  type OrganizationKind,
} from '../domain/vocabulary.js';
import type { Database } from '../neo4j/database.js';
import {
  type DashboardInitiative,
  findDashboardInitiatives,
  findDashboardRoot,
  findMapAreas,
  findOfficialRoles,
  findOrganizationKinds,
  type MapArea,
} from '../repositories/dashboardRepository.js';
import { listRuns } from './analysisRunService.js';
import { analysisDefaults, type LoadedProjection, loadProjection } from './analysisService.js';
import { countBy, isSuppressed, median, minimumCellPeople, postIdOf } from './dashboardFigures.js';

/**
 * The management dashboard: aggregates only. Every figure about people is a count, share or
 * average over a cell of at least `minimumCellPeople` people; smaller cells come back suppressed
 * (null figures). Officials appear as posts (function title and areas) behind an opaque id,
 * never by name; organizations, which are not persons, are named.
 */

export const dashboardRoles = ['MANAGEMENT', 'ADMIN'] as const;

export interface NamedRef {
  id: string;
  name: string;
}

/** Coverage figures of a cell or an area; all null when suppressed. */
export interface CoverageFigures {
  suppressed: boolean;
  stakeholders: number | null;
  reached: number | null;
  share: number | null;
}

export interface HeatmapCell extends CoverageFigures {
  areaId: string;
  themeId: string;
  redundancy: number | null;
  blindSpot: boolean | null;
  /** Whom the cell hangs on, as a kind only (never who). */
  singlePointOfFailure: 'OFFICIAL' | 'RESIDENT' | null;
}

export interface AreaCoverage extends CoverageFigures {
  area: MapArea;
  blindSpots: number;
  cellsOnOneOfficial: number;
  cellsOnOneResident: number;
  suppressedCells: number;
}

export interface OfficialPost {
  id: string;
  officialRole: OfficialRole;
  areaNames: string[];
  /** 1, 2, … when several posts share a role and areas; null when the label is unique. */
  ordinal: number | null;
}

export interface TrendPoint {
  at: string;
  coverageShare: number | null;
  antennae: number | null;
  fragmentation: number | null;
}

export interface FunnelStep {
  status: InitiativeStatus;
  count: number;
}

export interface SpeedRow {
  /** The part of the root; null for the whole root. */
  area: NamedRef | null;
  answered: number;
  awaitingResponse: number;
  medianDays: number | null;
}

export interface Dashboard {
  root: NamedRef;
  minimumCellPeople: number;
  themes: NamedRef[];
  areas: AreaCoverage[];
  cells: HeatmapCell[];
  blindSpots: number;
  suppressedCells: number;
  cellsOnOneOfficial: number;
  cellsOnOneResident: number;
  posts: OfficialPost[];
  trend: TrendPoint[];
  funnel: FunnelStep[];
  speed: SpeedRow[];
}

export interface Handover {
  post: OfficialPost;
  /** People only this official reaches; null when fewer than the minimum (suppressed). */
  peopleLosingOnlyLink: number | null;
  peopleSuppressed: boolean;
  organizations: { id: string; name: string; kind: OrganizationKind; areaName: string | null }[];
  areas: { area: NamedRef; onlyAssignedOfficial: boolean; losesAllReach: boolean }[];
}

interface Analysed {
  root: NamedRef;
  projection: LoadedProjection;
  placements: Map<string, Placement>;
  reaches: ReturnType<typeof uniqueReach>;
}

async function analyse(db: Database, areaId: string | null): Promise<Analysed> {
  const root = await db.read('dashboard.root', (tx) => findDashboardRoot(tx, areaId));
  if (!root) throw new NotFoundError('Area', areaId ?? 'municipality');
  const projection = await loadProjection(db, { areaId: root.id });
  const placements = new Map<string, Placement>();
  for (const [id, placement] of placementsOf(projection, (area) =>
    partOfRoot(projection.areas, root.id, area),
  )) {
    const node = projection.nodes.get(id);
    if (!node || node.kind === 'INITIATIVE' || node.official) continue;
    placements.set(id, placement);
  }
  const reaches = uniqueReach(projection.graph, projection.officials, {
    weight: 'weight',
    threshold: analysisDefaults.minWeight,
    maxSteps: 2,
  });
  return { root, projection, placements, reaches };
}

const isPerson = (projection: LoadedProjection, id: string) =>
  projection.nodes.get(id)?.kind === 'PERSON';

function figures(people: number, stakeholders: number, reached: number): CoverageFigures {
  if (isSuppressed(people)) {
    return { suppressed: true, stakeholders: null, reached: null, share: null };
  }
  return {
    suppressed: false,
    stakeholders,
    reached,
    share: stakeholders === 0 ? 0 : reached / stakeholders,
  };
}

function heatmap(analysed: Analysed): HeatmapCell[] {
  const { projection, placements } = analysed;
  const people = new Map<string, number>();
  for (const [id, placement] of placements) {
    if (!isPerson(projection, id)) continue;
    for (const area of placement.areas)
      for (const theme of placement.themes) {
        const key = `${area}\u0000${theme}`;
        people.set(key, (people.get(key) ?? 0) + 1);
      }
  }
  const cells = coverageByCell(projection.graph, projection.officials, placements, {
    weight: 'weight',
    threshold: analysisDefaults.minWeight,
    maxSteps: 2,
    blindSpotBelow: analysisDefaults.blindSpotBelow,
  });
  return cells.map((cell) => {
    const base = figures(
      people.get(`${cell.area}\u0000${cell.theme}`) ?? 0,
      cell.stakeholders,
      cell.reached,
    );
    const shown = !base.suppressed;
    return {
      areaId: cell.area,
      themeId: cell.theme,
      ...base,
      redundancy: shown ? cell.redundancy : null,
      blindSpot: shown ? cell.blindSpot : null,
      singlePointOfFailure:
        shown && cell.singlePointOfFailure
          ? cell.singlePointOfFailure.kind === 'official'
            ? 'OFFICIAL'
            : 'RESIDENT'
          : null,
    };
  });
}

function areaCoverage(
  analysed: Analysed,
  mapAreas: readonly MapArea[],
  cells: readonly HeatmapCell[],
): AreaCoverage[] {
  const { projection, placements, reaches } = analysed;
  const reachedAtAll = new Set(reaches.flatMap((reach) => reach.reached));
  return mapAreas.map((area) => {
    let people = 0;
    let stakeholders = 0;
    let reached = 0;
    for (const [id, placement] of placements) {
      if (!placement.areas.includes(area.id)) continue;
      stakeholders += 1;
      if (isPerson(projection, id)) people += 1;
      if (reachedAtAll.has(id)) reached += 1;
    }
    const own = cells.filter((cell) => cell.areaId === area.id);
    return {
      area,
      ...figures(people, stakeholders, reached),
      blindSpots: own.filter((cell) => cell.blindSpot === true).length,
      cellsOnOneOfficial: own.filter((cell) => cell.singlePointOfFailure === 'OFFICIAL').length,
      cellsOnOneResident: own.filter((cell) => cell.singlePointOfFailure === 'RESIDENT').length,
      suppressedCells: own.filter((cell) => cell.suppressed).length,
    };
  });
}

async function officialPosts(db: Database, analysed: Analysed): Promise<Map<string, OfficialPost>> {
  const { projection, root } = analysed;
  const roles = await db.read('dashboard.officialRoles', (tx) =>
    findOfficialRoles(tx, projection.officials),
  );
  const posts = projection.officials.map((officialId) => {
    const node = projection.nodes.get(officialId);
    const areaNames = [
      ...new Set(
        (node?.coveredAreaIds ?? [])
          .map((id) => projection.areas.get(id)?.name ?? '')
          .filter(Boolean),
      ),
    ].sort((a, b) => a.localeCompare(b, 'nl'));
    const post: OfficialPost = {
      id: postIdOf(root.id, officialId),
      officialRole: roles.get(officialId) ?? 'OTHER',
      areaNames,
      ordinal: null,
    };
    return [officialId, post] as const;
  });
  const labelOf = (post: OfficialPost) => `${post.officialRole}|${post.areaNames.join('|')}`;
  const counts = countBy(
    posts.map(([, post]) => post),
    labelOf,
  );
  const seen = new Map<string, number>();
  const sorted = [...posts].sort(
    ([, a], [, b]) => labelOf(a).localeCompare(labelOf(b), 'nl') || a.id.localeCompare(b.id),
  );
  for (const [, post] of sorted) {
    const label = labelOf(post);
    if ((counts.get(label) ?? 0) < 2) continue;
    const next = (seen.get(label) ?? 0) + 1;
    seen.set(label, next);
    post.ordinal = next;
  }
  return new Map(sorted);
}

async function trend(db: Database, rootId: string): Promise<TrendPoint[]> {
  const runs = await listRuns(db, 100);
  return runs
    .filter((run) => run.status === 'DONE' && (run.areaId === null || run.areaId === rootId))
    .map((run) => ({
      at: run.endedAt ?? run.startedAt,
      coverageShare: run.coverageShare,
      antennae: run.antennae,
      fragmentation: run.fragmentation,
    }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** The initiative funnel (count per status, in status order) and the speed of action per part. */
export function initiativeFigures(
  initiatives: readonly DashboardInitiative[],
  parts: readonly NamedRef[],
): { funnel: FunnelStep[]; speed: SpeedRow[] } {
  const perStatus = countBy(initiatives, (initiative) => initiative.status);
  const funnel = initiativeStatuses.map((status) => ({
    status,
    count: perStatus.get(status) ?? 0,
  }));
  const speedOf = (area: NamedRef | null, rows: readonly DashboardInitiative[]): SpeedRow => {
    const days = rows.flatMap((row) => (row.responseDays === null ? [] : [row.responseDays]));
    return {
      area,
      answered: days.length,
      awaitingResponse: rows.filter((row) => row.awaitingResponse).length,
      medianDays: median(days),
    };
  };
  const speed = [
    speedOf(null, initiatives),
    ...parts.map((part) =>
      speedOf(
        part,
        initiatives.filter((initiative) => initiative.partId === part.id),
      ),
    ),
  ];
  return { funnel, speed };
}

/** The whole dashboard under a root area (default: the municipality). MANAGEMENT or ADMIN. */
export async function loadDashboard(
  db: Database,
  viewer: Viewer,
  areaId: string | null,
): Promise<Dashboard> {
  requireRole(viewer, ...dashboardRoles);
  const analysed = await analyse(db, areaId);
  const { root, projection } = analysed;
  const [mapAreas, initiatives] = await db.read(
    'dashboard.areasAndInitiatives',
    async (tx) =>
      [await findMapAreas(tx, root.id), await findDashboardInitiatives(tx, root.id)] as const,
  );
  const cells = heatmap(analysed);
  const themeIds = [...new Set(cells.map((cell) => cell.themeId))];
  const themes = themeIds
    .map((id) => ({ id, name: projection.themeNames.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const shown = cells.filter((cell) => !cell.suppressed);
  const posts = await officialPosts(db, analysed);
  return {
    root,
    minimumCellPeople,
    themes,
    areas: areaCoverage(analysed, mapAreas, cells),
    cells,
    blindSpots: shown.filter((cell) => cell.blindSpot === true).length,
    suppressedCells: cells.length - shown.length,
    cellsOnOneOfficial: shown.filter((cell) => cell.singlePointOfFailure === 'OFFICIAL').length,
    cellsOnOneResident: shown.filter((cell) => cell.singlePointOfFailure === 'RESIDENT').length,
    posts: [...posts.values()],
    trend: await trend(db, root.id),
    ...initiativeFigures(
      initiatives,
      mapAreas.map((area) => ({ id: area.id, name: area.name })),
    ),
  };
}

/**
 * If the official in this post left: the people only they reach (a count, suppressed under the
 * minimum), the organizations only they reach (by name), and the parts of the root they alone are
 * assigned to or where they alone reach anyone. MANAGEMENT or ADMIN.
 */
export async function loadHandover(
  db: Database,
  viewer: Viewer,
  input: { areaId: string | null; postId: string },
): Promise<Handover> {
  requireRole(viewer, ...dashboardRoles);
  const analysed = await analyse(db, input.areaId);
  const { projection, placements, reaches, root } = analysed;
  const posts = await officialPosts(db, analysed);
  const entry = [...posts].find(([, post]) => post.id === input.postId);
  if (!entry) throw new NotFoundError('OfficialPost', input.postId);
  const [officialId, post] = entry;
  const reach = reaches.find((r) => r.official === officialId);
  const unique = reach?.uniquelyReached ?? [];
  const people = unique.filter((id) => isPerson(projection, id)).length;
  const partName = (id: string | undefined) =>
    id === undefined ? null : (projection.areas.get(id)?.name ?? null);
  const organizationIds = unique.filter((id) => projection.nodes.get(id)?.kind === 'ORGANIZATION');
  const kindOf = await db.read('dashboard.organizationKinds', (tx) =>
    findOrganizationKinds(tx, organizationIds),
  );
  const organizations = organizationIds
    .map((id) => ({
      id,
      name: projection.nodes.get(id)?.name ?? '',
      kind: kindOf.get(id) ?? 'ASSOCIATION',
      areaName: partName(placements.get(id)?.areas[0]),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  // Parts of the root: which official covers them, and who reaches anyone placed there.
  const partOf = (area: string) => partOfRoot(projection.areas, root.id, area);
  const coveredBy = new Map<string, Set<string>>();
  for (const official of projection.officials) {
    for (const area of projection.nodes.get(official)?.coveredAreaIds ?? []) {
      const part = partOf(area);
      if (part === null) continue;
      if (!coveredBy.has(part)) coveredBy.set(part, new Set());
      coveredBy.get(part)?.add(official);
    }
  }
  const reachersOfPart = new Map<string, Set<string>>();
  for (const r of reaches) {
    for (const id of r.reached) {
      for (const part of placements.get(id)?.areas ?? []) {
        if (!reachersOfPart.has(part)) reachersOfPart.set(part, new Set());
        reachersOfPart.get(part)?.add(r.official);
      }
    }
  }
  const parts = new Set([...coveredBy.keys(), ...reachersOfPart.keys()]);
  const areas = [...parts]
    .map((part) => {
      const covering = coveredBy.get(part) ?? new Set<string>();
      const reachers = reachersOfPart.get(part) ?? new Set<string>();
      return {
        area: { id: part, name: projection.areas.get(part)?.name ?? part },
        onlyAssignedOfficial: covering.size === 1 && covering.has(officialId),
        losesAllReach: reachers.size === 1 && reachers.has(officialId),
      };
    })
    .filter((area) => area.onlyAssignedOfficial || area.losesAllReach)
    .sort((a, b) => a.area.name.localeCompare(b.area.name, 'nl'));
  const suppressed = isSuppressed(people);
  return {
    post,
    peopleLosingOnlyLink: suppressed ? null : people,
    peopleSuppressed: suppressed,
    organizations,
    areas,
  };
}
