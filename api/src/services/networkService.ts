import type { RegisterScope } from '../auth/registerScope.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { linkTypes } from '../domain/linkTypes.js';
import type { EntityLabel } from '../domain/vocabulary.js';
import type { Database } from '../neo4j/database.js';
import {
  expandNetworkLayer,
  findNetworkCenter,
  findNetworkEdges,
  findNetworkNodes,
  type NetworkEdgeRow,
  type NetworkNodeScores,
  type NetworkRelationshipType,
  type NetworkScope,
  networkRelationshipTypes,
} from '../repositories/networkRepository.js';
import type { StakeholderSummary } from '../repositories/searchRepository.js';
import { labelOfKind, type StakeholderKind, stakeholderKinds } from './searchKinds.js';

export const DEFAULT_NETWORK_DEPTH = 1;
export const MAX_NETWORK_DEPTH = 3;
export const DEFAULT_NETWORK_LIMIT = 500;
export const MAX_NETWORK_LIMIT = 2000;

export interface NetworkFilters {
  kinds?: readonly StakeholderKind[] | null;
  relationshipTypes?: readonly NetworkRelationshipType[] | null;
  minStrength?: number | null;
  areaId?: string | null;
  themeId?: string | null;
  includeEnded?: boolean | null;
}

export interface NetworkRequest {
  /** The center as its node label and UUID (decoded from the global id by the schema). */
  center: { label: EntityLabel; id: string };
  depth?: number | null;
  filters?: NetworkFilters | null;
  limit?: number | null;
}

export interface NetworkNode extends StakeholderSummary {
  /** Steps from the center (0 for the center itself). */
  depth: number;
  /** What the latest analysis run wrote on the node; null before a run or when left out of it. */
  scores: NetworkNodeScores | null;
}

export interface NetworkEdge extends Omit<NetworkEdgeRow, 'sourceElementId' | 'targetElementId'> {
  source: NetworkNode;
  target: NetworkNode;
  /** False for links that are stored once but mean both ways (KNOWS, COLLABORATES_WITH). */
  directed: boolean;
}

export interface Network {
  center: NetworkNode;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Whether nodes within reach were left out because of the limit. */
  truncated: boolean;
  /** How many nodes (the center included) were within reach before the limit. */
  totalNodes: number;
  omittedNodes: number;
}

const isUndirected = (type: NetworkRelationshipType) =>
  type !== 'PART_OF' && linkTypes[type].undirected;

function parseRange(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
  what: string,
): number {
  const parsed = value ?? fallback;
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new ValidationError(field, `${what} must be between ${min} and ${max}.`);
  }
  return parsed;
}

function scopeOf(filters: NetworkFilters | null | undefined): NetworkScope {
  const kinds = filters?.kinds?.length ? filters.kinds : stakeholderKinds;
  const relationshipTypes = filters?.relationshipTypes?.length
    ? [...new Set(filters.relationshipTypes)]
    : networkRelationshipTypes;
  const minStrength =
    filters?.minStrength == null
      ? null
      : parseRange(filters.minStrength, 1, 1, 5, 'filters.minStrength', 'The minimum strength');
  return {
    labels: [...new Set(kinds)].map(labelOfKind),
    relationshipTypes,
    minStrength,
    areaId: filters?.areaId ?? null,
    themeId: filters?.themeId ?? null,
    includeEnded: filters?.includeEnded ?? false,
  };
}

/**
 * The network around a stakeholder for the explorer, walked breadth-first one layer at a time in
 * one read transaction, so the closest nodes are kept first when the limit cuts. Areas and themes
 * appear where they touch the network but are only walked through when they are the center: a
 * village or a theme links everyone in it and would drown the social network. Counting goes on
 * past the limit, so `totalNodes` says how much was within reach. Stakeholders outside the register
 * scope are neither shown nor walked through (the center too: NOT_FOUND).
 */
export async function networkAround(
  db: Database,
  register: RegisterScope,
  request: NetworkRequest,
): Promise<Network> {
  const depth = parseRange(
    request.depth,
    DEFAULT_NETWORK_DEPTH,
    1,
    MAX_NETWORK_DEPTH,
    'depth',
    'The depth',
  );
  const limit = parseRange(
    request.limit,
    DEFAULT_NETWORK_LIMIT,
    1,
    MAX_NETWORK_LIMIT,
    'limit',
    'The limit',
  );
  const scope = scopeOf(request.filters);

  return db.read('networkAround', async (tx) => {
    const center = await findNetworkCenter(tx, request.center.label, request.center.id, register);
    if (!center) throw new NotFoundError(request.center.label, request.center.id);

    const depthByElementId = new Map<string, number>([[center.elementId, 0]]);
    const visited: string[] = [center.elementId];
    let frontier = [center.elementId];
    let totalNodes = 1;
    for (let layer = 1; layer <= depth && frontier.length > 0; layer += 1) {
      const found = await expandNetworkLayer(
        tx,
        scope,
        {
          frontier,
          visited,
          take: Math.max(0, limit - depthByElementId.size),
          wantAll: layer < depth,
        },
        register,
      );
      totalNodes += found.total;
      for (const elementId of found.kept) depthByElementId.set(elementId, layer);
      visited.push(...found.all);
      frontier = found.expandable;
    }

    const keptIds = [...depthByElementId.keys()];
    const located = await findNetworkNodes(tx, keptIds);
    const nodeByElementId = new Map(
      located.map(({ elementId, summary, scores }) => [
        elementId,
        { ...summary, depth: depthByElementId.get(elementId) ?? 0, scores },
      ]),
    );
    const edgeRows = await findNetworkEdges(tx, scope, keptIds);
    const edges = edgeRows.flatMap(({ sourceElementId, targetElementId, ...edge }) => {
      const source = nodeByElementId.get(sourceElementId);
      const target = nodeByElementId.get(targetElementId);
      return source && target
        ? [{ ...edge, source, target, directed: !isUndirected(edge.type) }]
        : [];
    });
    const nodes = [...nodeByElementId.values()].sort(
      (a, b) => a.depth - b.depth || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
    );
    return {
      center: nodeByElementId.get(center.elementId) ?? {
        ...center.summary,
        depth: 0,
        scores: null,
      },
      nodes,
      edges,
      truncated: totalNodes > nodes.length,
      totalNodes,
      omittedNodes: totalNodes - nodes.length,
    };
  });
}
