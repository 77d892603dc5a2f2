import type { EntityLabel } from './vocabulary.js';

/** The properties a link may carry, besides provenance; which ones apply depends on its type. */
export type LinkProperty = 'strength' | 'since' | 'lastContact' | 'endedAt' | 'role';

export interface LinkTypeSpec {
  /** Who may be at the start, and at the end, of this link (stored direction). */
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  /** Stored once and read in both directions (KNOWS, COLLABORATES_WITH). */
  undirected: boolean;
  /** The start must be a Person with the Official label. */
  fromOfficial: boolean;
  properties: readonly LinkProperty[];
  /** Properties the link must have. */
  required: readonly LinkProperty[];
  description: string;
}

const membership = (description: string): LinkTypeSpec => ({
  from: ['Person'],
  to: ['Organization'],
  undirected: false,
  fromOfficial: false,
  properties: ['role', 'since', 'endedAt'],
  required: [],
  description,
});

const plain = (
  from: readonly EntityLabel[],
  to: readonly EntityLabel[],
  description: string,
  extra: Partial<LinkTypeSpec> = {},
): LinkTypeSpec => ({
  from,
  to,
  undirected: false,
  fromOfficial: false,
  properties: [],
  required: [],
  description,
  ...extra,
});

/**
 * Every relationship the register knows, in one table: the generic link service, the schema
 * migrations (a uniqueness constraint per type) and the GraphQL enum are all driven by it.
 */
export const linkTypes = {
  KNOWS: plain(['Person'], ['Person'], 'Two people know each other (read in both directions).', {
    undirected: true,
    properties: ['strength', 'since', 'lastContact', 'endedAt'],
    required: ['strength'],
  }),
  MEMBER_OF: membership('A person is a member of an organization.'),
  BOARD_OF: membership('A person sits on the board of an organization.'),
  WORKS_AT: membership('A person works at an organization.'),
  VOLUNTEERS_AT: membership('A person volunteers at an organization.'),
  COLLABORATES_WITH: plain(
    ['Organization'],
    ['Organization'],
    'Two organizations work together (read in both directions).',
    { undirected: true, properties: ['since', 'endedAt'] },
  ),
  LOCATED_IN: plain(
    ['Organization', 'Initiative'],
    ['Area'],
    'An organization or initiative is located in an area.',
  ),
  LIVES_IN: plain(['Person'], ['Area'], 'A person lives in an area.'),
  ACTIVE_IN: plain(
    ['Person', 'Organization', 'Initiative'],
    ['Theme'],
    'A person, organization or initiative is active in a theme.',
  ),
  INITIATES: plain(
    ['Person', 'Organization'],
    ['Initiative'],
    'A person or organization started an initiative.',
  ),
  SUPPORTS: plain(
    ['Person', 'Organization'],
    ['Initiative'],
    'A person or organization supports an initiative.',
  ),
  PARTICIPATES_IN: plain(
    ['Person', 'Organization'],
    ['Initiative'],
    'A person or organization takes part in an initiative.',
  ),
  COVERS: plain(
    ['Person'],
    ['Area'],
    'An official is assigned to an area (e.g. its gebiedsmakelaar).',
    {
      fromOfficial: true,
      properties: ['since'],
    },
  ),
  RESPONSIBLE_FOR: plain(['Person'], ['Theme'], 'An official is responsible for a theme.', {
    fromOfficial: true,
    properties: ['since'],
  }),
} as const satisfies Record<string, LinkTypeSpec>;

export type LinkType = keyof typeof linkTypes;
export const linkTypeNames = Object.keys(linkTypes) as LinkType[];

export const linkTypeSpec = (type: LinkType): LinkTypeSpec => linkTypes[type];

/** The link types that may start or end at nodes of this label. */
export function linkTypesTouching(label: EntityLabel): LinkType[] {
  return linkTypeNames.filter(
    (type) => linkTypes[type].from.includes(label) || linkTypes[type].to.includes(label),
  );
}

/**
 * The deterministic identity of a link: its type and its two ends, the ends sorted for an
 * undirected type. A uniqueness constraint on this `key` makes a second, concurrent creation of the
 * same link impossible.
 */
export function linkKey(type: LinkType, fromId: string, toId: string): string {
  const [a, b] = linkTypes[type].undirected && toId < fromId ? [toId, fromId] : [fromId, toId];
  return `${type}:${a}:${b}`;
}

/** For undirected types the stored direction is the sorted one, so both orders mean one link. */
export function storedDirection(
  type: LinkType,
  from: { label: EntityLabel; id: string },
  to: { label: EntityLabel; id: string },
): [{ label: EntityLabel; id: string }, { label: EntityLabel; id: string }] {
  return linkTypes[type].undirected && to.id < from.id ? [to, from] : [from, to];
}
