import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import { linkTypes } from '../domain/linkTypes.js';
import { entityLabels } from '../domain/vocabulary.js';
import { networkRelationshipTypes } from '../repositories/networkRepository.js';
import {
  DEFAULT_NETWORK_DEPTH,
  DEFAULT_NETWORK_LIMIT,
  MAX_NETWORK_DEPTH,
  MAX_NETWORK_LIMIT,
  type Network,
  type NetworkEdge,
  type NetworkNode,
  networkAround,
} from '../services/networkService.js';
import { labelOfKind } from '../services/searchKinds.js';
import { builder } from './builder.js';
import { decodeIdOf, uuidOf } from './globalIds.js';
import { SearchKindRef } from './search.js';

const NetworkRelationshipTypeRef = builder.enumType('NetworkRelationshipType', {
  description: 'The kinds of link the network explorer can show and walk.',
  values: Object.fromEntries(
    networkRelationshipTypes.map((type) => [
      type,
      {
        description:
          type === 'PART_OF' ? 'An area lies inside a larger area.' : linkTypes[type].description,
      },
    ]),
  ) as Record<(typeof networkRelationshipTypes)[number], { description: string }>,
});

const NetworkNodeScoresRef = builder
  .objectRef<NonNullable<NetworkNode['scores']>>('NetworkNodeScores')
  .implement({
    description:
      'The scores the latest analysis run wrote on a stakeholder, for sizing and colouring the graph (docs/analysis.md says what each means).',
    fields: (t) => ({
      degree: t.exposeInt('degree', { description: 'How many ties it has.' }),
      betweenness: t.exposeFloat('betweenness', {
        description: 'How often it lies on the shortest paths between others (brokerage).',
      }),
      closeness: t.exposeFloat('closeness', {
        description: 'How close it is to everyone else it can reach.',
      }),
      pagerank: t.exposeFloat('pagerank', {
        description: 'How much it is tied to others who are themselves well tied.',
      }),
      eigenvector: t.exposeFloat('eigenvector', {
        description: 'Eigenvector centrality: influence through well-connected neighbours.',
      }),
      coreNumber: t.exposeInt('coreNumber', {
        description: 'The largest k of a k-core it belongs to (how deep in a dense core).',
      }),
      community: t.exposeInt('community', {
        description:
          'The community (Louvain) it belongs to in that run; numbers mean nothing else.',
      }),
    }),
  });

const NetworkNodeRef = builder.objectRef<NetworkNode>('NetworkNode').implement({
  description: 'A stakeholder in the explorer: what the graph shows of it, never contact details.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the stakeholder (resolvable with `node`).',
      resolve: (node) => encodeGlobalID(labelOfKind(node.kind), node.id),
    }),
    kind: t.field({
      type: SearchKindRef,
      description: 'What kind of stakeholder this is.',
      resolve: (node) => node.kind,
    }),
    label: t.exposeString('label', { description: 'The name, or the title of an initiative.' }),
    sublabel: t.exposeString('sublabel', {
      nullable: true,
      description:
        'The organization kind, area level, official role or initiative status, as its enum value (null for residents and themes).',
    }),
    official: t.exposeBoolean('official', {
      description: 'Whether this person is an official of the municipality.',
    }),
    objected: t.exposeBoolean('objected', {
      description:
        'Whether this person objected to the processing: they stay in the register but are left out of every score and suggestion.',
    }),
    depth: t.exposeInt('depth', {
      description: 'How many steps this node is from the center (0 for the center).',
    }),
    scores: t.field({
      type: NetworkNodeScoresRef,
      nullable: true,
      description:
        'Scores from the latest analysis run; null before a run, and for areas, themes and people left out of it (objected or past retention).',
      resolve: (node) => node.scores,
    }),
  }),
});

const globalIdOf = (node: NetworkNode) => encodeGlobalID(labelOfKind(node.kind), node.id);

const NetworkEdgeRef = builder.objectRef<NetworkEdge>('NetworkEdge').implement({
  description: 'A link between two nodes of the network, in its stored direction.',
  fields: (t) => ({
    id: t.id({
      description:
        'The global id of the link (a `Link`, resolvable with `node` for register links).',
      resolve: (edge) => encodeGlobalID('Link', edge.id),
    }),
    type: t.field({
      type: NetworkRelationshipTypeRef,
      description: 'What kind of link this is.',
      resolve: (edge) => edge.type,
    }),
    source: t.id({
      description: 'The global id of the node the link starts at.',
      resolve: (edge) => globalIdOf(edge.source),
    }),
    target: t.id({
      description: 'The global id of the node the link ends at.',
      resolve: (edge) => globalIdOf(edge.target),
    }),
    directed: t.exposeBoolean('directed', {
      description:
        'False for links stored once that mean both ways (KNOWS, COLLABORATES_WITH): draw them without an arrow.',
    }),
    strength: t.exposeInt('strength', {
      nullable: true,
      description: 'How strong a KNOWS tie is, 1 (weak) to 5 (strong); null for other links.',
    }),
    since: t.expose('since', {
      type: 'Date',
      nullable: true,
      description: 'Since when the link exists, if known.',
    }),
    lastContact: t.expose('lastContact', {
      type: 'Date',
      nullable: true,
      description: 'When the two last had contact (KNOWS), if known.',
    }),
    endedAt: t.expose('endedAt', {
      type: 'Date',
      nullable: true,
      description: 'When the link ended; only ended links shown with includeEnded have it.',
    }),
    role: t.exposeString('role', {
      nullable: true,
      description: 'The role in an organization (membership, board, work, volunteering), if any.',
    }),
  }),
});

