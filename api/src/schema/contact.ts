import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import type { Organization, Person } from '../domain/model.js';
import {
  deleteContact,
  listContacts,
  recordContact,
  updateContact,
} from '../services/contactService.js';
import { relationsOfContact } from '../services/requestLoaders.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { decodeIdOf, optionalUuidOf, uuidOf } from './globalIds.js';
import { ParticipantRef } from './linkEnd.js';
import { RecordedRef } from './recorded.js';
import { ContactRef, InitiativeRef, loadEntities, PersonRef } from './refs.js';
import { ContactChannelEnum } from './vocabulary.js';

ContactRef.implement({
  authScopes: { register: true },
  description: 'A contact moment an official recorded: when, how, with whom, and a short note.',
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Contact',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'When it took place.', resolve: (c) => c.date }),
    channel: t.field({
      type: ContactChannelEnum,
      description: 'How it took place.',
      resolve: (c) => c.channel,
    }),
    note: t.exposeString('note', { description: 'What was discussed (at most 500 characters).' }),
    followUpAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When to follow up.',
      resolve: (c) => c.followUpAt,
    }),
    participants: t.field({
      type: [ParticipantRef],
      description: 'The people and organizations involved.',
      resolve: async (c, _args, ctx) => {
        const rows = await relationsOfContact(ctx).load(c.id);
        return loadEntities<Person | Organization>(
          ctx,
          rows
            .filter((row) => row.type === 'INVOLVES')
            .map((row) => ({ label: row.label as 'Person', id: row.id })),
        );
      },
    }),
    initiative: t.field({
      type: InitiativeRef,
      nullable: true,
      description: 'The initiative it was about, if any.',
      resolve: async (c, _args, ctx) =>
        (await relationsOfContact(ctx).load(c.id)).find((row) => row.type === 'ABOUT')?.id ?? null,
    }),
    recordedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The official who recorded it, if given.',
      resolve: async (c, _args, ctx) =>
        (await relationsOfContact(ctx).load(c.id)).find((row) => row.type === 'RECORDED_BY')?.id ??
        null,
    }),
  }),
});

const text = {
  date: 'When it took place (not in the future).',
  note: 'What was discussed (1 to 500 characters; no special-category data).',
  followUpAt: 'When to follow up (not before the contact).',
  participantIds: 'Global ids of the people and organizations involved (1 to 50).',
  initiativeId: 'Global id of the initiative it was about.',
  recordedById: 'Global id of the official who recorded it.',
} as const;

const RecordContactInput = builder.inputType('RecordContactInput', {
  description: 'A contact moment.',
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true, description: text.date }),
    channel: t.field({
      type: ContactChannelEnum,
      required: true,
      description: 'How it took place.',
    }),
    note: t.string({ required: true, description: text.note }),
    followUpAt: t.field({ type: 'Date', description: text.followUpAt }),
    participantIds: t.idList({ required: true, description: text.participantIds }),
    initiativeId: t.id({ description: text.initiativeId }),
    recordedById: t.id({ description: text.recordedById }),
  }),
});

const UpdateContactInput = builder.inputType('UpdateContactInput', {
  description:
    'Changes to a contact moment: leave a field out to keep it, give null to clear an optional one.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: text.date }),
    channel: t.field({ type: ContactChannelEnum, description: 'How it took place.' }),
    note: t.string({ description: text.note }),
    followUpAt: t.field({ type: 'Date', description: text.followUpAt }),
    participantIds: t.idList({ description: `${text.participantIds} Replaces the current list.` }),
    initiativeId: t.id({ description: text.initiativeId }),
    recordedById: t.id({ description: text.recordedById }),
  }),
});

const ContactFilter = builder.inputType('ContactFilter', {
  description: 'Narrows the list of contact moments; all given conditions must hold.',
  fields: (t) => ({
    personId: t.id({ description: 'Involving this person.' }),
    organizationId: t.id({ description: 'Involving this organization.' }),
    initiativeId: t.id({ description: 'About this initiative.' }),
  }),
});

const participantsOf = (ids: readonly string[]) =>
  ids.map((id, index) =>
    decodeIdOf(id, ['Person', 'Organization'] as const, `participantIds.${index}`),
  );

builder.queryField('contacts', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: ContactRef,
      description: 'Contact moments, newest first.',
      args: { filter: t.arg({ type: ContactFilter, description: 'Narrow the list.' }) },
      resolve: async (_root, args, ctx) => {
        const scope = await registerScopeOf(ctx);
        return pageOf(args, (page) =>
          listContacts(
            ctx.db,
            scope,
            {
              personId: optionalUuidOf(args.filter?.personId, 'Person', 'filter.personId'),
              organizationId: optionalUuidOf(
                args.filter?.organizationId,
                'Organization',
                'filter.organizationId',
              ),
              initiativeId: optionalUuidOf(
                args.filter?.initiativeId,
                'Initiative',
                'filter.initiativeId',
              ),
            },
            page,
          ),
        );
      },
    },
    { description: 'A page of contact moments.' },
    { description: 'A contact moment in a page.' },
  ),
);

builder.mutationField('recordContact', (t) =>
  t.field({
    authScopes: { register: true },
    type: ContactRef,
    description:
      'Records a contact moment with its participants, and optionally its initiative and the recording official, in one transaction.',
    args: {
      input: t.arg({
        type: RecordContactInput,
        required: true,
        description: 'The contact moment.',
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      recordContact(ctx.db, await registerScopeOf(ctx), writeMetaFor(ctx.viewer), {
        ...input,
        participants: participantsOf(input.participantIds),
        initiativeId: optionalUuidOf(input.initiativeId, 'Initiative', 'initiativeId'),
        recordedById: optionalUuidOf(input.recordedById, 'Person', 'recordedById'),
      }),
  }),
);

builder.mutationField('updateContact', (t) =>
  t.field({
    authScopes: { register: true },
    type: ContactRef,
    description: 'Changes a contact moment.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the contact moment.' }),
      input: t.arg({ type: UpdateContactInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_root, { id, input }, ctx) =>
      updateContact(
        ctx.db,
        await registerScopeOf(ctx),
        writeMetaFor(ctx.viewer),
        uuidOf(id, 'Contact'),
        {
          ...input,
          participants: input.participantIds
            ? participantsOf(input.participantIds)
            : input.participantIds,
          initiativeId: optionalUuidOf(input.initiativeId, 'Initiative', 'initiativeId'),
          recordedById: optionalUuidOf(input.recordedById, 'Person', 'recordedById'),
        },
      ),
  }),
);

builder.mutationField('deleteContact', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes a contact moment.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the contact moment.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deleteContact(ctx.db, await registerScopeOf(ctx), uuidOf(id, 'Contact'));
      return { id: encodeGlobalID('Contact', uuid) };
    },
  }),
);
