import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import { entityLabels } from '../domain/vocabulary.js';
import { createLink, deleteLink, updateLink } from '../services/linkService.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { DeletionRef } from './deletion.js';
import { decodeIdOf, uuidOf } from './globalIds.js';
import { LinkEndRef } from './linkEnd.js';
import { RecordedRef } from './recorded.js';
import { LinkRef, loadEntity } from './refs.js';
import { LinkTypeEnum } from './vocabulary.js';

LinkRef.implement({
  authScopes: { register: true },
  description:
    'A relationship between two entities, of one of the types in `LinkType`. KNOWS and COLLABORATES_WITH are stored once and read in both directions; seen from an entity, `from` is that entity.',
  interfaces: [RecordedRef],
  isTypeOf: (value) =>
    typeof value === 'object' && value !== null && 'key' in value && 'type' in value,
  fields: (t) => ({
    type: t.field({
      type: LinkTypeEnum,
      description: 'What kind of link this is.',
      resolve: (l) => l.type,
    }),
    from: t.field({
      type: LinkEndRef,
      description: 'Where the link starts.',
      resolve: (link, _args, ctx) => loadEntity(ctx, link.from),
    }),
    to: t.field({
      type: LinkEndRef,
      description: 'Where the link ends.',
      resolve: (link, _args, ctx) => loadEntity(ctx, link.to),
    }),
    strength: t.int({
      nullable: true,
      description: 'KNOWS only: how well they know each other, 1 (barely) to 5 (closely).',
      resolve: (l) => l.strength,
    }),
    since: t.field({
      type: 'Date',
      nullable: true,
      description: 'Since when the link exists.',
      resolve: (l) => l.since,
    }),
    lastContact: t.field({
      type: 'Date',
      nullable: true,
      description: 'KNOWS only: when they were last in touch.',
      resolve: (l) => l.lastContact,
    }),
    endedAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the link ended (it is kept for history but counts no more).',
      resolve: (l) => l.endedAt,
    }),
    role: t.string({
      nullable: true,
      description: 'Memberships only: the role, e.g. "chair" or "treasurer".',
      resolve: (l) => l.role,
    }),
  }),
});

const linkPropertyFields = {
  strength: 'KNOWS only (required there): 1 to 5.',
  since: 'Since when (not in the future).',
  lastContact: 'KNOWS only: last time in touch (not in the future, not before `since`).',
  endedAt: 'When it ended (not in the future, not before `since`).',
  role: 'Memberships only: the role (at most 100 characters).',
} as const;

const CreateLinkInput = builder.inputType('CreateLinkInput', {
  description: 'A new link. Which ends and properties are allowed depends on the type.',
  fields: (t) => ({
    type: t.field({ type: LinkTypeEnum, required: true, description: 'The kind of link.' }),
    fromId: t.id({ required: true, description: 'The global id of where it starts.' }),
    toId: t.id({ required: true, description: 'The global id of where it ends.' }),
    strength: t.int({ description: linkPropertyFields.strength }),
    since: t.field({ type: 'Date', description: linkPropertyFields.since }),
    lastContact: t.field({ type: 'Date', description: linkPropertyFields.lastContact }),
    endedAt: t.field({ type: 'Date', description: linkPropertyFields.endedAt }),
    role: t.string({ description: linkPropertyFields.role }),
  }),
});

const UpdateLinkInput = builder.inputType('UpdateLinkInput', {
  description:
    "Changes to a link's properties; leave a field out to keep it, give null to clear it.",
  fields: (t) => ({
    strength: t.int({ description: linkPropertyFields.strength }),
    since: t.field({ type: 'Date', description: linkPropertyFields.since }),
    lastContact: t.field({ type: 'Date', description: linkPropertyFields.lastContact }),
    endedAt: t.field({ type: 'Date', description: linkPropertyFields.endedAt }),
    role: t.string({ description: linkPropertyFields.role }),
  }),
});

const CreateLinkPayload = builder
  .objectRef<{ link: import('../repositories/linkRepository.js').Link; created: boolean }>(
    'CreateLinkPayload',
  )
  .implement({
    description: 'The link asked for, and whether this call made it.',
    fields: (t) => ({
      link: t.field({
        type: LinkRef,
        description: 'The link (new or existing).',
        resolve: (p) => p.link,
      }),
      created: t.exposeBoolean('created', {
        description:
          'False when this link (same type, same ends) already existed: it is returned unchanged, use updateLink to change it.',
      }),
    }),
  });

builder.mutationField('createLink', (t) =>
  t.field({
    authScopes: { register: true },
    type: CreateLinkPayload,
    description:
      'Links two entities. Creating a link that exists returns the existing one (`created: false`); concurrent calls yield one link. VALIDATION when the ends or properties do not fit the type, NOT_FOUND when an end does not exist.',
    args: { input: t.arg({ type: CreateLinkInput, required: true, description: 'The link.' }) },
    resolve: async (_root, { input }, ctx) => {
      const from = decodeIdOf(input.fromId, entityLabels, 'fromId');
      const to = decodeIdOf(input.toId, entityLabels, 'toId');
      return createLink(ctx.db, await registerScopeOf(ctx), writeMetaFor(ctx.viewer), {
        ...input,
        from,
        to,
      });
    },
  }),
);

builder.mutationField('updateLink', (t) =>
  t.field({
    authScopes: { register: true },
    type: LinkRef,
    description:
      "Changes a link's properties. Its type and ends never change: delete and create instead.",
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the link.' }),
      input: t.arg({ type: UpdateLinkInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_root, { id, input }, ctx) =>
      updateLink(ctx.db, await registerScopeOf(ctx), uuidOf(id, 'Link'), input),
  }),
);

builder.mutationField('deleteLink', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes a link.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the link.' }) },
    resolve: async (_root, { id }, ctx) => {
      await deleteLink(ctx.db, await registerScopeOf(ctx), uuidOf(id, 'Link'));
      return { id: encodeGlobalID('Link', uuidOf(id, 'Link')) };
    },
  }),
);
