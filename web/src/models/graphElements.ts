import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { degreeInView, type GraphView, isEnded, isStale, membershipsOf } from './graphView';
import { type NetworkNode, type VisualKind, visualKindOf } from './stakeholder';

export const colourByOptions = ['kind', 'area', 'theme', 'community'] as const;
export type ColourBy = (typeof colourByOptions)[number];
/** `degree` counts the links in view; the others are analysis scores on the nodes. */
export const sizeByOptions = [
  'degree',
  'betweenness',
  'pagerank',
  'closeness',
  'coreNumber',
  'none',
] as const;
export type SizeBy = (typeof sizeByOptions)[number];
export const layoutNames = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

/** How each kind looks; colours hold 3:1 against white and the shapes differ without colour. */
export const kindStyle: Record<VisualKind, { colour: string; shape: string }> = {
  PERSON: { colour: '#2f6fb0', shape: 'ellipse' },
  OFFICIAL: { colour: '#c2410c', shape: 'diamond' },
  ASSOCIATION: { colour: '#1f7a4d', shape: 'round-rectangle' },
  BUSINESS: { colour: '#8a5a00', shape: 'round-rectangle' },
  INSTITUTION: { colour: '#6b4fa0', shape: 'round-rectangle' },
  NETWORK: { colour: '#0f7b83', shape: 'round-rectangle' },
  MUNICIPAL_TEAM: { colour: '#0b5f74', shape: 'round-rectangle' },
  ORGANIZATION: { colour: '#4b575e', shape: 'round-rectangle' },
  INITIATIVE: { colour: '#b02a6b', shape: 'star' },
  AREA: { colour: '#5b6b2f', shape: 'round-triangle' },
  THEME: { colour: '#7a4a2a', shape: 'round-tag' },
};

/** Colours for areas or themes, assigned in name order; nodes without one are grey. */
export const groupPalette = [
  '#2f6fb0',
  '#c2410c',
  '#1f7a4d',
  '#6b4fa0',
  '#b02a6b',
  '#8a5a00',
  '#0f7b83',
  '#5b6b2f',
] as const;
export const noGroupColour = '#9aa5ab';

export interface ElementOptions {
  colourBy: ColourBy;
  sizeBy: SizeBy;
  centerId: string | null;
  expandedIds: ReadonlySet<string>;
  selectedIds: readonly string[];
  pathEdgeIds: ReadonlySet<string>;
  pathNodeIds: ReadonlySet<string>;
  today: string;
}

/** The groups (areas or themes) in view with their colour, for the nodes and the legend. */
export function groupColours(view: GraphView, by: 'AREA' | 'THEME'): Map<string, string> {
  const groups = view.nodes
    .filter((node) => node.kind === by)
    .sort((a, b) => a.label.localeCompare(b.label));
  return new Map(
    groups.map((group, index) => [
      group.id,
      groupPalette[index % groupPalette.length] ?? noGroupColour,
    ]),
  );
}

/**
 * The communities (from the latest analysis run) in view with their colour, in community number
 * order; nodes without scores are grey.
 */
export function communityColours(view: GraphView): Map<number, string> {
  const communities = [
    ...new Set(view.nodes.flatMap((node) => (node.scores ? [node.scores.community] : []))),
  ].sort((a, b) => a - b);
  return new Map(
    communities.map((community, index) => [
      community,
      groupPalette[index % groupPalette.length] ?? noGroupColour,
    ]),
  );
}

/** The value a node is sized by, or 0 when it has none (no scores yet). */
export function sizeValue(node: NetworkNode, sizeBy: SizeBy, degree: number): number {
  if (sizeBy === 'none') return 0;
  if (sizeBy === 'degree') return degree;
  return node.scores?.[sizeBy] ?? 0;
}

/** Node size in pixels: 28 without a metric, else 24 to 64 by the metric's share of its maximum. */
export function nodeSize(value: number, max: number): number {
  if (max <= 0) return 28;
  return Math.round(24 + 40 * Math.sqrt(value / max));
}

/** Edge width in pixels: KNOWS ties by strength (1 to 5), other links thin. */
export const edgeWidth = (strength: number | null) => (strength === null ? 1.5 : 1 + strength);

