import { registerScopeOf } from '../auth/registerScope.js';
import type { Antenna } from '../services/analysisService.js';
import { findAntennae } from '../services/analysisService.js';
import { antennaeInScope, requireAreaInScope } from '../services/scopedAnalysis.js';
import { AnalysisNodeRef, minWeightDescription } from './analysisRefs.js';
import { builder } from './builder.js';
import { optionalUuidOf } from './globalIds.js';

const AntennaRef = builder.objectRef<Antenna>('Antenna').implement({
  description:
    'An official as one of the municipality’s antennae: whom they reach within two steps, and what only they reach.',
  fields: (t) => ({
    official: t.field({
      type: AnalysisNodeRef,
      description: 'The official.',
      resolve: (a) => a.official,
    }),
    reachCount: t.int({
      description: 'How many stakeholders the official reaches.',
      resolve: (a) => a.reached.length,
    }),
    reached: t.field({
      type: [AnalysisNodeRef],
      description: 'The stakeholders reached within two steps (other officials not counted).',
      resolve: (a) => a.reached,
    }),
    uniqueReach: t.int({
      description: 'How many of them no other official reaches: what is lost if this one leaves.',
      resolve: (a) => a.uniquelyReached.length,
    }),
    uniquelyReached: t.field({
      type: [AnalysisNodeRef],
      description: 'The stakeholders only this official reaches.',
      resolve: (a) => a.uniquelyReached,
    }),
    areas: t.field({
      type: [AnalysisNodeRef],
      description:
        'The kernen of the stakeholders reached: more than one means the antenna bridges them.',
      resolve: (a) => a.areas,
    }),
    themes: t.field({
      type: [AnalysisNodeRef],
      description: 'The themes of the stakeholders reached.',
      resolve: (a) => a.themes,
    }),
  }),
});

builder.queryField('antennae', (t) =>
  t.field({
    authScopes: { register: true },
    type: [AntennaRef],
    description:
      'The officials through whom the municipality senses an area (with its sub-areas) and/or theme, largest unique reach first. People who objected or are past their retain-until date are left out.',
    args: {
      areaId: t.arg.id({ required: false, description: 'Only this area and the areas inside it.' }),
      themeId: t.arg.id({
        required: false,
        description: 'Only stakeholders active in this theme.',
      }),
      minWeight: t.arg.float({ required: false, description: minWeightDescription }),
    },
    resolve: async (_root, args, ctx) => {
      const areaId = optionalUuidOf(args.areaId, 'Area', 'areaId') ?? null;
      const scope = await registerScopeOf(ctx);
      requireAreaInScope(scope, areaId);
      const antennae = await findAntennae(
        ctx.db,
        {
          areaId,
          themeId: optionalUuidOf(args.themeId, 'Theme', 'themeId') ?? null,
          minWeight: args.minWeight ?? null,
        },
        ctx.analysis,
      );
      return antennaeInScope(ctx.db, scope, antennae);
    },
  }),
);
