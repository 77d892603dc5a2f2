import type {
  CreateLinkInput,
  CreateOrganizationInput,
  CreatePersonInput,
} from '../api/registerApi';
import type { LinkType, OrganizationKind, StakeholderKind } from './stakeholder';
import type { LegalBasis, PersonDetails } from './stakeholderDetails';

/**
 * The quick-recording forms as plain values: what the inputs hold (strings), their defaults, and
 * the GraphQL input each becomes. The field names are the API's, so a VALIDATION error's
 * `extensions.field` names the input to show it at.
 */

/** How long a new person's record is kept unless the official chooses otherwise. */
export const defaultRetentionYears = 2;

export function yearsAfter(today: string, years: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

export interface PersonFormValues {
  name: string;
  email: string;
  phone: string;
  postcode: string;
  notes: string;
  legalBasis: LegalBasis;
  legalReference: string;
  consentDate: string;
  consentTextVersion: string;
  purpose: string;
  retainUntil: string;
}

export function emptyPersonForm(today: string): PersonFormValues {
  return {
    name: '',
    email: '',
    phone: '',
    postcode: '',
    notes: '',
    legalBasis: 'PUBLIC_TASK',
    legalReference: '',
    consentDate: today,
    consentTextVersion: '',
    purpose: '',
    retainUntil: yearsAfter(today, defaultRetentionYears),
  };
}

export function personFormOf(person: PersonDetails): PersonFormValues {
  return {
    name: person.name,
    email: person.email ?? '',
    phone: person.phone ?? '',
    postcode: person.postcode ?? '',
    notes: person.notes ?? '',
    legalBasis: person.legalBasis,
    legalReference: person.legalReference ?? '',
    consentDate: person.consentDate ?? '',
    consentTextVersion: person.consentTextVersion ?? '',
    purpose: person.purpose,
    retainUntil: person.retainUntil,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The person input: optional text left empty is sent as null (to clear it on update), and only
 * the fields of the chosen legal basis are sent.
 */
export function personInputOf(values: PersonFormValues): CreatePersonInput {
  const publicTask = values.legalBasis === 'PUBLIC_TASK';
  return {
    name: values.name,
    email: orNull(values.email),
    phone: orNull(values.phone),
    postcode: orNull(values.postcode),
    notes: orNull(values.notes),
    legalBasis: values.legalBasis,
    legalReference: publicTask ? orNull(values.legalReference) : null,
    consentDate: publicTask ? null : orNull(values.consentDate),
    consentTextVersion: publicTask ? null : orNull(values.consentTextVersion),
    purpose: values.purpose,
    retainUntil: values.retainUntil,
  };
}

export interface OrganizationFormValues {
  name: string;
  kind: OrganizationKind;
  description: string;
  website: string;
  email: string;
  phone: string;
  postcode: string;
}

export const emptyOrganizationForm: OrganizationFormValues = {
  name: '',
  kind: 'ASSOCIATION',
  description: '',
  website: '',
  email: '',
  phone: '',
  postcode: '',
};

export function organizationInputOf(values: OrganizationFormValues): CreateOrganizationInput {
  return {
    name: values.name,
    kind: values.kind,
    description: orNull(values.description),
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    postcode: orNull(values.postcode),
  };
}

/** The link types a link from a `from` to a `to` may have (the register's rules, in short). */
export function linkTypesBetween(
  from: { kind: StakeholderKind; official: boolean },
  to: { kind: StakeholderKind },
): LinkType[] {
  const person = from.kind === 'PERSON';
  const organization = from.kind === 'ORGANIZATION';
  switch (to.kind) {
    case 'PERSON':
      return person ? ['KNOWS'] : [];
    case 'ORGANIZATION':
      if (person) return ['MEMBER_OF', 'BOARD_OF', 'WORKS_AT', 'VOLUNTEERS_AT'];
      return organization ? ['COLLABORATES_WITH'] : [];
    case 'AREA':
      if (person) return from.official ? ['LIVES_IN', 'COVERS'] : ['LIVES_IN'];
      return organization || from.kind === 'INITIATIVE' ? ['LOCATED_IN'] : [];
    case 'THEME':
      if (person) return from.official ? ['ACTIVE_IN', 'RESPONSIBLE_FOR'] : ['ACTIVE_IN'];
      return organization || from.kind === 'INITIATIVE' ? ['ACTIVE_IN'] : [];
    case 'INITIATIVE':
      return person || organization ? ['INITIATES', 'SUPPORTS', 'PARTICIPATES_IN'] : [];
  }
}

export interface LinkFormValues {
  type: LinkType;
  strength: string;
  since: string;
  lastContact: string;
  role: string;
}

/** The link input: only the properties the chosen type has. */
export function linkInputOf(values: LinkFormValues, fromId: string, toId: string): CreateLinkInput {
  const input: CreateLinkInput = {
    type: values.type,
    fromId,
    toId,
    since: orNull(values.since),
  };
  if (values.type === 'KNOWS') {
    input.strength = Number.parseInt(values.strength, 10);
    input.lastContact = orNull(values.lastContact);
  }
  if (['MEMBER_OF', 'BOARD_OF', 'WORKS_AT', 'VOLUNTEERS_AT'].includes(values.type)) {
    input.role = orNull(values.role);
  }
  if (
    ['LOCATED_IN', 'LIVES_IN', 'ACTIVE_IN', 'INITIATES', 'SUPPORTS', 'PARTICIPATES_IN'].includes(
      values.type,
    )
  ) {
    delete input.since;
  }
  return input;
}
