import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type AreaCoverage,
  type Dashboard,
  type FunnelStep,
  type Handover,
  type HeatmapCell,
  loadDashboard,
  loadHandover,
  type NamedRef,
  type OfficialPost,
  type SpeedRow,
  type TrendPoint,
} from '../services/dashboardService.js';
import { builder } from './builder.js';
import { optionalUuidOf } from './globalIds.js';
import { InitiativeStatusEnum, OfficialRoleEnum, OrganizationKindEnum } from './vocabulary.js';

/*
 * The management dashboard (MANAGEMENT or ADMIN): aggregates only. Figures about people are
 * null with `suppressed: true` when the cell or area holds fewer than `minimumCellPeople` people;
 * officials appear as posts (function title and areas) behind an opaque id, never by name.
 */

const suppressionNote = 'Null when suppressed (fewer than `minimumCellPeople` people).';

const DashboardPlaceRef = builder.objectRef<NamedRef>('DashboardPlace').implement({
  description: 'An area or theme on the dashboard: its global id and name.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The global id of the area or theme.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
  }),
});

const placeOf = (typename: 'Area' | 'Theme', ref: NamedRef): NamedRef => ({
  id: encodeGlobalID(typename, ref.id),
  name: ref.name,
});

const SinglePointKindRef = builder.enumType('DashboardSinglePoint', {
  description: 'What a cell hangs on, without saying who.',
  values: {
    OFFICIAL: { description: 'Everything reached in the cell is reached by one official.' },
    RESIDENT: { description: 'Every route into the cell passes one resident or organization.' },
  },
});

const HeatmapCellRef = builder.objectRef<HeatmapCell>('DashboardCell').implement({
  description: 'Coverage of one area × theme, without names; small cells are suppressed.',
  fields: (t) => ({
    areaId: t.id({
      description: 'The global id of the area (a direct part of the root).',
      resolve: (cell) => encodeGlobalID('Area', cell.areaId),
    }),
    themeId: t.id({
      description: 'The global id of the theme.',
      resolve: (cell) => encodeGlobalID('Theme', cell.themeId),
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'True when the cell holds fewer than `minimumCellPeople` people: no figures.',
    }),
    stakeholders: t.exposeInt('stakeholders', {
      nullable: true,
      description: `People and organizations in the cell (officials not counted). ${suppressionNote}`,
    }),
    reached: t.exposeInt('reached', {
      nullable: true,
      description: `How many of them an official reaches within two steps. ${suppressionNote}`,
    }),
    share: t.exposeFloat('share', {
      nullable: true,
      description: `reached / stakeholders. ${suppressionNote}`,
    }),
    redundancy: t.exposeFloat('redundancy', {
      nullable: true,
      description: `Average number of distinct officials reaching a reached stakeholder. ${suppressionNote}`,
    }),
    blindSpot: t.exposeBoolean('blindSpot', {
      nullable: true,
      description: `Less than a quarter of the cell is reached. ${suppressionNote}`,
    }),
    singlePointOfFailure: t.field({
      type: SinglePointKindRef,
      nullable: true,
      description: 'Whether the cell hangs on one official or one resident (never who).',
      resolve: (cell) => cell.singlePointOfFailure,
    }),
  }),
});

const AreaCoverageRef = builder.objectRef<AreaCoverage>('DashboardArea').implement({
  description:
    'Coverage of one direct part of the root (e.g. a kern) over all themes, for the map.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the area.',
      resolve: (row) => encodeGlobalID('Area', row.area.id),
    }),
    name: t.string({ description: 'The area’s name.', resolve: (row) => row.area.name }),
    geometry: t.string({
      nullable: true,
      description: 'The outline as GeoJSON (Polygon or MultiPolygon) text, when known.',
      resolve: (row) => row.area.geometry,
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description: 'True when the area holds fewer than `minimumCellPeople` people.',
    }),
    stakeholders: t.exposeInt('stakeholders', { nullable: true, description: suppressionNote }),
    reached: t.exposeInt('reached', { nullable: true, description: suppressionNote }),
    share: t.exposeFloat('share', {
      nullable: true,
      description: `Share of the area’s stakeholders some official reaches. ${suppressionNote}`,
    }),
    blindSpots: t.exposeInt('blindSpots', { description: 'Blind-spot cells (shown cells only).' }),
    cellsOnOneOfficial: t.exposeInt('cellsOnOneOfficial', {
      description: 'Cells that hang on one official.',
    }),
    cellsOnOneResident: t.exposeInt('cellsOnOneResident', {
      description: 'Cells that hang on one resident or organization.',
    }),
    suppressedCells: t.exposeInt('suppressedCells', { description: 'Cells suppressed as small.' }),
  }),
});

