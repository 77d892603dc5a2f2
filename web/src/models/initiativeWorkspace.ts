import type { ElementDefinition } from 'cytoscape';
import { analysisElements, type MarkedEdge, type MarkedNode } from './analysisElements';
import {
  type AnalysisNode,
  connectionNodes,
  parseAnalysisNode,
  parseAnalysisNodes,
} from './analysisNode';
import type { Choice } from './antennae';
import { integer, list, oneOf, optionalText, record, text } from './shape';
import { type InitiativeStatus, initiativeStatuses, type LinkType, linkTypes } from './stakeholder';

export type { InitiativeStatus };

/** An initiative in the list to open. */
export interface InitiativeListItem {
  id: string;
  title: string;
  status: InitiativeStatus;
  receivedAt: string;
}

/** Who is involved in an initiative: initiates, supports or takes part. */
export interface Participant {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  type: LinkType;
}

/** The initiative the workspace is open on. */
export interface WorkspaceInitiative {
  id: string;
  title: string;
  description: string | null;
  status: InitiativeStatus;
  receivedAt: string;
  firstResponseAt: string | null;
  areas: Choice[];
  themes: Choice[];
  participants: Participant[];
}

export interface ConnectorPath {
  nodes: AnalysisNode[];
  text: string;
}

export interface Connector {
  person: AnalysisNode;
  gain: number;
  newTargets: AnalysisNode[];
  paths: ConnectorPath[];
}

export interface InitiativeConnectors {
  targets: AnalysisNode[];
  connectors: Connector[];
}

/**
 * Where an initiative may move from each status, as the API allows it
 * (api/src/domain/initiativeStatus.ts): forward freely, stop while open, one step back between
 * open states, and reopen a closed one. Forward moves come first (the usual next step).
 */
const allowedMoves: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  IDEA: ['INTAKE', 'ACTIVE', 'DONE', 'STOPPED'],
  INTAKE: ['ACTIVE', 'DONE', 'STOPPED', 'IDEA'],
  ACTIVE: ['DONE', 'STOPPED', 'INTAKE'],
  DONE: ['ACTIVE'],
  STOPPED: ['ACTIVE'],
};

export const nextStatuses = (status: InitiativeStatus): readonly InitiativeStatus[] =>
  allowedMoves[status];

const parseChoices = (value: unknown, what: string): Choice[] =>
  list(value, what).map((item, index) => {
    const choice = record(item, `${what}.${index}`);
    return { id: text(choice.id, `${what}.id`), name: text(choice.name, `${what}.name`) };
  });

export function parseInitiativeList(data: unknown): InitiativeListItem[] {
  return connectionNodes(record(data, 'data').initiatives, 'initiatives', (node, what) => ({
    id: text(node.id, `${what}.id`),
    title: text(node.title, `${what}.title`),
    status: oneOf(node.status, initiativeStatuses, `${what}.status`),
    receivedAt: text(node.receivedAt, `${what}.receivedAt`),
  })).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || a.title.localeCompare(b.title));
}

/** The initiative, or null when the id names nothing (or something else). */
export function parseWorkspaceInitiative(data: unknown): WorkspaceInitiative | null {
  const value = record(data, 'data').node;
  if (value === null || value === undefined) return null;
  const node = record(value, 'node');
  if (node.__typename !== 'Initiative') return null;
  return {
    id: text(node.id, 'initiative.id'),
    title: text(node.title, 'initiative.title'),
    description: optionalText(node.description, 'initiative.description'),
    status: oneOf(node.status, initiativeStatuses, 'initiative.status'),
    receivedAt: text(node.receivedAt, 'initiative.receivedAt'),
    firstResponseAt: optionalText(node.firstResponseAt, 'initiative.firstResponseAt'),
    areas: parseChoices(node.areas, 'initiative.areas'),
    themes: parseChoices(node.themes, 'initiative.themes'),
    participants: list(node.participants, 'initiative.participants').map((item, index) => {
      const what = `initiative.participants.${index}`;
      const link = record(item, what);
      const from = record(link.from, `${what}.from`);
      return {
        id: text(from.id, `${what}.from.id`),
        kind: from.__typename === 'Organization' ? 'ORGANIZATION' : 'PERSON',
        name: text(from.name, `${what}.from.name`),
        type: oneOf(link.type, linkTypes, `${what}.type`),
      };
    }),
  };
}

