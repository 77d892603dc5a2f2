/**
 * The shape of a generated municipality: plain rows, one per node and one per relationship, in the
 * shape of Antenne's data model. Dates are ISO `YYYY-MM-DD` strings, timestamps ISO date-times in
 * UTC; a loader turns them into Neo4j `Date`/`DateTime` values. Enums are the upper-case strings the
 * database stores.
 */

/** Who made a node or relationship, and when: present on every row. */
export interface Provenance {
  createdAt: string;
  updatedAt: string;
  createdBy: 'system';
  /** `seed` by default; a test may use its own value (e.g. `seed:test-…`) to find and remove its rows. */
  source: string;
}

export type LegalBasis = 'PUBLIC_TASK' | 'CONSENT';
export type OfficialRole =
  | 'GEBIEDSMAKELAAR'
  | 'WIJKCONSULENT'
  | 'BUITENDIENST'
  | 'BELEIDSMEDEWERKER'
  | 'WETHOUDER'
  | 'OTHER';
export type OrganizationKind =
  | 'ASSOCIATION'
  | 'BUSINESS'
  | 'INSTITUTION'
  | 'NETWORK'
  | 'MUNICIPAL_TEAM';
export type AreaLevel = 'MUNICIPALITY' | 'KERN' | 'WIJK' | 'BUURT';
export type InitiativeStatus = 'IDEA' | 'INTAKE' | 'ACTIVE' | 'DONE' | 'STOPPED';
export type InitiativeOffer = 'THINK_ALONG' | 'FACILITATE' | 'GIVE_ROOM';
export type ContactChannel = 'VISIT' | 'PHONE' | 'EMAIL' | 'MEETING' | 'EVENT' | 'OTHER';

export interface PersonNode extends Provenance {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  /** Upper-case without a space, e.g. `7137KD`. */
  postcode?: string;
  notes?: string;
  legalBasis: LegalBasis;
  /** Set for PUBLIC_TASK. */
  legalReference?: string;
  /** Set for CONSENT. */
  consentDate?: string;
  consentTextVersion?: string;
  purpose: string;
  retainUntil: string;
  objected: boolean;
  objectedAt?: string;
  /** Set only for officials: the loader adds the `Official` label. */
  officialRole?: OfficialRole;
  workEmail?: string;
  workPhone?: string;
}

export interface OrganizationNode extends Provenance {
  id: string;
  name: string;
  kind: OrganizationKind;
  description?: string;
  website?: string;
  email?: string;
  phone?: string;
  postcode?: string;
  public: boolean;
}

export interface AreaNode extends Provenance {
  id: string;
  name: string;
  level: AreaLevel;
  cbsCode?: string;
  /** Four-digit postcode areas inside this area. */
  postcodes: string[];
  /** A GeoJSON Polygon as a string (WGS84 lon/lat); siblings never overlap. */
  geometry?: string;
}

export interface ThemeNode extends Provenance {
  id: string;
  name: string;
}

export interface InitiativeNode extends Provenance {
  id: string;
  title: string;
  description: string;
  status: InitiativeStatus;
  offers: InitiativeOffer[];
  receivedAt: string;
  firstResponseAt?: string;
  public: boolean;
}

export interface ContactNode extends Provenance {
  id: string;
  date: string;
  channel: ContactChannel;
  note: string;
  followUpAt?: string;
}

export interface NodeRows {
  Area: AreaNode;
  Theme: ThemeNode;
  Organization: OrganizationNode;
  Person: PersonNode;
  Initiative: InitiativeNode;
  Contact: ContactNode;
}
export type NodeLabel = keyof NodeRows;

/** The order a loader must create labels in: every relationship's endpoints come first. */
export const nodeLabels: readonly NodeLabel[] = [
  'Area',
  'Theme',
  'Organization',
  'Person',
  'Initiative',
  'Contact',
];

export type RelationshipType =
  | 'PART_OF'
  | 'KNOWS'
  | 'MEMBER_OF'
  | 'BOARD_OF'
  | 'WORKS_AT'
  | 'VOLUNTEERS_AT'
  | 'COLLABORATES_WITH'
  | 'LOCATED_IN'
  | 'LIVES_IN'
  | 'ACTIVE_IN'
  | 'INITIATES'
  | 'SUPPORTS'
  | 'PARTICIPATES_IN'
  | 'COVERS'
  | 'RESPONSIBLE_FOR'
  | 'INVOLVES'
  | 'RECORDED_BY'
  | 'ABOUT';

/** Which (from, type, to) combinations the data model allows. */
export const allowedRelationships: Readonly<
  Record<RelationshipType, readonly (readonly [NodeLabel, NodeLabel])[]>
