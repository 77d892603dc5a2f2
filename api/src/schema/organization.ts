import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import {
  createOrganization,
  deleteOrganization,
  listOrganizations,
  updateOrganization,
} from '../services/organizationService.js';
import { contactsOf } from '../services/requestLoaders.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { optionalUuidOf, uuidOf } from './globalIds.js';
import { RecordedRef } from './recorded.js';
import { AreaRef, ContactRef, LinkRef, OrganizationRef, ThemeRef } from './refs.js';
import { linkedIds, linksOfType, membershipTypes } from './stakeholderFields.js';
import { LinkTypeEnum, OrganizationKindEnum } from './vocabulary.js';

OrganizationRef.implement({
  authScopes: { register: true },
  description: 'An association, business, institution, network or municipal team.',
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Organization',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
    kind: t.field({
      type: OrganizationKindEnum,
      description: 'What sort of organization.',
      resolve: (o) => o.kind,
    }),
    description: t.exposeString('description', { nullable: true, description: 'What it does.' }),
    website: t.exposeString('website', { nullable: true, description: 'Its website.' }),
    email: t.exposeString('email', { nullable: true, description: 'General e-mail address.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'General phone number.' }),
    postcode: t.exposeString('postcode', {
      nullable: true,
      description: 'Postcode of its address.',
    }),
    public: t.exposeBoolean('public', {
      description: 'Whether residents may see it on the public map.',
    }),
    links: t.field({
      type: [LinkRef],
      description:
        'All links of this organization (for COLLABORATES_WITH `from` is this organization).',
      args: { types: t.arg({ type: [LinkTypeEnum], description: 'Only links of these types.' }) },
      resolve: (o, { types }, ctx) => linksOfType(ctx, 'Organization', o.id, types),
    }),
    members: t.field({
      type: [LinkRef],
      description:
        'The people linked as member, board member, staff or volunteer (the person is `from`).',
      resolve: (o, _args, ctx) => linksOfType(ctx, 'Organization', o.id, membershipTypes),
    }),
    collaborators: t.field({
      type: [OrganizationRef],
      description: 'The organizations it works with.',
      resolve: (o, _args, ctx) => linkedIds(ctx, 'Organization', o.id, ['COLLABORATES_WITH']),
    }),
    areas: t.field({
      type: [AreaRef],
      description: 'Where it is located.',
      resolve: (o, _args, ctx) => linkedIds(ctx, 'Organization', o.id, ['LOCATED_IN']),
    }),
    themes: t.field({
      type: [ThemeRef],
      description: 'The themes it is active in.',
      resolve: (o, _args, ctx) => linkedIds(ctx, 'Organization', o.id, ['ACTIVE_IN']),
    }),
    contacts: t.field({
      type: [ContactRef],
      description: 'The contact moments it took part in, newest first.',
      resolve: (o, _args, ctx) => contactsOf(ctx, 'Organization').load(o.id),
    }),
  }),
});

const text = {
  name: 'Its name (1 to 200 characters).',
  description: 'What it does (at most 1000 characters).',
  website: 'Web address starting with http:// or https://.',
  email: 'General e-mail address.',
  phone: 'General phone number.',
  postcode: 'Dutch postcode.',
  public: 'Whether residents may see it on the public map (false by default).',
} as const;

const CreateOrganizationInput = builder.inputType('CreateOrganizationInput', {
  description: 'A new organization.',
  fields: (t) => ({
    name: t.string({ required: true, description: text.name }),
    kind: t.field({
      type: OrganizationKindEnum,
      required: true,
      description: 'What sort of organization.',
    }),
    description: t.string({ description: text.description }),
    website: t.string({ description: text.website }),
    email: t.string({ description: text.email }),
    phone: t.string({ description: text.phone }),
    postcode: t.string({ description: text.postcode }),
    public: t.boolean({ description: text.public }),
  }),
});

const UpdateOrganizationInput = builder.inputType('UpdateOrganizationInput', {
  description:
    'Changes to an organization: leave a field out to keep it, give null to clear an optional one.',
  fields: (t) => ({
    name: t.string({ description: text.name }),
    kind: t.field({ type: OrganizationKindEnum, description: 'What sort of organization.' }),
    description: t.string({ description: text.description }),
    website: t.string({ description: text.website }),
    email: t.string({ description: text.email }),
    phone: t.string({ description: text.phone }),
    postcode: t.string({ description: text.postcode }),
    public: t.boolean({ description: text.public }),
  }),
});

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Narrows the list of organizations; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: OrganizationKindEnum, description: 'Of this kind.' }),
    areaId: t.id({ description: 'Located in this area, or an area inside it.' }),
    themeId: t.id({ description: 'Active in this theme.' }),
  }),
});

builder.queryField('organizations', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: OrganizationRef,
      description: 'Organizations in the register, by name.',
      args: { filter: t.arg({ type: OrganizationFilter, description: 'Narrow the list.' }) },
      resolve: async (_root, args, ctx) => {
        const scope = await registerScopeOf(ctx);
        return pageOf(args, (page) =>
          listOrganizations(
            ctx.db,
            scope,
            {
              kind: args.filter?.kind,
              areaId: optionalUuidOf(args.filter?.areaId, 'Area', 'filter.areaId'),
              themeId: optionalUuidOf(args.filter?.themeId, 'Theme', 'filter.themeId'),
            },
            page,
          ),
        );
      },
    },
    { description: 'A page of organizations.' },
    { description: 'An organization in a page of organizations.' },
  ),
);

builder.mutationField('createOrganization', (t) =>
  t.field({
    authScopes: { register: true },
    type: OrganizationRef,
    description: 'Records an organization.',
    args: {
      input: t.arg({
        type: CreateOrganizationInput,
        required: true,
        description: 'The organization.',
      }),
    },
    resolve: (_root, { input }, ctx) => createOrganization(ctx.db, writeMetaFor(ctx.viewer), input),
  }),
);

builder.mutationField('updateOrganization', (t) =>
  t.field({
    authScopes: { register: true },
    type: OrganizationRef,
    description: 'Changes an organization.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the organization.' }),
      input: t.arg({ type: UpdateOrganizationInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_root, { id, input }, ctx) =>
      updateOrganization(
        ctx.db,
        await registerScopeOf(ctx),
        writeMetaFor(ctx.viewer),
        uuidOf(id, 'Organization'),
        input,
      ),
  }),
);

builder.mutationField('deleteOrganization', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes an organization and its links; contact moments stay, without it.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the organization.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deleteOrganization(
        ctx.db,
        await registerScopeOf(ctx),
        uuidOf(id, 'Organization'),
      );
      return { id: encodeGlobalID('Organization', uuid) };
    },
  }),
);