/** Cytoscape elements for the visible graph: pure, so the drawing can be tested without a canvas. */
export function toElements(view: GraphView, options: ElementOptions): ElementDefinition[] {
  const degree = degreeInView(view);
  const sizes = new Map(
    view.nodes.map((node) => [node.id, sizeValue(node, options.sizeBy, degree.get(node.id) ?? 0)]),
  );
  const maxSize = Math.max(0, ...sizes.values());
  const groupKind = options.colourBy === 'area' ? 'AREA' : 'THEME';
  const communities = options.colourBy === 'community' ? communityColours(view) : undefined;
  const colours =
    options.colourBy === 'kind' || communities ? undefined : groupColours(view, groupKind);
  const memberships = colours ? membershipsOf(graphOf(view), groupKind) : undefined;
  const nodes: ElementDefinition[] = view.nodes.map((node) => {
    const kind = visualKindOf(node);
    const style = kindStyle[kind];
    const group = memberships?.get(node.id)?.find((id) => colours?.has(id));
    const colour = communities
      ? ((node.scores ? communities.get(node.scores.community) : undefined) ?? noGroupColour)
      : colours
        ? (colours.get(node.id) ?? (group ? colours.get(group) : undefined) ?? noGroupColour)
        : style.colour;
    const classes = [
      node.id === options.centerId ? 'center' : '',
      options.expandedIds.has(node.id) ? 'expanded' : '',
      options.selectedIds.includes(node.id) ? 'picked' : '',
      options.pathNodeIds.has(node.id) ? 'on-path' : '',
      node.objected ? 'objected' : '',
      view.nodes.length >= bulkNodesFrom ? 'bulk' : '',
    ].filter(Boolean);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        kind,
        colour,
        shape: style.shape,
        size: nodeSize(sizes.get(node.id) ?? 0, maxSize),
      },
      classes,
    };
  });
  const bulk = view.edges.length >= bulkEdgesFrom;
  const edges: ElementDefinition[] = view.edges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      width: edgeWidth(edge.strength),
    },
    classes: [
      edge.directed ? 'directed' : '',
      isStale(edge, options.today) ? 'stale' : '',
      isEnded(edge, options.today) ? 'ended' : '',
      options.pathEdgeIds.has(edge.id) ? 'on-path' : '',
      bulk ? 'bulk' : '',
    ].filter(Boolean),
  }));
  return [...nodes, ...edges];
}

/**
 * From this many links on, edges are drawn as straight "haystack" lines: many times cheaper than
 * bezier curves, at the cost of arrowheads (a network this big is read for its shape).
 */
export const bulkEdgesFrom = 1_500;

/**
 * From this many nodes on, labels are not shortened with an ellipsis: Cytoscape measures the
 * text again for every character it cuts, which dominates the first drawing of a big network.
 */
export const bulkNodesFrom = 1_000;

const graphOf = (view: GraphView) => ({
  nodes: new Map(view.nodes.map((node) => [node.id, node])),
  edges: new Map(view.edges.map((edge) => [edge.id, edge])),
});

/** The look of the graph; node and edge details come from the element data above. */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 11,
      // Zoomed out over a big network, labels too small to read are not drawn at all.
      'min-zoomed-font-size': 7,
      'font-family': 'system-ui, sans-serif',
      color: '#1b2327',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '170px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#1b2327' } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
  { selector: 'node.objected', style: { 'background-opacity': 0.5 } },
  {
    selector: 'node.picked',
    style: {
      'underlay-color': '#c2410c',
      'underlay-opacity': 0.3,
      'underlay-padding': 8,
      'underlay-shape': 'ellipse',
    },
  },
  {
    selector: 'node.focused',
    style: { 'outline-width': 3, 'outline-color': '#c2410c', 'outline-offset': 4 },
  },
  { selector: 'node.on-path', style: { 'border-color': '#c2410c', 'border-width': 5 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#7d8a91',
      'curve-style': 'bezier',
      opacity: 0.9,
    },
  },
  {
    selector: 'edge.directed',
    style: {
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#7d8a91',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'node.bulk', style: { 'text-wrap': 'none' } },
  // Links of a big network take no pointer events (the explorer acts on nodes only): Cytoscape
  // hit-tests every interactive element on each mouse move, ~0.1 s over 8,000 links.
  {
    selector: 'edge.bulk',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0.4, events: 'no' },
  },
  { selector: 'edge.stale', style: { opacity: 0.3, 'line-style': 'dashed' } },
  { selector: 'edge.ended', style: { opacity: 0.3, 'line-style': 'dotted' } },
  // Analysis views (antennae, initiative workspace): who stands out, and who is set aside.
  // Their graphs are small and fitted wide: larger labels stay readable when zoomed out.
  { selector: 'node.analysis', style: { 'font-size': 15, 'text-max-width': '220px' } },
  {
    selector: 'node.antenna, node.connector',
    style: {
      'underlay-color': '#c2410c',
      'underlay-opacity': 0.25,
      'underlay-padding': 7,
      'underlay-shape': 'ellipse',
    },
  },
  { selector: 'node.selected', style: { 'border-color': '#1b2327', 'border-width': 4 } },
  { selector: 'node.unique', style: { 'border-color': '#c2410c', 'border-width': 3 } },
  { selector: 'node.target', style: { 'border-color': '#1f7a4d', 'border-width': 4 } },
  { selector: 'edge.reach', style: { 'line-color': '#b8c2c7', width: 1 } },
  { selector: 'edge.unique', style: { 'line-color': '#e08a5c', width: 2 } },
  { selector: 'edge.path', style: { 'line-color': '#e0a07c', width: 2 } },
  { selector: 'node.dim', style: { opacity: 0.25 } },
  { selector: 'edge.dim', style: { opacity: 0.08 } },
  {
    selector: 'edge.on-path',
    style: {
      'line-color': '#c2410c',
      'target-arrow-color': '#c2410c',
      opacity: 1,
      'z-index': 10,
    },
  },
];