const NetworkRef = builder.objectRef<Network>('Network').implement({
  description:
    'The nodes and links around a stakeholder, closest first, cut at the limit; the counts say what the cut left out.',
  fields: (t) => ({
    center: t.field({
      type: NetworkNodeRef,
      description: 'The stakeholder the network is around (also in `nodes`).',
      resolve: (network) => network.center,
    }),
    nodes: t.field({
      type: [NetworkNodeRef],
      description: 'The nodes kept, the center first, then by depth.',
      resolve: (network) => network.nodes,
    }),
    edges: t.field({
      type: [NetworkEdgeRef],
      description: 'Every link in scope between two kept nodes.',
      resolve: (network) => network.edges,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'Whether the limit left nodes out that were within reach.',
    }),
    totalNodes: t.exposeInt('totalNodes', {
      description: 'How many nodes (the center included) were within reach before the limit.',
    }),
    omittedNodes: t.exposeInt('omittedNodes', {
      description:
        'How many nodes within reach the limit left out (totalNodes minus the nodes kept).',
    }),
  }),
});

const NetworkFiltersRef = builder.inputType('NetworkFilters', {
  description:
    'Which part of the network to show; every filter narrows it, the center always stays.',
  fields: (t) => ({
    kinds: t.field({
      type: [SearchKindRef],
      required: false,
      description:
        'Only show and walk through these kinds of stakeholder; absent or empty means all.',
    }),
    relationshipTypes: t.field({
      type: [NetworkRelationshipTypeRef],
      required: false,
      description: 'Only show and walk these kinds of link; absent or empty means all.',
    }),
    minStrength: t.int({
      required: false,
      description:
        'Only KNOWS ties at least this strong (1 to 5); other links have no strength and stay.',
    }),
    areaId: t.id({
      required: false,
      description:
        'Only people, organizations and initiatives located in, living in or covering this area or one of its parts, and only areas inside it; themes stay.',
    }),
    themeId: t.id({
      required: false,
      description:
        'Only people, organizations and initiatives active in this theme (officials responsible for it count), and no other themes; areas stay.',
    }),
    includeEnded: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Also show links that have ended (endedAt in the past).',
    }),
  }),
});

builder.queryField('network', (t) =>
  t.field({
    authScopes: { register: true },
    type: NetworkRef,
    description:
      'The network around a stakeholder for the explorer: nodes up to `depth` steps away, closest first, and the links between them, cut at `limit` nodes. Areas and themes show where they touch the network, but are only walked through when they are the center.',
    args: {
      center: t.arg.id({
        required: true,
        description:
          'The global id of the person, organization, initiative, area or theme at the center.',
      }),
      depth: t.arg.int({
        required: false,
        defaultValue: DEFAULT_NETWORK_DEPTH,
        description: `How many steps to walk from the center, 1 to ${MAX_NETWORK_DEPTH}.`,
      }),
      filters: t.arg({
        type: NetworkFiltersRef,
        required: false,
        description: 'Which kinds of node and link to show.',
      }),
      limit: t.arg.int({
        required: false,
        defaultValue: DEFAULT_NETWORK_LIMIT,
        description: `The most nodes to return (the center included), 1 to ${MAX_NETWORK_LIMIT}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const filters = args.filters;
      return networkAround(ctx.db, await registerScopeOf(ctx), {
        center: decodeIdOf(String(args.center), entityLabels, 'center'),
        depth: args.depth,
        limit: args.limit,
        filters: filters && {
          kinds: filters.kinds,
          relationshipTypes: filters.relationshipTypes,
          minStrength: filters.minStrength,
          includeEnded: filters.includeEnded,
          areaId:
            filters.areaId == null
              ? null
              : uuidOf(String(filters.areaId), 'Area', 'filters.areaId'),
          themeId:
            filters.themeId == null
              ? null
              : uuidOf(String(filters.themeId), 'Theme', 'filters.themeId'),
        },
      });
    },
  }),
);
