import type { ElementDefinition } from 'cytoscape';
import { analysisElements, type MarkedEdge, type MarkedNode } from './analysisElements';
import {
  type AnalysisNode,
  connectionNodes,
  parseAnalysisNode,
  parseAnalysisNodes,
} from './analysisNode';
import { bool, integer, list, record, text } from './shape';

/** An official as one of the municipality's antennae (the API's `Antenna`). */
export interface Antenna {
  official: AnalysisNode;
  reachCount: number;
  reached: AnalysisNode[];
  uniqueReach: number;
  /** Whom only this official reaches: what is lost if they leave. */
  uniquelyReached: AnalysisNode[];
  /** The kernen of those reached: more than one means the antenna bridges them. */
  areas: AnalysisNode[];
  themes: AnalysisNode[];
}

export function parseAntennae(data: unknown): Antenna[] {
  return list(record(data, 'data').antennae, 'antennae').map((value, index) => {
    const what = `antennae.${index}`;
    const antenna = record(value, what);
    return {
      official: parseAnalysisNode(antenna.official, `${what}.official`),
      reachCount: integer(antenna.reachCount, `${what}.reachCount`),
      reached: parseAnalysisNodes(antenna.reached, `${what}.reached`),
      uniqueReach: integer(antenna.uniqueReach, `${what}.uniqueReach`),
      uniquelyReached: parseAnalysisNodes(antenna.uniquelyReached, `${what}.uniquelyReached`),
      areas: parseAnalysisNodes(antenna.areas, `${what}.areas`),
      themes: parseAnalysisNodes(antenna.themes, `${what}.themes`),
    };
  });
}

/** An area or theme the user can pick. */
export interface Choice {
  id: string;
  name: string;
}

export interface AreaThemeChoices {
  /** The municipality first, then the kernen by name. */
  areas: Choice[];
  themes: Choice[];
}

const byName = (a: Choice, b: Choice) => a.name.localeCompare(b.name);

export function parseAreaThemeChoices(data: unknown): AreaThemeChoices {
  const root = record(data, 'data');
  const choice = (node: Record<string, unknown>, what: string): Choice => ({
    id: text(node.id, `${what}.id`),
    name: text(node.name, `${what}.name`),
  });
  return {
    areas: [
      ...connectionNodes(root.municipalities, 'municipalities', choice).sort(byName),
      ...connectionNodes(root.kernen, 'kernen', choice).sort(byName),
    ],
    themes: connectionNodes(root.themes, 'themes', choice).sort(byName),
  };
}

/**
 * The antennae as a graph: every official with a line to each stakeholder they reach; what only
 * one official reaches is marked `unique`. With an official selected, the rest is dimmed.
 */
export function antennaeElements(
  antennae: readonly Antenna[],
  selectedId: string | null,
): ElementDefinition[] {
  const nodes: MarkedNode[] = [];
  const edges: MarkedEdge[] = [];
  const selected = antennae.find((antenna) => antenna.official.id === selectedId) ?? null;
  const inFocus = new Set(
    selected ? [selected.official.id, ...selected.reached.map((node) => node.id)] : [],
  );
  for (const antenna of antennae) {
    const isSelected = antenna === selected;
    const dim = selected !== null && !isSelected;
    nodes.push({
      node: antenna.official,
      official: true,
      classes: ['antenna', isSelected ? 'selected' : '', dim ? 'dim' : ''].filter(Boolean),
    });
    const unique = new Set(antenna.uniquelyReached.map((node) => node.id));
    for (const node of antenna.reached) {
      nodes.push({
        node,
        classes: [
          unique.has(node.id) ? 'unique' : '',
          selected && !inFocus.has(node.id) ? 'dim' : '',
        ].filter(Boolean),
      });
      edges.push({
        source: antenna.official.id,
        target: node.id,
        classes: ['reach', unique.has(node.id) ? 'unique' : '', dim ? 'dim' : ''].filter(Boolean),
      });
    }
  }
  return analysisElements(nodes, edges);
}

/** The officials who reach someone there: one who reaches nobody is no antenna for it. */
export const reachingAntennae = (antennae: readonly Antenna[]) =>
  antennae.filter((antenna) => antenna.reachCount > 0);

/** How many distinct stakeholders the antennae reach together, and how many only one reaches. */
export function reachSummary(antennae: readonly Antenna[]): { reached: number; unique: number } {
  const reached = new Set(antennae.flatMap((antenna) => antenna.reached.map((node) => node.id)));
  const unique = antennae.reduce((sum, antenna) => sum + antenna.uniqueReach, 0);
  return { reached: reached.size, unique };
}

/** One area × theme where the officials see too little (the API's `CoverageCell`). */
export interface BlindSpot {
  area: AnalysisNode;
  theme: AnalysisNode;
  /** Stakeholders in the cell (officials not counted). */
  stakeholders: number;
  /** How many of them an official reaches. */
  reached: number;
  /** reached / stakeholders, 0 to 1. */
  share: number;
  /** No official reaches anyone in the cell. */
  noAntenna: boolean;
}

function share(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1)
    throw new Error(`${what}: expected a share from 0 to 1`);
  return value;
}

/**
 * The blind spots among the coverage cells: cells with stakeholders of which under the threshold
 * (the API's `blindSpot`) or none at all is reached, least reached first.
 */
export function parseCoverage(data: unknown): BlindSpot[] {
  const spots: BlindSpot[] = [];
  list(record(data, 'data').coverage, 'coverage').forEach((value, index) => {
    const what = `coverage.${index}`;
    const cell = record(value, what);
    const stakeholders = integer(cell.stakeholders, `${what}.stakeholders`);
    const reached = integer(cell.reached, `${what}.reached`);
    const blindSpot = bool(cell.blindSpot, `${what}.blindSpot`);
    if (stakeholders === 0 || !(blindSpot || reached === 0)) return;
    spots.push({
      area: parseAnalysisNode(cell.area, `${what}.area`),
      theme: parseAnalysisNode(cell.theme, `${what}.theme`),
      stakeholders,
      reached,
      share: share(cell.share, `${what}.share`),
      noAntenna: reached === 0,
    });
  });
  return spots.sort(
    (a, b) =>
      a.share - b.share ||
      b.stakeholders - a.stakeholders ||
      a.area.name.localeCompare(b.area.name) ||
      a.theme.name.localeCompare(b.theme.name),
  );
}
