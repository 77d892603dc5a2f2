import {
  bool,
  integer,
  list,
  oneOf,
  optionalInteger,
  optionalText,
  record,
  ShapeError,
  text,
} from './shape';
import {
  type InitiativeStatus,
  initiativeStatuses,
  type OfficialRole,
  type OrganizationKind,
  officialRoles,
  organizationKinds,
} from './stakeholder';

/**
 * The management dashboard as the web app works with it: aggregates only, never a person's name.
 * Figures of suppressed cells (fewer than `minimumCellPeople` people) are null.
 */

export interface Place {
  id: string;
  name: string;
}

export interface DashboardArea extends Place {
  geometry: string | null;
  suppressed: boolean;
  stakeholders: number | null;
  reached: number | null;
  share: number | null;
  blindSpots: number;
  cellsOnOneOfficial: number;
  cellsOnOneResident: number;
  suppressedCells: number;
}

export interface DashboardCell {
  areaId: string;
  themeId: string;
  suppressed: boolean;
  stakeholders: number | null;
  reached: number | null;
  share: number | null;
  redundancy: number | null;
  blindSpot: boolean | null;
  singlePointOfFailure: 'OFFICIAL' | 'RESIDENT' | null;
}

export interface OfficialPost {
  id: string;
  officialRole: OfficialRole;
  areaNames: string[];
  ordinal: number | null;
}

export interface TrendPoint {
  at: string;
  coverageShare: number | null;
  antennae: number | null;
  fragmentation: number | null;
}

export interface SpeedRow {
  area: Place | null;
  answered: number;
  awaitingResponse: number;
  medianDays: number | null;
}

export interface Dashboard {
  root: Place;
  minimumCellPeople: number;
  themes: Place[];
  areas: DashboardArea[];
  cells: DashboardCell[];
  blindSpots: number;
  suppressedCells: number;
  cellsOnOneOfficial: number;
  cellsOnOneResident: number;
  posts: OfficialPost[];
  trend: TrendPoint[];
  funnel: { status: InitiativeStatus; count: number }[];
  speed: SpeedRow[];
}

export interface Handover {
  post: OfficialPost;
  peopleLosingOnlyLink: number | null;
  peopleSuppressed: boolean;
  organizations: { id: string; name: string; kind: OrganizationKind; areaName: string | null }[];
  areas: { area: Place; onlyAssignedOfficial: boolean; losesAllReach: boolean }[];
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ShapeError(`${what} is not a number`);
  return value;
}
const optionalNum = (value: unknown, what: string) =>
  value === null || value === undefined ? null : num(value, what);
const optionalBool = (value: unknown, what: string) =>
  value === null || value === undefined ? null : bool(value, what);

function place(value: unknown, what: string): Place {
  const row = record(value, what);
  return { id: text(row.id, `${what}.id`), name: text(row.name, `${what}.name`) };
}

function post(value: unknown, what: string): OfficialPost {
  const row = record(value, what);
  return {
    id: text(row.id, `${what}.id`),
    officialRole: oneOf(row.officialRole, officialRoles, `${what}.officialRole`),
    areaNames: list(row.areaNames, `${what}.areaNames`).map((name, i) =>
      text(name, `${what}.areaNames.${i}`),
    ),
    ordinal: optionalInteger(row.ordinal, `${what}.ordinal`),
  };
}

