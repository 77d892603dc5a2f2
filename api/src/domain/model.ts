import type {
  AreaLevel,
  ContactChannel,
  InitiativeStatus,
  LegalBasis,
  MunicipalOffer,
  OfficialRole,
  OrganizationKind,
} from './vocabulary.js';

/**
 * The register's entities as the app sees them: plain values, ids are UUIDs, dates `YYYY-MM-DD`,
 * date-times ISO-8601 strings. Repositories parse Neo4j rows into these; nothing else leaks.
 */
export interface Provenance {
  createdAt: string;
  updatedAt: string;
  /** The viewer's user id, or `system`. */
  createdBy: string;
  /** `manual`, `seed` or `import:<file name>`. */
  source: string;
}

export interface OfficialDetails {
  officialRole: OfficialRole;
  workEmail: string | null;
  workPhone: string | null;
}

export interface Person extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Person';
  id: string;
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
  objectedAt: string | null;
  /** Present when the person carries the `Official` label. */
  official: OfficialDetails | null;
}

export interface Organization extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Organization';
  id: string;
  name: string;
  kind: OrganizationKind;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  public: boolean;
}

export interface Area extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Area';
  id: string;
  name: string;
  level: AreaLevel;
  cbsCode: string | null;
  postcodes: string[];
  geometry: string | null;
  parentId: string | null;
}

export interface Theme extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Theme';
  id: string;
  name: string;
}

export interface Initiative extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Initiative';
  id: string;
  title: string;
  description: string | null;
  status: InitiativeStatus;
  offers: MunicipalOffer[];
  receivedAt: string;
  firstResponseAt: string | null;
  public: boolean;
}

export interface Contact extends Provenance {
  /** The node's primary label, also its GraphQL type name. */
  label: 'Contact';
  id: string;
  date: string;
  channel: ContactChannel;
  note: string;
  followUpAt: string | null;
}

export type Entity = Person | Organization | Area | Theme | Initiative;
