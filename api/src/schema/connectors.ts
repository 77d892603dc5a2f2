import { registerScopeOf } from '../auth/registerScope.js';
import { ValidationError } from '../domain/errors.js';
import {
  type AnalysisRef,
  type ConnectorAnswer,
  type Connectors,
  findConnectors,
} from '../services/analysisService.js';
import { connectorsInScope, requireStakeholderInScope } from '../services/scopedAnalysis.js';
import { AnalysisNodeRef, minWeightDescription } from './analysisRefs.js';
import { builder } from './builder.js';
import { uuidOf } from './globalIds.js';

const ConnectorPathRef = builder.objectRef<AnalysisRef[]>('ConnectorPath').implement({
  description: 'A path that explains a connector: from the connector to one new target.',
  fields: (t) => ({
    nodes: t.field({
      type: [AnalysisNodeRef],
      description: 'The nodes along the path, connector first, target last.',
      resolve: (path) => path,
    }),
    text: t.string({
      description: 'The path as text, e.g. "Els → Jan → Voedselbank".',
      resolve: (path) => path.map((node) => node.name).join(' → '),
    }),
  }),
});

const ConnectorRef = builder.objectRef<ConnectorAnswer>('Connector').implement({
  description: 'A person worth bringing to the table, with the new targets they add and why.',
  fields: (t) => ({
    person: t.field({
      type: AnalysisNodeRef,
      description: 'The connector.',
      resolve: (c) => c.connector,
    }),
    gain: t.int({
      description: 'How many targets this connector adds.',
      resolve: (c) => c.newTargets.length,
    }),
    newTargets: t.field({
      type: [AnalysisNodeRef],
      description: 'The targets reached that no earlier connector reached.',
      resolve: (c) => c.newTargets,
    }),
    paths: t.field({
      type: [ConnectorPathRef],
      description: 'Per new target, the path from the connector to it (connector first).',
      resolve: (c) => c.paths,
    }),
  }),
});

const ConnectorsRef = builder.objectRef<Connectors>('InitiativeConnectors').implement({
  description: 'Whom an area broker should bring to the table for an initiative.',
  fields: (t) => ({
    initiative: t.field({
      type: AnalysisNodeRef,
      description: 'The initiative.',
      resolve: (c) => c.initiative,
    }),
    targets: t.field({
      type: [AnalysisNodeRef],
      description:
        'Stakeholders active in its themes in its kern (or above it, municipality-wide) not yet tied to it.',
      resolve: (c) => c.targets,
    }),
    connectors: t.field({
      type: [ConnectorRef],
      description: 'Connectors in the order chosen: each adds the most targets not yet reached.',
      resolve: (c) => c.connectors,
    }),
  }),
});

builder.queryField('connectors', (t) =>
  t.field({
    authScopes: { register: true },
    type: ConnectorsRef,
    description:
      'Connectors for an initiative, chosen greedily by how many new targets each adds (within 1 − 1/e of the best choice of that size), with the paths that explain each.',
    args: {
      initiativeId: t.arg.id({ required: true, description: 'The initiative.' }),
      max: t.arg.int({
        required: false,
        defaultValue: 5,
        description: 'At most this many connectors, 1 to 50.',
      }),
      steps: t.arg.int({
        required: false,
        defaultValue: 1,
        description: 'How many steps a connector may be from a target: 1 (direct tie) or 2.',
      }),
      minWeight: t.arg.float({ required: false, description: minWeightDescription }),
    },
    resolve: async (_root, args, ctx) => {
      const max = args.max ?? 5;
      const steps = args.steps ?? 1;
      if (max < 1 || max > 50) throw new ValidationError('max', 'Ask for 1 to 50 connectors.');
      if (steps < 1 || steps > 2) throw new ValidationError('steps', 'Steps is 1 or 2.');
      const initiativeId = uuidOf(args.initiativeId, 'Initiative', 'initiativeId');
      const scope = await registerScopeOf(ctx);
      await requireStakeholderInScope(ctx.db, scope, 'Initiative', initiativeId);
      const answer = await findConnectors(
        ctx.db,
        {
          initiativeId,
          max,
          steps,
          minWeight: args.minWeight ?? null,
        },
        ctx.analysis,
      );
      return connectorsInScope(ctx.db, scope, answer);
    },
  }),
);
