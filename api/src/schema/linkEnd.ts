import { builder } from './builder.js';
import type { EntityShape } from './refs.js';
import { AreaRef, InitiativeRef, OrganizationRef, PersonRef, ThemeRef } from './refs.js';

/** Whatever can be at either end of a link. */
export const LinkEndRef = builder.unionType('LinkEnd', {
  description: 'A person, organization, area, theme or initiative at one end of a link.',
  types: [PersonRef, OrganizationRef, AreaRef, ThemeRef, InitiativeRef],
  resolveType: (value: EntityShape) => value.label,
});

/** Who can take part in a contact moment. */
export const ParticipantRef = builder.unionType('Participant', {
  description: 'A person or organization taking part in a contact moment.',
  types: [PersonRef, OrganizationRef],
  resolveType: (value: EntityShape) => value.label,
});