const OfficialPostRef = builder.objectRef<OfficialPost>('OfficialPost').implement({
  description:
    'An official’s post, named by function and areas (e.g. gebiedsmakelaar of Lievelde), never by the person’s name.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'An opaque id for `handover`; not the person’s id.',
    }),
    officialRole: t.field({
      type: OfficialRoleEnum,
      description: 'The function.',
      resolve: (post) => post.officialRole,
    }),
    areaNames: t.exposeStringList('areaNames', { description: 'The areas the post covers.' }),
    ordinal: t.exposeInt('ordinal', {
      nullable: true,
      description: '1, 2, … when several posts share function and areas.',
    }),
  }),
});

const TrendPointRef = builder.objectRef<TrendPoint>('DashboardTrendPoint').implement({
  description: 'The key figures of one finished analysis run.',
  fields: (t) => ({
    at: t.exposeString('at', { description: 'When the run ended (ISO date-time).' }),
    coverageShare: t.exposeFloat('coverageShare', {
      nullable: true,
      description: 'Share of stakeholders some official reaches within two steps.',
    }),
    antennae: t.exposeInt('antennae', {
      nullable: true,
      description: 'Officials who reach at least one stakeholder.',
    }),
    fragmentation: t.exposeFloat('fragmentation', {
      nullable: true,
      description: 'Share of pairs with no path between them.',
    }),
  }),
});

const FunnelStepRef = builder.objectRef<FunnelStep>('InitiativeFunnelStep').implement({
  description: 'How many initiatives stand at one status.',
  fields: (t) => ({
    status: t.field({
      type: InitiativeStatusEnum,
      description: 'The status.',
      resolve: (step) => step.status,
    }),
    count: t.exposeInt('count', { description: 'Initiatives with that status.' }),
  }),
});

const SpeedRowRef = builder.objectRef<SpeedRow>('ResponseSpeed').implement({
  description: 'Speed of action: days from receiving an initiative to the first response.',
  fields: (t) => ({
    area: t.field({
      type: DashboardPlaceRef,
      nullable: true,
      description: 'The area; null for the whole root.',
      resolve: (row) => (row.area ? placeOf('Area', row.area) : null),
    }),
    answered: t.exposeInt('answered', { description: 'Initiatives with a first response.' }),
    awaitingResponse: t.exposeInt('awaitingResponse', {
      description: 'Initiatives received without a first response yet.',
    }),
    medianDays: t.exposeFloat('medianDays', {
      nullable: true,
      description: 'Median days to the first response; null without answered initiatives.',
    }),
  }),
});

const DashboardRef = builder.objectRef<Dashboard>('ManagementDashboard').implement({
  description: 'Coverage, risks, trends and initiatives of the municipality, as aggregates only.',
  fields: (t) => ({
    root: t.field({
      type: DashboardPlaceRef,
      description: 'The area the dashboard is about (by default the municipality).',
      resolve: (d) => placeOf('Area', d.root),
    }),
    minimumCellPeople: t.exposeInt('minimumCellPeople', {
      description: 'Cells and areas with fewer people than this are suppressed.',
    }),
    themes: t.field({
      type: [DashboardPlaceRef],
      description: 'The heatmap’s columns, by name.',
      resolve: (d) => d.themes.map((theme) => placeOf('Theme', theme)),
    }),
    areas: t.field({
      type: [AreaCoverageRef],
      description: 'The direct parts of the root with their outline and coverage, by name.',
      resolve: (d) => d.areas,
    }),
    cells: t.field({
      type: [HeatmapCellRef],
      description: 'Coverage per area × theme (cells without stakeholders are absent).',
      resolve: (d) => d.cells,
    }),
    blindSpots: t.exposeInt('blindSpots', { description: 'Blind-spot cells.' }),
    suppressedCells: t.exposeInt('suppressedCells', { description: 'Suppressed cells.' }),
    cellsOnOneOfficial: t.exposeInt('cellsOnOneOfficial', {
      description: 'Cells that hang on one official.',
    }),
    cellsOnOneResident: t.exposeInt('cellsOnOneResident', {
      description: 'Cells that hang on one resident or organization.',
    }),
    posts: t.field({
      type: [OfficialPostRef],
      description: 'The officials’ posts, for the handover view.',
      resolve: (d) => d.posts,
    }),
    trend: t.field({
      type: [TrendPointRef],
      description: 'Key figures of the finished analysis runs, oldest first.',
      resolve: (d) => d.trend,
    }),
    funnel: t.field({
      type: [FunnelStepRef],
      description: 'Initiatives per status, in status order.',
      resolve: (d) => d.funnel,
    }),
    speed: t.field({
      type: [SpeedRowRef],
      description: 'Speed of action: first the whole root, then each area.',
      resolve: (d) => d.speed,
    }),
  }),
});

