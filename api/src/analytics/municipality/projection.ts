import { UndirectedGraph } from 'graphology';
import type { Placement } from './coverage.js';
import { tieWeight } from './tieWeight.js';

/** An area of the municipality, with the area it lies in (null for the top). */
export interface ProjectionArea {
  id: string;
  name: string;
  level: string;
  parentId: string | null;
}

export type ProjectionKind = 'PERSON' | 'ORGANIZATION' | 'INITIATIVE';

/** A stakeholder as the analysis sees it: where it belongs, never contact details. */
export interface ProjectionNode {
  id: string;
  kind: ProjectionKind;
  name: string;
  official: boolean;
  /** Areas lived in (people) or located in (organizations, initiatives). */
  areaIds: readonly string[];
  /** Areas an official covers. */
  coveredAreaIds: readonly string[];
  /** Themes active in, or (officials) responsible for. */
  themeIds: readonly string[];
}

/** The tie types the projection turns into weighted ties, with the strength of a non-KNOWS tie. */
export const roleTieStrength = {
  MEMBER_OF: 2,
  BOARD_OF: 3,
  WORKS_AT: 3,
  VOLUNTEERS_AT: 2,
  COLLABORATES_WITH: 2,
  INITIATES: 4,
  SUPPORTS: 2,
  PARTICIPATES_IN: 2,
} as const;
export type ProjectionTieType = 'KNOWS' | keyof typeof roleTieStrength;
export const projectionTieTypes = [
  'KNOWS',
  ...(Object.keys(roleTieStrength) as (keyof typeof roleTieStrength)[]),
] as const;

export interface ProjectionTie {
  sourceId: string;
  targetId: string;
  type: ProjectionTieType;
  strength: number | null;
  since: string | null;
  lastContact: string | null;
  endedAt: string | null;
}

export interface ProjectionOptions {
  now: Date;
  /** After this many months without contact a KNOWS tie counts half; default 12. */
  halfLifeMonths?: number;
}

/** The weighted stakeholder graph with what the municipality questions need beside it. */
export interface StakeholderProjection {
  /** Undirected; every edge has a `weight` > 0 (the strongest tie when a pair has several). */
  graph: UndirectedGraph;
  nodes: ReadonlyMap<string, ProjectionNode>;
  areas: ReadonlyMap<string, ProjectionArea>;
  /** Officials in the projection, sorted by id. */
  officials: string[];
}

const parseDate = (value: string | null): Date | null => (value ? new Date(value) : null);

/**
 * Builds the graph the municipality questions run on: people, organizations and initiatives as
 * nodes; a KNOWS tie weighs its strength discounted by the age of the last contact (`tieWeight`);
 * memberships, collaborations and initiative roles weigh a fixed strength (`roleTieStrength`);
 * ended ties (end date today or earlier) and ties to nodes outside the given nodes are left out.
 * Whoever must not be analysed (objected, past retention) is simply not among `nodes`.
 */
export function buildProjection(
  input: {
    areas: readonly ProjectionArea[];
    nodes: readonly ProjectionNode[];
    ties: readonly ProjectionTie[];
  },
  options: ProjectionOptions,
): StakeholderProjection {
  const graph = new UndirectedGraph();
  const nodes = new Map<string, ProjectionNode>();
  for (const node of input.nodes) {
    nodes.set(node.id, node);
    graph.mergeNode(node.id);
  }
  for (const tie of input.ties) {
    if (tie.sourceId === tie.targetId) continue;
    if (!nodes.has(tie.sourceId) || !nodes.has(tie.targetId)) continue;
    const ended = tie.endedAt !== null && new Date(tie.endedAt).getTime() <= options.now.getTime();
    const weight =
      tie.type === 'KNOWS'
        ? tieWeight(
            {
              strength: tie.strength ?? 1,
              lastContact: parseDate(tie.lastContact) ?? parseDate(tie.since) ?? options.now,
              ended,
            },
            {
              now: options.now,
              ...(options.halfLifeMonths ? { halfLifeMonths: options.halfLifeMonths } : {}),
            },
          )
        : ended
          ? 0
          : roleTieStrength[tie.type];
    if (!(weight > 0)) continue;
    const existing = graph.edge(tie.sourceId, tie.targetId);
    if (existing === undefined) graph.addEdge(tie.sourceId, tie.targetId, { weight });
    else if ((graph.getEdgeAttribute(existing, 'weight') as number) < weight) {
      graph.setEdgeAttribute(existing, 'weight', weight);
    }
  }
  const officials = [...nodes.values()]
    .filter((node) => node.official)
    .map((node) => node.id)
    .sort();
  return { graph, nodes, areas: new Map(input.areas.map((a) => [a.id, a])), officials };
}

/** The area and the areas it lies in, innermost first (cycles are cut). */
export function areaAncestry(
  areas: ReadonlyMap<string, ProjectionArea>,
  areaId: string,
): ProjectionArea[] {
  const chain: ProjectionArea[] = [];
  const seen = new Set<string>();
  let at = areas.get(areaId);
  while (at && !seen.has(at.id)) {
    chain.push(at);
    seen.add(at.id);
    at = at.parentId ? areas.get(at.parentId) : undefined;
  }
  return chain;
}

/** The village (kern) an area belongs to, or the area itself when it lies in no kern. */
export function kernOf(areas: ReadonlyMap<string, ProjectionArea>, areaId: string): string {
  return areaAncestry(areas, areaId).find((area) => area.level === 'KERN')?.id ?? areaId;
}

/**
 * The part of `rootId` an area lies in: the child of the root on its chain, the root itself for
 * an area that is the root, or null for an area outside the root.
 */
export function partOfRoot(
  areas: ReadonlyMap<string, ProjectionArea>,
  rootId: string,
  areaId: string,
): string | null {
  const chain = areaAncestry(areas, areaId);
  const at = chain.findIndex((area) => area.id === rootId);
  if (at < 0) return null;
  return at === 0 ? rootId : (chain[at - 1] as ProjectionArea).id;
}

/**
 * Where every stakeholder belongs, with each of its areas mapped by `areaOf` (areas mapped to null
 * are dropped): e.g. to its kern, or to the part of a subtree root. Officials count the areas they
 * cover too.
 */
export function placementsOf(
  projection: StakeholderProjection,
  areaOf: (areaId: string) => string | null,
): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  for (const node of projection.nodes.values()) {
    const own = node.official ? [...node.areaIds, ...node.coveredAreaIds] : node.areaIds;
    const areas = [
      ...new Set(own.map(areaOf).filter((area): area is string => area !== null)),
    ].sort();
    placements.set(node.id, { areas, themes: [...new Set(node.themeIds)].sort() });
  }
  return placements;
}
