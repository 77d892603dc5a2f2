import { registerScopeOf } from '../auth/registerScope.js';
import { ValidationError } from '../domain/errors.js';
import { type CoverageCell, findCoverage } from '../services/analysisService.js';
import { coverageInScope, requireAreaInScope } from '../services/scopedAnalysis.js';
import { AnalysisNodeRef, minWeightDescription } from './analysisRefs.js';
import { builder } from './builder.js';
import { uuidOf } from './globalIds.js';

const SinglePointKindRef = builder.enumType('SinglePointOfFailureKind', {
  description: 'Who a cell hangs on.',
  values: {
    OFFICIAL: { description: 'Everything reached in the cell is reached by one official only.' },
    RESIDENT: { description: 'Every route from the officials into the cell passes one resident.' },
  },
});

type SinglePoint = NonNullable<CoverageCell['singlePointOfFailure']>;

const SinglePointRef = builder.objectRef<SinglePoint>('SinglePointOfFailure').implement({
  description:
    'The one person a cell’s coverage hangs on: if they leave, the municipality is blind there.',
  fields: (t) => ({
    kind: t.field({
      type: SinglePointKindRef,
      description: 'Official or resident.',
      resolve: (s) => s.kind,
    }),
    stakeholder: t.field({
      type: AnalysisNodeRef,
      description: 'The person.',
      resolve: (s) => s.stakeholder,
    }),
  }),
});

const CoverageCellRef = builder.objectRef<CoverageCell>('CoverageCell').implement({
  description:
    'How well the officials reach the stakeholders of one area × theme. Counts are kept so management views can suppress small cells.',
  fields: (t) => ({
    area: t.field({
      type: AnalysisNodeRef,
      description: 'The area (a direct part of the root asked for, or the root).',
      resolve: (c) => c.area,
    }),
    theme: t.field({ type: AnalysisNodeRef, description: 'The theme.', resolve: (c) => c.theme }),
    stakeholders: t.exposeInt('stakeholders', {
      description: 'Stakeholders in the cell (officials not counted).',
    }),
    reached: t.exposeInt('reached', {
      description: 'How many of them an official reaches within two steps.',
    }),
    share: t.exposeFloat('share', { description: 'reached / stakeholders.' }),
    redundancy: t.exposeFloat('redundancy', {
      description:
        'Average number of distinct officials reaching a reached stakeholder (0 when none).',
    }),
    blindSpot: t.exposeBoolean('blindSpot', {
      description: 'Less than a quarter of the cell is reached.',
    }),
    singlePointOfFailure: t.field({
      type: SinglePointRef,
      nullable: true,
      description: 'The one official or resident the cell hangs on, if any.',
      resolve: (c) => c.singlePointOfFailure,
    }),
  }),
});

builder.queryField('coverage', (t) =>
  t.field({
    authScopes: { register: true },
    type: [CoverageCellRef],
    description:
      'Coverage per area × theme under a root area (e.g. the municipality: one row per kern and theme), sorted by area and theme.',
    args: {
      areaId: t.arg.id({
        required: true,
        description: 'The root area; cells are its direct parts.',
      }),
      themeIds: t.arg.idList({
        required: false,
        description: 'Only these themes; absent means every theme.',
      }),
      minWeight: t.arg.float({ required: false, description: minWeightDescription }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.themeIds && args.themeIds.length > 50) {
        throw new ValidationError('themeIds', 'Ask for at most 50 themes.');
      }
      const areaId = uuidOf(args.areaId, 'Area', 'areaId');
      const scope = await registerScopeOf(ctx);
      requireAreaInScope(scope, areaId);
      const cells = await findCoverage(
        ctx.db,
        {
          areaId,
          themeIds: args.themeIds?.map((id) => uuidOf(String(id), 'Theme', 'themeIds')) ?? null,
          minWeight: args.minWeight ?? null,
        },
        ctx.analysis,
      );
      return coverageInScope(ctx.db, scope, cells);
    },
  }),
);
