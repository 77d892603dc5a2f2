import { encodeGlobalID } from '@pothos/plugin-relay';
import type { BrokerageRoles } from '../analytics/brokerage.js';
import { registerScopeOf } from '../auth/registerScope.js';
import { ValidationError } from '../domain/errors.js';
import {
  type AnalysisRun,
  analysisRunStatuses,
  type StakeholderScores,
} from '../repositories/analysisRunRepository.js';
import {
  findRun,
  findStakeholderScores,
  listRuns,
  startAnalysisRun,
} from '../services/analysisRunService.js';
import { requireAreaInScope } from '../services/scopedAnalysis.js';
import { builder } from './builder.js';
import { optionalUuidOf, uuidOf } from './globalIds.js';
import { OrganizationRef, PersonRef } from './refs.js';

const AnalysisRunStatusRef = builder.enumType('AnalysisRunStatus', {
  description: 'Where a graph-wide analysis run stands.',
  values: Object.fromEntries(
    analysisRunStatuses.map((status) => [
      status,
      {
        description: {
          RUNNING: 'Loading, analysing or writing scores.',
          DONE: 'Finished; its scores are on the stakeholders.',
          FAILED: 'Stopped with an error.',
        }[status],
      },
    ]),
  ) as Record<(typeof analysisRunStatuses)[number], { description: string }>,
});

const AnalysisRunRef = builder.objectRef<AnalysisRun>('AnalysisRun').implement({
  description:
    'One graph-wide analysis of the register, with its progress and, when done, the key figures for trend lines.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the run.',
      resolve: (run) => encodeGlobalID('AnalysisRun', run.id),
    }),
    status: t.field({
      type: AnalysisRunStatusRef,
      description: 'Where it stands.',
      resolve: (run) => run.status,
    }),
    stage: t.exposeString('stage', { description: 'loading, analysing, writing, done or failed.' }),
    progress: t.exposeFloat('progress', { description: 'From 0 to 1, for a progress bar.' }),
    version: t.exposeString('version', {
      description: 'The graph version analysed: a run of an unchanged graph is reused.',
    }),
    startedAt: t.exposeString('startedAt', { description: 'When it started (ISO date-time).' }),
    endedAt: t.exposeString('endedAt', { nullable: true, description: 'When it ended.' }),
    nodes: t.exposeInt('nodes', { nullable: true, description: 'Stakeholders analysed.' }),
    edges: t.exposeInt('edges', { nullable: true, description: 'Ties analysed (one per pair).' }),
    antennae: t.exposeInt('antennae', {
      nullable: true,
      description: 'Officials who reach at least one stakeholder within two steps.',
    }),
    coverageShare: t.exposeFloat('coverageShare', {
      nullable: true,
      description: 'Share of stakeholders some official reaches within two steps.',
    }),
    fragmentation: t.exposeFloat('fragmentation', {
      nullable: true,
      description:
        'Share of pairs of stakeholders with no path between them at all (0 = one network).',
    }),
    modularity: t.exposeFloat('modularity', {
      nullable: true,
      description: 'Modularity of the Louvain communities.',
    }),
    communities: t.exposeInt('communities', {
      nullable: true,
      description: 'How many communities Louvain found.',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
  }),
});

builder.mutationField('startAnalysisRun', (t) =>
  t.field({
    authScopes: { register: true },
    type: AnalysisRunRef,
    description:
      'Starts a graph-wide analysis in a worker thread and returns at once; poll `analysisRun` for progress. When the graph has not changed since the last run, that run is returned.',
    args: {
      areaId: t.arg.id({ required: false, description: 'Only this area and the areas inside it.' }),
    },
    resolve: async (_root, args, ctx) => {
      const areaId = optionalUuidOf(args.areaId, 'Area', 'areaId') ?? null;
      requireAreaInScope(await registerScopeOf(ctx), areaId);
      return startAnalysisRun(ctx.db, ctx.log, { areaId }, ctx.analysis);
    },
  }),
);

builder.queryField('analysisRun', (t) =>
  t.field({
    authScopes: { register: true },
    type: AnalysisRunRef,
    nullable: true,
    description: 'One analysis run with its progress, or null.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the run.' }) },
    resolve: (_root, args, ctx) => findRun(ctx.db, uuidOf(String(args.id), 'AnalysisRun')),
  }),
);

