import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import {
  createInitiative,
  deleteInitiative,
  listInitiatives,
  updateInitiative,
} from '../services/initiativeService.js';
import { contactsOf } from '../services/requestLoaders.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { optionalUuidOf, uuidOf } from './globalIds.js';
import { RecordedRef } from './recorded.js';
import { AreaRef, ContactRef, InitiativeRef, LinkRef, ThemeRef } from './refs.js';
import { involvementTypes, linkedIds, linksOfType } from './stakeholderFields.js';
import { InitiativeStatusEnum, LinkTypeEnum, MunicipalOfferEnum } from './vocabulary.js';

InitiativeRef.implement({
  authScopes: { register: true },
  description: "A residents' initiative or pilot, and how the municipality responds to it.",
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Initiative',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'What it is about.',
    }),
    status: t.field({
      type: InitiativeStatusEnum,
      description: 'Where it stands.',
      resolve: (i) => i.status,
    }),
    offers: t.field({
      type: [MunicipalOfferEnum],
      description: 'What the municipality offers it.',
      resolve: (i) => i.offers,
    }),
    receivedAt: t.field({
      type: 'Date',
      description: 'When it came in.',
      resolve: (i) => i.receivedAt,
    }),
    firstResponseAt: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the municipality first responded (speed of action).',
      resolve: (i) => i.firstResponseAt,
    }),
    public: t.exposeBoolean('public', { description: 'Whether residents may see it.' }),
    links: t.field({
      type: [LinkRef],
      description: 'All links of this initiative.',
      args: { types: t.arg({ type: [LinkTypeEnum], description: 'Only links of these types.' }) },
      resolve: (i, { types }, ctx) => linksOfType(ctx, 'Initiative', i.id, types),
    }),
    participants: t.field({
      type: [LinkRef],
      description: 'Who initiates, supports or takes part in it (they are `from`).',
      resolve: (i, _args, ctx) => linksOfType(ctx, 'Initiative', i.id, involvementTypes),
    }),
    areas: t.field({
      type: [AreaRef],
      description: 'Where it takes place.',
      resolve: (i, _args, ctx) => linkedIds(ctx, 'Initiative', i.id, ['LOCATED_IN']),
    }),
    themes: t.field({
      type: [ThemeRef],
      description: 'Its themes.',
      resolve: (i, _args, ctx) => linkedIds(ctx, 'Initiative', i.id, ['ACTIVE_IN']),
    }),
    contacts: t.field({
      type: [ContactRef],
      description: 'Contact moments about it, newest first.',
      resolve: (i, _args, ctx) => contactsOf(ctx, 'Initiative').load(i.id),
    }),
  }),
});

const text = {
  title: 'Its title (1 to 200 characters).',
  description: 'What it is about (at most 2000 characters).',
  offers: 'What the municipality offers.',
  receivedAt: 'When it came in (not in the future).',
  firstResponseAt:
    'When the municipality first responded (not before receivedAt, not in the future).',
  public: 'Whether residents may see it (false by default).',
} as const;

const CreateInitiativeInput = builder.inputType('CreateInitiativeInput', {
  description: 'A new initiative.',
  fields: (t) => ({
    title: t.string({ required: true, description: text.title }),
    description: t.string({ description: text.description }),
    status: t.field({
      type: InitiativeStatusEnum,
      description: 'Where it stands (IDEA by default).',
    }),
    offers: t.field({ type: [MunicipalOfferEnum], description: text.offers }),
    receivedAt: t.field({ type: 'Date', required: true, description: text.receivedAt }),
    firstResponseAt: t.field({ type: 'Date', description: text.firstResponseAt }),
    public: t.boolean({ description: text.public }),
  }),
});

const UpdateInitiativeInput = builder.inputType('UpdateInitiativeInput', {
  description:
    'Changes to an initiative: leave a field out to keep it, give null to clear an optional one. A status move must be allowed.',
  fields: (t) => ({
    title: t.string({ description: text.title }),
    description: t.string({ description: text.description }),
    status: t.field({ type: InitiativeStatusEnum, description: 'The new status.' }),
    offers: t.field({ type: [MunicipalOfferEnum], description: text.offers }),
    receivedAt: t.field({ type: 'Date', description: text.receivedAt }),
    firstResponseAt: t.field({ type: 'Date', description: text.firstResponseAt }),
    public: t.boolean({ description: text.public }),
  }),
});

const InitiativeFilter = builder.inputType('InitiativeFilter', {
  description: 'Narrows the list of initiatives; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: InitiativeStatusEnum, description: 'With this status.' }),
    areaId: t.id({ description: 'Located in this area, or an area inside it.' }),
    themeId: t.id({ description: 'With this theme.' }),
  }),
});

builder.queryField('initiatives', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: InitiativeRef,
      description: 'Initiatives, newest received first.',
      args: { filter: t.arg({ type: InitiativeFilter, description: 'Narrow the list.' }) },
      resolve: async (_root, args, ctx) => {
        const scope = await registerScopeOf(ctx);
        return pageOf(args, (page) =>
          listInitiatives(
            ctx.db,
            scope,
            {
              status: args.filter?.status,
              areaId: optionalUuidOf(args.filter?.areaId, 'Area', 'filter.areaId'),
              themeId: optionalUuidOf(args.filter?.themeId, 'Theme', 'filter.themeId'),
            },
            page,
          ),
        );
      },
    },
    { description: 'A page of initiatives.' },
    { description: 'An initiative in a page of initiatives.' },
  ),
);

builder.mutationField('createInitiative', (t) =>
  t.field({
    authScopes: { $any: { areaBroker: true, privacyOfficer: true } },
    type: InitiativeRef,
    description: 'Records an initiative.',
    args: {
      input: t.arg({ type: CreateInitiativeInput, required: true, description: 'The initiative.' }),
    },
    resolve: (_root, { input }, ctx) => createInitiative(ctx.db, writeMetaFor(ctx.viewer), input),
  }),
);

builder.mutationField('updateInitiative', (t) =>
  t.field({
    authScopes: { $any: { areaBroker: true, privacyOfficer: true } },
    type: InitiativeRef,
    description: 'Changes an initiative. VALIDATION (field status) for a move that is not allowed.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the initiative.' }),
      input: t.arg({ type: UpdateInitiativeInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_root, { id, input }, ctx) =>
      updateInitiative(
        ctx.db,
        await registerScopeOf(ctx),
        writeMetaFor(ctx.viewer),
        uuidOf(id, 'Initiative'),
        input,
      ),
  }),
);

builder.mutationField('deleteInitiative', (t) =>
  t.field({
    authScopes: { $any: { areaBroker: true, privacyOfficer: true } },
    type: DeletionRef,
    description: 'Removes an initiative and its links; contact moments about it stay.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the initiative.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deleteInitiative(
        ctx.db,
        await registerScopeOf(ctx),
        uuidOf(id, 'Initiative'),
      );
      return { id: encodeGlobalID('Initiative', uuid) };
    },
  }),
);
