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

/** The kinds of stakeholder search and the network show (the API's `SearchKind`). */
export const stakeholderKinds = ['PERSON', 'ORGANIZATION', 'INITIATIVE', 'AREA', 'THEME'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

/** The kinds the type-ahead search offers (themes are reached through the graph). */
export const searchableKinds = ['PERSON', 'ORGANIZATION', 'INITIATIVE', 'AREA'] as const;

export const organizationKinds = [
  'ASSOCIATION',
  'BUSINESS',
  'INSTITUTION',
  'NETWORK',
  'MUNICIPAL_TEAM',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const officialRoles = [
  'GEBIEDSMAKELAAR',
  'WIJKCONSULENT',
  'BUITENDIENST',
  'BELEIDSMEDEWERKER',
  'WETHOUDER',
  'OTHER',
] as const;
export type OfficialRole = (typeof officialRoles)[number];

export const areaLevels = ['MUNICIPALITY', 'KERN', 'WIJK', 'BUURT'] as const;
export const initiativeStatuses = ['IDEA', 'INTAKE', 'ACTIVE', 'DONE', 'STOPPED'] as const;
export type InitiativeStatus = (typeof initiativeStatuses)[number];

/** Every link type of the register, plus PART_OF between areas (network only). */
export const linkTypes = [
  'KNOWS',
  'MEMBER_OF',
  'BOARD_OF',
  'WORKS_AT',
  'VOLUNTEERS_AT',
  'COLLABORATES_WITH',
  'LOCATED_IN',
  'LIVES_IN',
  'ACTIVE_IN',
  'INITIATES',
  'SUPPORTS',
  'PARTICIPATES_IN',
  'COVERS',
  'RESPONSIBLE_FOR',
] as const;
export type LinkType = (typeof linkTypes)[number];
export const networkRelationshipTypes = [...linkTypes, 'PART_OF'] as const;
export type NetworkRelationshipType = (typeof networkRelationshipTypes)[number];

/** One type-ahead hit. `sublabel` is an enum value (organization kind, role, level, status). */
export interface SearchHit {
  id: string;
  kind: StakeholderKind;
  label: string;
  sublabel: string | null;
  official: boolean;
}

/** What the latest analysis run wrote on a node (the API's `NetworkNodeScores`). */
export interface NodeScores {
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  coreNumber: number;
  community: number;
}

export const nodeScoreNames = [
  'degree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'coreNumber',
  'community',
] as const satisfies readonly (keyof NodeScores)[];

export interface NetworkNode {
  id: string;
  kind: StakeholderKind;
  label: string;
  sublabel: string | null;
  official: boolean;
  objected: boolean;
  /** From the latest analysis run; absent or null before a run and for areas and themes. */
  scores?: NodeScores | null;
}

/** A link as the explorer draws it; dates are `YYYY-MM-DD`. */
export interface NetworkEdge {
  id: string;
  type: NetworkRelationshipType;
  source: string;
  target: string;
  directed: boolean;
  strength: number | null;
  since: string | null;
  lastContact: string | null;
  endedAt: string | null;
  role: string | null;
}

export interface Network {
  centerId: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  totalNodes: number;
  omittedNodes: number;
}

export function parseSearchHits(data: unknown): SearchHit[] {
  return list(record(data, 'data').search, 'search').map((value, index) => {
    const hit = record(value, `search.${index}`);
    return {
      id: text(hit.id, 'hit.id'),
      kind: oneOf(hit.kind, stakeholderKinds, 'hit.kind'),
      label: text(hit.label, 'hit.label'),
      sublabel: optionalText(hit.sublabel, 'hit.sublabel'),
      official: bool(hit.official, 'hit.official'),
    };
  });
}

export function parseNetworkNode(value: unknown, what: string): NetworkNode {
  const node = record(value, what);
  return {
    id: text(node.id, `${what}.id`),
    kind: oneOf(node.kind, stakeholderKinds, `${what}.kind`),
    label: text(node.label, `${what}.label`),
    sublabel: optionalText(node.sublabel, `${what}.sublabel`),
    official: bool(node.official, `${what}.official`),
    objected: bool(node.objected, `${what}.objected`),
    scores: parseNodeScores(node.scores, `${what}.scores`),
  };
}

function parseNodeScores(value: unknown, what: string): NodeScores | null {
  if (value === null || value === undefined) return null;
  const scores = record(value, what);
  const read = (name: keyof NodeScores) => {
    const score = scores[name];
    if (typeof score !== 'number' || !Number.isFinite(score))
      throw new ShapeError(`${what}.${name} is not a number`);
    return score;
  };
  return {
    degree: read('degree'),
    betweenness: read('betweenness'),
    closeness: read('closeness'),
    pagerank: read('pagerank'),
    eigenvector: read('eigenvector'),
    coreNumber: read('coreNumber'),
    community: read('community'),
  };
}

export function parseNetworkEdge(value: unknown, what: string): NetworkEdge {
  const edge = record(value, what);
  return {
    id: text(edge.id, `${what}.id`),
    type: oneOf(edge.type, networkRelationshipTypes, `${what}.type`),
    source: text(edge.source, `${what}.source`),
    target: text(edge.target, `${what}.target`),
    directed: bool(edge.directed, `${what}.directed`),
    strength: optionalInteger(edge.strength, `${what}.strength`),
    since: optionalText(edge.since, `${what}.since`),
    lastContact: optionalText(edge.lastContact, `${what}.lastContact`),
    endedAt: optionalText(edge.endedAt, `${what}.endedAt`),
    role: optionalText(edge.role, `${what}.role`),
  };
}

export function parseNetworkData(data: unknown): Network {
  const network = record(record(data, 'data').network, 'network');
  const center = parseNetworkNode(network.center, 'network.center');
  return {
    centerId: center.id,
    nodes: list(network.nodes, 'network.nodes').map((n, i) => parseNetworkNode(n, `nodes.${i}`)),
    edges: list(network.edges, 'network.edges').map((e, i) => parseNetworkEdge(e, `edges.${i}`)),
    truncated: bool(network.truncated, 'network.truncated'),
    totalNodes: integer(network.totalNodes, 'network.totalNodes'),
    omittedNodes: integer(network.omittedNodes, 'network.omittedNodes'),
  };
}

/** The visual kind of a node: officials and each organization kind look different. */
export type VisualKind =
  | 'PERSON'
  | 'OFFICIAL'
  | OrganizationKind
  | 'ORGANIZATION'
  | 'INITIATIVE'
  | 'AREA'
  | 'THEME';

export const visualKinds: readonly VisualKind[] = [
  'PERSON',
  'OFFICIAL',
  ...organizationKinds,
  'ORGANIZATION',
  'INITIATIVE',
  'AREA',
  'THEME',
];

export function visualKindOf(
  node: Pick<NetworkNode, 'kind' | 'sublabel' | 'official'>,
): VisualKind {
  if (node.kind === 'PERSON') return node.official ? 'OFFICIAL' : 'PERSON';
  if (node.kind === 'ORGANIZATION') {
    return (organizationKinds as readonly string[]).includes(node.sublabel ?? '')
      ? (node.sublabel as OrganizationKind)
      : 'ORGANIZATION';
  }
  return node.kind;
}