const HandoverAreaRef = builder.objectRef<Handover['areas'][number]>('HandoverArea').implement({
  description: 'An area that would lose its only link if the official left.',
  fields: (t) => ({
    area: t.field({
      type: DashboardPlaceRef,
      description: 'The area.',
      resolve: (row) => placeOf('Area', row.area),
    }),
    onlyAssignedOfficial: t.exposeBoolean('onlyAssignedOfficial', {
      description: 'This post is the only one assigned to (covering) the area.',
    }),
    losesAllReach: t.exposeBoolean('losesAllReach', {
      description: 'No other official reaches anyone in the area.',
    }),
  }),
});

const HandoverOrganizationRef = builder
  .objectRef<Handover['organizations'][number]>('HandoverOrganization')
  .implement({
    description: 'An organization only this official reaches (organizations are not persons).',
    fields: (t) => ({
      id: t.id({
        description: 'The global id of the organization.',
        resolve: (row) => encodeGlobalID('Organization', row.id),
      }),
      name: t.exposeString('name', { description: 'Its name.' }),
      kind: t.field({
        type: OrganizationKindEnum,
        description: 'What sort of organization.',
        resolve: (row) => row.kind,
      }),
      areaName: t.exposeString('areaName', { nullable: true, description: 'Where it is located.' }),
    }),
  });

const HandoverRef = builder.objectRef<Handover>('Handover').implement({
  description: 'What the municipality would lose if the official in a post left.',
  fields: (t) => ({
    post: t.field({ type: OfficialPostRef, description: 'The post.', resolve: (h) => h.post }),
    peopleLosingOnlyLink: t.exposeInt('peopleLosingOnlyLink', {
      nullable: true,
      description: `People only this official reaches. ${suppressionNote}`,
    }),
    peopleSuppressed: t.exposeBoolean('peopleSuppressed', {
      description: 'True when that count is suppressed as small.',
    }),
    organizations: t.field({
      type: [HandoverOrganizationRef],
      description: 'Organizations only this official reaches, by name.',
      resolve: (h) => h.organizations,
    }),
    areas: t.field({
      type: [HandoverAreaRef],
      description: 'Areas that would lose their only link.',
      resolve: (h) => h.areas,
    }),
  }),
});

builder.queryFields((t) => ({
  managementDashboard: t.field({
    authScopes: { $any: { management: true, admin: true } },
    type: DashboardRef,
    description:
      'The management dashboard: aggregates only, small cells suppressed (docs/privacy.md). MANAGEMENT or ADMIN.',
    args: {
      areaId: t.arg.id({
        required: false,
        description: 'The root area; default the municipality.',
      }),
    },
    resolve: (_root, args, ctx) =>
      loadDashboard(ctx.db, ctx.viewer, optionalUuidOf(args.areaId, 'Area', 'areaId') ?? null),
  }),
  handover: t.field({
    authScopes: { $any: { management: true, admin: true } },
    type: HandoverRef,
    description:
      'What would be lost if the official in this post left: organizations and areas by name, people as a suppressed count. MANAGEMENT or ADMIN.',
    args: {
      postId: t.arg.id({ required: true, description: 'An `OfficialPost.id` of the dashboard.' }),
      areaId: t.arg.id({
        required: false,
        description: 'The root area the post was listed under; default the municipality.',
      }),
    },
    resolve: (_root, args, ctx) =>
      loadHandover(ctx.db, ctx.viewer, {
        areaId: optionalUuidOf(args.areaId, 'Area', 'areaId') ?? null,
        postId: String(args.postId),
      }),
  }),
}));