/** The status an initiative was moved to. */
export function parseMovedInitiative(data: unknown): InitiativeStatus {
  const moved = record(record(data, 'data').updateInitiative, 'updateInitiative');
  return oneOf(moved.status, initiativeStatuses, 'updateInitiative.status');
}

export function parseConnectors(data: unknown): InitiativeConnectors {
  const answer = record(record(data, 'data').connectors, 'connectors');
  return {
    targets: parseAnalysisNodes(answer.targets, 'connectors.targets'),
    connectors: list(answer.connectors, 'connectors.connectors').map((value, index) => {
      const what = `connectors.${index}`;
      const connector = record(value, what);
      return {
        person: parseAnalysisNode(connector.person, `${what}.person`),
        gain: integer(connector.gain, `${what}.gain`),
        newTargets: parseAnalysisNodes(connector.newTargets, `${what}.newTargets`),
        paths: list(connector.paths, `${what}.paths`).map((path, p) => {
          const step = record(path, `${what}.paths.${p}`);
          return {
            nodes: parseAnalysisNodes(step.nodes, `${what}.paths.${p}.nodes`),
            text: text(step.text, `${what}.paths.${p}.text`),
          };
        }),
      };
    }),
  };
}

/**
 * The workspace graph: the initiative with who is involved, the targets it needs, and each
 * connector with the paths that explain it. The selected connector's paths are highlighted
 * (`on-path`) and other connectors dimmed.
 */
export function connectorElements(
  initiative: WorkspaceInitiative,
  answer: InitiativeConnectors,
  selectedId: string | null,
): ElementDefinition[] {
  const nodes: MarkedNode[] = [
    {
      node: { id: initiative.id, kind: 'INITIATIVE', name: initiative.title },
      classes: ['center'],
    },
  ];
  const edges: MarkedEdge[] = [];
  for (const participant of initiative.participants) {
    nodes.push({ node: { id: participant.id, kind: participant.kind, name: participant.name } });
    edges.push({ source: participant.id, target: initiative.id });
  }
  const selected = answer.connectors.find((c) => c.person.id === selectedId) ?? null;
  const focus = new Set(selected ? selected.paths.flatMap((p) => p.nodes.map((n) => n.id)) : []);
  for (const target of answer.targets) {
    nodes.push({
      node: target,
      classes: ['target', selected && !focus.has(target.id) ? 'dim' : ''].filter(Boolean),
    });
  }
  for (const connector of answer.connectors) {
    const isSelected = connector === selected;
    const dim = selected !== null && !isSelected;
    nodes.push({
      node: connector.person,
      classes: ['connector', isSelected ? 'selected' : '', dim ? 'dim' : ''].filter(Boolean),
    });
    for (const path of connector.paths) {
      path.nodes.forEach((node, index) => {
        nodes.push({ node, classes: dim && !focus.has(node.id) ? ['dim'] : [] });
        const previous = path.nodes[index - 1];
        if (previous) {
          edges.push({
            source: previous.id,
            target: node.id,
            classes: ['path', isSelected ? 'on-path' : '', dim ? 'dim' : ''].filter(Boolean),
          });
        }
      });
    }
  }
  return analysisElements(nodes, edges);
}

/** What the create form gathers for a new initiative. */
export interface NewInitiative {
  title: string;
  description: string;
  /** The area it is located in, if chosen. */
  areaId: string | null;
  themeIds: readonly string[];
  receivedAt: string;
}

/** The `createInitiative` input: an empty description is left out. */
export function createInitiativeInput(draft: NewInitiative): {
  title: string;
  description?: string;
  receivedAt: string;
} {
  const description = draft.description.trim();
  return {
    title: draft.title.trim(),
    receivedAt: draft.receivedAt,
    ...(description ? { description } : {}),
  };
}

/** The links that place a new initiative: located in its area, active in each theme. */
export function newInitiativeLinks(
  id: string,
  draft: NewInitiative,
): { type: 'LOCATED_IN' | 'ACTIVE_IN'; fromId: string; toId: string }[] {
  return [
    ...(draft.areaId ? [{ type: 'LOCATED_IN' as const, fromId: id, toId: draft.areaId }] : []),
    ...[...new Set(draft.themeIds)].map((toId) => ({
      type: 'ACTIVE_IN' as const,
      fromId: id,
      toId,
    })),
  ];
}

export function parseCreatedInitiative(data: unknown): string {
  const created = record(record(data, 'data').createInitiative, 'createInitiative');
  return text(created.id, 'createInitiative.id');
}