> = {
  PART_OF: [['Area', 'Area']],
  KNOWS: [['Person', 'Person']],
  MEMBER_OF: [['Person', 'Organization']],
  BOARD_OF: [['Person', 'Organization']],
  WORKS_AT: [['Person', 'Organization']],
  VOLUNTEERS_AT: [['Person', 'Organization']],
  COLLABORATES_WITH: [['Organization', 'Organization']],
  LOCATED_IN: [
    ['Organization', 'Area'],
    ['Initiative', 'Area'],
  ],
  LIVES_IN: [['Person', 'Area']],
  ACTIVE_IN: [
    ['Person', 'Theme'],
    ['Organization', 'Theme'],
    ['Initiative', 'Theme'],
  ],
  INITIATES: [
    ['Person', 'Initiative'],
    ['Organization', 'Initiative'],
  ],
  SUPPORTS: [
    ['Person', 'Initiative'],
    ['Organization', 'Initiative'],
  ],
  PARTICIPATES_IN: [
    ['Person', 'Initiative'],
    ['Organization', 'Initiative'],
  ],
  // COVERS, RESPONSIBLE_FOR and RECORDED_BY start or end at a Person that has the Official label.
  COVERS: [['Person', 'Area']],
  RESPONSIBLE_FOR: [['Person', 'Theme']],
  INVOLVES: [
    ['Contact', 'Person'],
    ['Contact', 'Organization'],
  ],
  RECORDED_BY: [['Contact', 'Person']],
  ABOUT: [['Contact', 'Initiative']],
};

/** Properties a relationship may carry besides its id and provenance. */
export interface RelationshipProperties {
  /** KNOWS: 1 (barely) to 5 (close), an integer. */
  strength?: number;
  /** KNOWS: since when the two know each other. */
  since?: string;
  /** KNOWS: the last time they were in touch; years ago for a stale tie. */
  lastContact?: string;
  /** KNOWS: the tie ended (moved away, fell out). */
  endedAt?: string;
  /** Memberships and employment: e.g. `voorzitter`, `penningmeester`, `leerkracht`. */
  role?: string;
}

/**
 * One relationship. KNOWS and COLLABORATES_WITH mean the same in both directions and are stored
 * once, from the smaller id to the larger (as the register stores them).
 */
export interface DemoRelationship extends Provenance {
  id: string;
  type: RelationshipType;
  fromLabel: NodeLabel;
  from: string;
  toLabel: NodeLabel;
  to: string;
  properties: RelationshipProperties;
}

/** Where the generator planted the structure that demos and tests look for. */
export interface DemoLandmarks {
  municipalityName: string;
  municipalityAreaId: string;
  kernAreaIds: Record<string, string>;
  themeIds: Record<string, string>;
  /** The residents' food initiative at intake that needs connectors. */
  foodInitiative: { initiativeId: string; initiatorId: string; kern: string };
  /** One kern reached only through one resident (and, through her, one official). */
  singlePointOfFailure: { kern: string; kernAreaId: string; personId: string; officialId: string };
  /** A kern × theme cell that no official reaches within two steps. */
  blindSpot: {
    kern: string;
    kernAreaId: string;
    theme: string;
    themeId: string;
    personIds: string[];
    organizationIds: string[];
  };
  /** Residents with many ties across villages. */
  brokerIds: string[];
  officialIds: string[];
}

/** A batch of rows of one label, or of one relationship type between two labels. */
export type DemoChunk =
  | { [L in NodeLabel]: { kind: 'nodes'; label: L; rows: NodeRows[L][] } }[NodeLabel]
  | {
      kind: 'relationships';
      type: RelationshipType;
      fromLabel: NodeLabel;
      toLabel: NodeLabel;
      rows: DemoRelationship[];
    }
  | { kind: 'landmarks'; landmarks: DemoLandmarks };

/** The whole municipality in memory: fine up to some tens of thousands of stakeholders. */
export interface DemoMunicipality {
  options: Required<DemoOptions>;
  areas: AreaNode[];
  themes: ThemeNode[];
  organizations: OrganizationNode[];
  persons: PersonNode[];
  initiatives: InitiativeNode[];
  contacts: ContactNode[];
  relationships: DemoRelationship[];
  landmarks: DemoLandmarks;
}

export interface DemoOptions {
  /** Stakeholders (people + organizations), 500 to 100,000. */
  size: number;
  /** Any string; the same seed and size give the same municipality. Default `antenne`. */
  seed?: string;
  /**
   * The day the data is "as of" (`YYYY-MM-DD`): contacts run three years back from it and
   * retention dates lie after it. Default a fixed date, so output does not depend on the clock.
   */
  today?: string;
  /** The provenance `source` on every row. Default `seed`. */
  source?: string;
  /** Rows per chunk in the streaming form. Default 5,000. */
  chunkSize?: number;
}

export const MIN_SIZE = 500;
export const MAX_SIZE = 100_000;
