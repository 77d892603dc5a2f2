import type { ElementDefinition } from 'cytoscape';
import type { AnalysisNode } from './analysisNode';
import { kindStyle, nodeSize } from './graphElements';
import { visualKindOf } from './stakeholder';

/** A node of an analysis view: who it is, whether an official, and how it is marked. */
export interface MarkedNode {
  node: AnalysisNode;
  official?: boolean;
  classes?: readonly string[];
}

/** A line of an analysis view (a reach, a step of a path); not a stored link. */
export interface MarkedEdge {
  source: string;
  target: string;
  classes?: readonly string[];
}

/**
 * Cytoscape elements for an analysis answer (antennae, connectors): nodes shaped and coloured by
 * kind as in the explorer, sized by how many lines they have, and lines drawn once per pair.
 * Nodes named twice keep the classes of both; lines to unknown nodes are left out.
 */
export function analysisElements(
  nodes: readonly MarkedNode[],
  edges: readonly MarkedEdge[],
): ElementDefinition[] {
  const byId = new Map<string, { node: AnalysisNode; official: boolean; classes: Set<string> }>();
  for (const marked of nodes) {
    const known = byId.get(marked.node.id);
    if (known) {
      for (const name of marked.classes ?? []) known.classes.add(name);
      known.official ||= marked.official === true;
    } else {
      byId.set(marked.node.id, {
        node: marked.node,
        official: marked.official === true,
        classes: new Set(marked.classes ?? []),
      });
    }
  }
  const lines = new Map<string, { source: string; target: string; classes: Set<string> }>();
  const degree = new Map<string, number>();
  for (const edge of edges) {
    if (edge.source === edge.target || !byId.has(edge.source) || !byId.has(edge.target)) continue;
    const id = lineId(edge.source, edge.target);
    const known = lines.get(id);
    if (known) {
      for (const name of edge.classes ?? []) known.classes.add(name);
      continue;
    }
    lines.set(id, { source: edge.source, target: edge.target, classes: new Set(edge.classes) });
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const maxDegree = Math.max(0, ...degree.values());
  const nodeElements: ElementDefinition[] = [...byId.values()].map(
    ({ node, official, classes }) => {
      const style = kindStyle[visualKindOf({ kind: node.kind, sublabel: null, official })];
      return {
        group: 'nodes',
        data: {
          id: node.id,
          label: node.name,
          colour: style.colour,
          shape: style.shape,
          size: nodeSize(degree.get(node.id) ?? 0, maxDegree),
        },
        classes: ['analysis', ...classes],
      };
    },
  );
  const edgeElements: ElementDefinition[] = [...lines].map(([id, line]) => ({
    group: 'edges',
    data: { id, source: line.source, target: line.target, width: 1.5 },
    classes: [...line.classes],
  }));
  return [...nodeElements, ...edgeElements];
}

/** The id of the line between two nodes, the same whichever way round. */
export const lineId = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);
