import {
  bool,
  list,
  oneOf,
  optionalInteger,
  optionalText,
  record,
  ShapeError,
  text,
} from './shape';
import {
  areaLevels,
  initiativeStatuses,
  type LinkType,
  linkTypes,
  type NetworkEdge,
  type NetworkNode,
  type OfficialRole,
  type OrganizationKind,
  officialRoles,
  organizationKinds,
  type StakeholderKind,
} from './stakeholder';
import { parseStakeholderScores, type StakeholderScores } from './stakeholderScores';

export const legalBases = ['PUBLIC_TASK', 'CONSENT'] as const;
export type LegalBasis = (typeof legalBases)[number];
export const contactChannels = ['VISIT', 'PHONE', 'EMAIL', 'MEETING', 'EVENT', 'OTHER'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** One end of a link or a participant: enough to show it and open it. */
export interface EntityRef {
  id: string;
  kind: StakeholderKind;
  label: string;
  /** Organization kind, official role, area level or initiative status, if any. */
  sublabel: string | null;
  official: boolean;
}

export interface DetailLink {
  id: string;
  type: LinkType;
  from: EntityRef;
  to: EntityRef;
  strength: number | null;
  since: string | null;
  lastContact: string | null;
  endedAt: string | null;
  role: string | null;
}

export interface ContactMoment {
  id: string;
  date: string;
  channel: ContactChannel;
  note: string;
  followUpAt: string | null;
  participants: EntityRef[];
}

interface Common {
  id: string;
  links: DetailLink[];
  contacts: ContactMoment[];
}

export interface PersonDetails extends Common {
  kind: 'PERSON';
  name: string;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  notes: string | null;
  legalBasis: LegalBasis;
  legalReference: string | null;
  consentDate: string | null;
  consentTextVersion: string | null;
  purpose: string;
  retainUntil: string;
  objected: boolean;
  /** From the latest analysis run; null before one (and for people who objected). */
  scores: StakeholderScores | null;
  official: {
    officialRole: OfficialRole;
    workEmail: string | null;
    workPhone: string | null;
  } | null;
}

export interface OrganizationDetails extends Common {
  kind: 'ORGANIZATION';
  name: string;
  organizationKind: OrganizationKind;
  /** From the latest analysis run; null before one. */
  scores: StakeholderScores | null;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  postcode: string | null;
}

export interface InitiativeDetails extends Common {
  kind: 'INITIATIVE';
  name: string;
  description: string | null;
  status: (typeof initiativeStatuses)[number];
  receivedAt: string;
}

export interface AreaDetails extends Common {
  kind: 'AREA';
  name: string;
  level: (typeof areaLevels)[number];
  cbsCode: string | null;
}

export interface ThemeDetails extends Common {
  kind: 'THEME';
  name: string;
}

export type StakeholderDetails =
  | PersonDetails
  | OrganizationDetails
  | InitiativeDetails
  | AreaDetails
  | ThemeDetails;

const kindByTypename: Record<string, StakeholderKind> = {
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Initiative: 'INITIATIVE',
  Area: 'AREA',
  Theme: 'THEME',
};

/** Reads a Person/Organization/Area/Theme/Initiative selected with `entityRefFields`. */
export function parseEntityRef(value: unknown, what: string): EntityRef {
  const entity = record(value, what);
  const kind = kindByTypename[text(entity.__typename, `${what}.__typename`)];
  if (!kind) throw new ShapeError(`${what} has an unknown type`);
  const official =
    entity.official === null || entity.official === undefined ? null : entity.official;
  const officialRole = official
    ? text(record(official, 'official').officialRole, 'officialRole')
    : null;
  return {
    id: text(entity.id, `${what}.id`),
    kind,
    label: text(entity.name ?? entity.title, `${what}.name`),
    sublabel:
      optionalText(entity.organizationKind ?? entity.level ?? entity.status, `${what}.sublabel`) ??
      officialRole,
    official: officialRole !== null,
  };
}

/** The selection `parseEntityRef` reads, for a field of one concrete type. */
export const personRefFields = '__typename id name official { officialRole }';
export const organizationRefFields = '__typename id name organizationKind: kind';

/** The GraphQL selection `parseEntityRef` reads, for a field that may be any stakeholder. */
export const entityRefFields = /* GraphQL */ `
  __typename
  ... on Person { id name official { officialRole } }
  ... on Organization { id name organizationKind: kind }
  ... on Initiative { id title status }
  ... on Area { id name level }
  ... on Theme { id name }
`;

/** The selection of a contact moment's participants (people and organizations only). */
export const participantFields = /* GraphQL */ `
  __typename
  ... on Person { id name official { officialRole } }
  ... on Organization { id name organizationKind: kind }
`;

export function parseDetailLink(value: unknown, what: string): DetailLink {
  const link = record(value, what);
  return {
    id: text(link.id, `${what}.id`),
    type: oneOf(link.type, linkTypes, `${what}.type`),
    from: parseEntityRef(link.from, `${what}.from`),
    to: parseEntityRef(link.to, `${what}.to`),
    strength: optionalInteger(link.strength, `${what}.strength`),
    since: optionalText(link.since, `${what}.since`),
    lastContact: optionalText(link.lastContact, `${what}.lastContact`),
    endedAt: optionalText(link.endedAt, `${what}.endedAt`),
    role: optionalText(link.role, `${what}.role`),
  };
}

export function parseContactMoment(value: unknown, what: string): ContactMoment {
  const contact = record(value, what);
  return {
    id: text(contact.id, `${what}.id`),
    date: text(contact.date, `${what}.date`),
    channel: oneOf(contact.channel, contactChannels, `${what}.channel`),
    note: text(contact.note, `${what}.note`),
    followUpAt: optionalText(contact.followUpAt, `${what}.followUpAt`),
    participants: list(contact.participants, `${what}.participants`).map((p, i) =>
      parseEntityRef(p, `${what}.participants.${i}`),
    ),
  };
}

const linksOf = (value: unknown) =>
  value === undefined ? [] : list(value, 'links').map((l, i) => parseDetailLink(l, `links.${i}`));
const contactsOf = (value: unknown) =>
  value === undefined
    ? []
    : list(value, 'contacts').map((c, i) => parseContactMoment(c, `contacts.${i}`));

/** Parses the `node` of the details query; null when the stakeholder no longer exists. */
export function parseStakeholderDetails(data: unknown): StakeholderDetails | null {
  const node = record(data, 'data').node;
  if (node === null || node === undefined) return null;
  const entity = record(node, 'node');
  const ref = parseEntityRef(entity, 'node');
  const common = {
    id: ref.id,
    links: linksOf(entity.links),
    contacts: contactsOf(entity.contacts),
  };
  switch (ref.kind) {
    case 'PERSON': {
      const official = entity.official ? record(entity.official, 'official') : null;
      return {
        ...common,
        kind: 'PERSON',
        name: ref.label,
        email: optionalText(entity.email, 'email'),
        phone: optionalText(entity.phone, 'phone'),
        postcode: optionalText(entity.postcode, 'postcode'),
        notes: optionalText(entity.notes, 'notes'),
        legalBasis: oneOf(entity.legalBasis, legalBases, 'legalBasis'),
        legalReference: optionalText(entity.legalReference, 'legalReference'),
        consentDate: optionalText(entity.consentDate, 'consentDate'),
        consentTextVersion: optionalText(entity.consentTextVersion, 'consentTextVersion'),
        purpose: text(entity.purpose, 'purpose'),
        retainUntil: text(entity.retainUntil, 'retainUntil'),
        objected: bool(entity.objected, 'objected'),
        scores: parseStakeholderScores(entity.scores),
        official: official && {
          officialRole: oneOf(official.officialRole, officialRoles, 'officialRole'),
          workEmail: optionalText(official.workEmail, 'workEmail'),
          workPhone: optionalText(official.workPhone, 'workPhone'),
        },
      };
    }
    case 'ORGANIZATION':
      return {
        ...common,
        kind: 'ORGANIZATION',
        name: ref.label,
        organizationKind: oneOf(entity.organizationKind, organizationKinds, 'kind'),
        scores: parseStakeholderScores(entity.scores),
        description: optionalText(entity.description, 'description'),
        website: optionalText(entity.website, 'website'),
        email: optionalText(entity.email, 'email'),
        phone: optionalText(entity.phone, 'phone'),
        postcode: optionalText(entity.postcode, 'postcode'),
      };
    case 'INITIATIVE':
      return {
        ...common,
        kind: 'INITIATIVE',
        name: ref.label,
        description: optionalText(entity.description, 'description'),
        status: oneOf(entity.status, initiativeStatuses, 'status'),
        receivedAt: text(entity.receivedAt, 'receivedAt'),
      };
    case 'AREA':
      return {
        ...common,
        kind: 'AREA',
        name: ref.label,
        level: oneOf(entity.level, areaLevels, 'level'),
        cbsCode: optionalText(entity.cbsCode, 'cbsCode'),
      };
    case 'THEME':
      return { ...common, kind: 'THEME', name: ref.label };
  }
}

/** The entity at the other end of a link, seen from `selfId`. */
export const otherEnd = (link: DetailLink, selfId: string) =>
  link.from.id === selfId ? link.to : link.from;

/** A register link as the graph draws it (KNOWS and COLLABORATES_WITH have no direction). */
export function edgeOfLink(link: DetailLink): NetworkEdge {
  return {
    id: link.id,
    type: link.type,
    source: link.from.id,
    target: link.to.id,
    directed: link.type !== 'KNOWS' && link.type !== 'COLLABORATES_WITH',
    strength: link.strength,
    since: link.since,
    lastContact: link.lastContact,
    endedAt: link.endedAt,
    role: link.role,
  };
}

/** An entity as a graph node (objection is not known from a reference: assumed not). */
export function nodeOfEntity(entity: EntityRef): NetworkNode {
  return {
    id: entity.id,
    kind: entity.kind,
    label: entity.label,
    sublabel: entity.sublabel,
    official: entity.official,
    objected: false,
  };
}
