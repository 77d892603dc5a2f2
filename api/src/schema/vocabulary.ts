import { type LinkType, linkTypes } from '../domain/linkTypes.js';
import type {
  AreaLevel,
  ContactChannel,
  InitiativeStatus,
  LegalBasis,
  MunicipalOffer,
  OfficialRole,
  OrganizationKind,
} from '../domain/vocabulary.js';
import { builder } from './builder.js';

/** The register's fixed vocabularies as GraphQL enums, each value explained. */

const described = <T extends string>(values: Record<T, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([value, description]) => [value, { description }]),
  ) as Record<T, { description: string }>;

export const LegalBasisEnum = builder.enumType('LegalBasis', {
  description: 'Why the municipality may record this person (AVG/GDPR article 6).',
  values: described<LegalBasis>({
    PUBLIC_TASK:
      'A task in the public interest, resting on a law or council decision (give the reference).',
    CONSENT: 'The person agreed (give the date and the version of the consent text).',
  }),
});

export const OfficialRoleEnum = builder.enumType('OfficialRole', {
  description: 'What an official does for the municipality.',
  values: described<OfficialRole>({
    GEBIEDSMAKELAAR:
      'Area broker: connects residents, associations and the municipality in an area.',
    WIJKCONSULENT: 'Neighbourhood consultant.',
    BUITENDIENST: 'Outdoor service staff.',
    BELEIDSMEDEWERKER: 'Policy officer.',
    WETHOUDER: 'Alderman (member of the executive).',
    OTHER: 'Another role.',
  }),
});

export const OrganizationKindEnum = builder.enumType('OrganizationKind', {
  description: 'What sort of organization this is.',
  values: described<OrganizationKind>({
    ASSOCIATION: 'An association (vereniging) or club.',
    BUSINESS: 'A business or entrepreneur (ondernemer).',
    INSTITUTION: 'An institution: school, care provider, library, …',
    NETWORK: 'A network or collective without legal form.',
    MUNICIPAL_TEAM: 'A team of the municipality itself.',
  }),
});

export const AreaLevelEnum = builder.enumType('AreaLevel', {
  description: 'The size of an area, from the whole municipality down to a neighbourhood.',
  values: described<AreaLevel>({
    MUNICIPALITY: 'The municipality (gemeente).',
    KERN: 'A village or town centre inside the municipality (kern).',
    WIJK: 'A district (CBS wijk).',
    BUURT: 'A neighbourhood (CBS buurt).',
  }),
});

export const InitiativeStatusEnum = builder.enumType('InitiativeStatus', {
  description:
    'Where an initiative stands. Forward moves are free; open ones can be stopped or step back; DONE and STOPPED only reopen to ACTIVE.',
  values: described<InitiativeStatus>({
    IDEA: 'An idea has come in.',
    INTAKE: 'The municipality is talking with the initiators.',
    ACTIVE: 'The initiative is under way.',
    DONE: 'The initiative reached its goal.',
    STOPPED: 'The initiative was stopped.',
  }),
});

export const MunicipalOfferEnum = builder.enumType('MunicipalOffer', {
  description: 'What the municipality offers an initiative.',
  values: described<MunicipalOffer>({
    THINK_ALONG: 'Thinking along with the initiators.',
    FACILITATE: 'Facilitating the process between parties.',
    GIVE_ROOM: 'Giving room: tailored rules, space, permits.',
  }),
});

export const ContactChannelEnum = builder.enumType('ContactChannel', {
  description: 'How a contact moment took place.',
  values: described<ContactChannel>({
    VISIT: 'A visit.',
    PHONE: 'A phone call.',
    EMAIL: 'E-mail.',
    MEETING: 'A meeting.',
    EVENT: 'An event.',
    OTHER: 'Another way.',
  }),
});

export const LinkTypeEnum = builder.enumType('LinkType', {
  description:
    'The kinds of link in the register, each allowed only between certain kinds of entity.',
  values: Object.fromEntries(
    Object.entries(linkTypes).map(([type, spec]) => [
      type,
      {
        description: `${spec.description} From ${spec.from.join('/')}${spec.fromOfficial ? ' (official)' : ''} to ${spec.to.join('/')}.`,
      },
    ]),
  ) as Record<LinkType, { description: string }>,
});