export function parseDashboardData(data: unknown): Dashboard {
  const d = record(record(data, 'data').managementDashboard, 'managementDashboard');
  return {
    root: place(d.root, 'root'),
    minimumCellPeople: integer(d.minimumCellPeople, 'minimumCellPeople'),
    themes: list(d.themes, 'themes').map((theme, i) => place(theme, `themes.${i}`)),
    areas: list(d.areas, 'areas').map((value, i) => {
      const what = `areas.${i}`;
      const row = record(value, what);
      return {
        ...place(row, what),
        geometry: optionalText(row.geometry, `${what}.geometry`),
        suppressed: bool(row.suppressed, `${what}.suppressed`),
        stakeholders: optionalInteger(row.stakeholders, `${what}.stakeholders`),
        reached: optionalInteger(row.reached, `${what}.reached`),
        share: optionalNum(row.share, `${what}.share`),
        blindSpots: integer(row.blindSpots, `${what}.blindSpots`),
        cellsOnOneOfficial: integer(row.cellsOnOneOfficial, `${what}.cellsOnOneOfficial`),
        cellsOnOneResident: integer(row.cellsOnOneResident, `${what}.cellsOnOneResident`),
        suppressedCells: integer(row.suppressedCells, `${what}.suppressedCells`),
      };
    }),
    cells: list(d.cells, 'cells').map((value, i) => {
      const what = `cells.${i}`;
      const row = record(value, what);
      return {
        areaId: text(row.areaId, `${what}.areaId`),
        themeId: text(row.themeId, `${what}.themeId`),
        suppressed: bool(row.suppressed, `${what}.suppressed`),
        stakeholders: optionalInteger(row.stakeholders, `${what}.stakeholders`),
        reached: optionalInteger(row.reached, `${what}.reached`),
        share: optionalNum(row.share, `${what}.share`),
        redundancy: optionalNum(row.redundancy, `${what}.redundancy`),
        blindSpot: optionalBool(row.blindSpot, `${what}.blindSpot`),
        singlePointOfFailure:
          row.singlePointOfFailure === null || row.singlePointOfFailure === undefined
            ? null
            : oneOf(
                row.singlePointOfFailure,
                ['OFFICIAL', 'RESIDENT'] as const,
                `${what}.singlePointOfFailure`,
              ),
      };
    }),
    blindSpots: integer(d.blindSpots, 'blindSpots'),
    suppressedCells: integer(d.suppressedCells, 'suppressedCells'),
    cellsOnOneOfficial: integer(d.cellsOnOneOfficial, 'cellsOnOneOfficial'),
    cellsOnOneResident: integer(d.cellsOnOneResident, 'cellsOnOneResident'),
    posts: list(d.posts, 'posts').map((value, i) => post(value, `posts.${i}`)),
    trend: list(d.trend, 'trend').map((value, i) => {
      const what = `trend.${i}`;
      const row = record(value, what);
      return {
        at: text(row.at, `${what}.at`),
        coverageShare: optionalNum(row.coverageShare, `${what}.coverageShare`),
        antennae: optionalInteger(row.antennae, `${what}.antennae`),
        fragmentation: optionalNum(row.fragmentation, `${what}.fragmentation`),
      };
    }),
    funnel: list(d.funnel, 'funnel').map((value, i) => {
      const row = record(value, `funnel.${i}`);
      return {
        status: oneOf(row.status, initiativeStatuses, `funnel.${i}.status`),
        count: integer(row.count, `funnel.${i}.count`),
      };
    }),
    speed: list(d.speed, 'speed').map((value, i) => {
      const what = `speed.${i}`;
      const row = record(value, what);
      return {
        area: row.area === null ? null : place(row.area, `${what}.area`),
        answered: integer(row.answered, `${what}.answered`),
        awaitingResponse: integer(row.awaitingResponse, `${what}.awaitingResponse`),
        medianDays: optionalNum(row.medianDays, `${what}.medianDays`),
      };
    }),
  };
}

export function parseHandoverData(data: unknown): Handover {
  const h = record(record(data, 'data').handover, 'handover');
  return {
    post: post(h.post, 'handover.post'),
    peopleLosingOnlyLink: optionalInteger(h.peopleLosingOnlyLink, 'peopleLosingOnlyLink'),
    peopleSuppressed: bool(h.peopleSuppressed, 'peopleSuppressed'),
    organizations: list(h.organizations, 'organizations').map((value, i) => {
      const what = `organizations.${i}`;
      const row = record(value, what);
      return {
        ...place(row, what),
        kind: oneOf(row.kind, organizationKinds, `${what}.kind`),
        areaName: optionalText(row.areaName, `${what}.areaName`),
      };
    }),
    areas: list(h.areas, 'areas').map((value, i) => {
      const what = `areas.${i}`;
      const row = record(value, what);
      return {
        area: place(row.area, `${what}.area`),
        onlyAssignedOfficial: bool(row.onlyAssignedOfficial, `${what}.onlyAssignedOfficial`),
        losesAllReach: bool(row.losesAllReach, `${what}.losesAllReach`),
      };
    }),
  };
}

/** The colour steps of coverage, from blind (red) to well covered (green), with their lower bounds. */
export const coverageSteps = [
  { from: 0, color: '#b3402e' },
  { from: 0.25, color: '#e2875a' },
  { from: 0.5, color: '#efd27f' },
  { from: 0.75, color: '#86bf93' },
  { from: 0.9, color: '#2e7a4e' },
] as const;

/** Grey for suppressed or unknown figures. */
export const suppressedColor = '#d9ddd9';

/** The fill for a share reached (0–1); grey when suppressed (null). */
export function coverageColor(share: number | null): string {
  if (share === null) return suppressedColor;
  let color: string = coverageSteps[0].color;
  for (const step of coverageSteps) if (share >= step.from) color = step.color;
  return color;
}

/** Dark text on the light steps, white on the dark ones. */
export function textColorOn(fill: string): string {
  return fill === coverageSteps[0].color || fill === coverageSteps[4].color ? '#ffffff' : '#1b2327';
}

/** The cell of an area × theme, if it has stakeholders. */
export function cellOf(cells: readonly DashboardCell[], areaId: string, themeId: string) {
  return cells.find((cell) => cell.areaId === areaId && cell.themeId === themeId);
}

/**
 * A line chart's geometry: points scaled into width × height (y from 0 up to the largest value,
 * or `maxY`), skipping missing values; x evenly spaced in time order.
 */
export function linePoints(
  values: readonly (number | null)[],
  size: { width: number; height: number; maxY?: number },
): { x: number; y: number; value: number }[] {
  const known = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  const top = size.maxY ?? Math.max(...known.map((point) => point.value), 0);
  const step = values.length > 1 ? size.width / (values.length - 1) : 0;
  return known.map(({ value, index }) => ({
    x: values.length > 1 ? index * step : size.width / 2,
    y: top > 0 ? size.height - (value / top) * size.height : size.height,
    value,
  }));
}

/** The SVG path through the points (`M x y L x y …`), empty for none. */
export const pathOf = (points: readonly { x: number; y: number }[]) =>
  points
    .map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`)
    .join(' ');