builder.queryField('analysisRuns', (t) =>
  t.field({
    authScopes: { register: true },
    type: [AnalysisRunRef],
    description: 'The latest analysis runs, newest first: the history of the key figures.',
    args: { first: t.arg.int({ required: false, defaultValue: 20, description: '1 to 100.' }) },
    resolve: (_root, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 1 || first > 100) throw new ValidationError('first', 'Ask for 1 to 100 runs.');
      return listRuns(ctx.db, first);
    },
  }),
);

const BrokerageRef = builder.objectRef<BrokerageRoles>('BrokerageRoles').implement({
  description:
    'How often a stakeholder stands between two of its contacts who are not tied to each other (an open pair), by the kernen (villages) of the three (Gould & Fernandez). Ties have no direction, so gatekeeper and representative are one role.',
  fields: (t) => ({
    coordinator: t.exposeInt('coordinator', {
      description: 'Open pairs where all three are from the same kern.',
    }),
    itinerant: t.exposeInt('itinerant', {
      description: 'Open pairs of two contacts from one kern, the broker from another.',
    }),
    gatekeeperRepresentative: t.exposeInt('gatekeeperRepresentative', {
      description: 'Open pairs where the broker shares a kern with exactly one of the two.',
    }),
    liaison: t.exposeInt('liaison', {
      description: 'Open pairs where all three are from different kernen.',
    }),
    total: t.exposeInt('total', { description: 'All open pairs counted in a role.' }),
  }),
});

const ScoresRef = builder.objectRef<StakeholderScores>('StakeholderScores').implement({
  description:
    'Network scores from the latest analysis run (see docs/analysis.md for what each means). People who objected have none.',
  fields: (t) => ({
    degree: t.exposeInt('degree', { description: 'Number of ties.' }),
    weightedDegree: t.exposeFloat('weightedDegree', { description: 'Sum of the tie weights.' }),
    betweenness: t.exposeFloat('betweenness', {
      description: 'Normalised betweenness: how often on shortest paths between others.',
    }),
    closeness: t.exposeFloat('closeness', { description: 'Closeness centrality (as NetworkX).' }),
    pagerank: t.exposeFloat('pagerank', { description: 'PageRank (damping 0.85, weighted).' }),
    eigenvector: t.exposeFloat('eigenvector', {
      description: 'Eigenvector centrality (weighted).',
    }),
    constraint: t.exposeFloat('constraint', {
      nullable: true,
      description: 'Burt’s constraint (null without ties).',
    }),
    effectiveSize: t.exposeFloat('effectiveSize', {
      nullable: true,
      description: 'Burt’s effective size (null without ties).',
    }),
    coreNumber: t.exposeInt('coreNumber', { description: 'k-core number.' }),
    community: t.exposeInt('community', {
      description: 'Louvain community number (within one run).',
    }),
    brokerage: t.field({
      type: BrokerageRef,
      nullable: true,
      description:
        'Gould–Fernandez brokerage roles by kern (village); null on scores from runs before they were computed.',
      resolve: (scores) =>
        scores.brokerCoordinator == null ||
        scores.brokerItinerant == null ||
        scores.brokerGatekeeperRepresentative == null ||
        scores.brokerLiaison == null
          ? null
          : {
              coordinator: scores.brokerCoordinator,
              itinerant: scores.brokerItinerant,
              gatekeeperRepresentative: scores.brokerGatekeeperRepresentative,
              liaison: scores.brokerLiaison,
              total:
                scores.brokerCoordinator +
                scores.brokerItinerant +
                scores.brokerGatekeeperRepresentative +
                scores.brokerLiaison,
            },
    }),
  }),
});

for (const [ref, label] of [
  [PersonRef, 'Person'],
  [OrganizationRef, 'Organization'],
] as const) {
  builder.objectField(ref, 'scores', (t) =>
    t.loadable({
      type: ScoresRef,
      nullable: true,
      description: 'Network scores from the latest analysis run; null before a run.',
      load: async (ids: string[], ctx) => {
        const scores = new Map(
          (await findStakeholderScores(ctx.db, label, ids)).map((row) => [row.id, row]),
        );
        return ids.map((id) => scores.get(id) ?? null);
      },
      resolve: (stakeholder) => stakeholder.id,
    }),
  );
}
