import { encodeGlobalID } from '@pothos/plugin-relay';
import type {
  PublicArea,
  PublicBroker,
  PublicInitiative,
  PublicOrganization,
} from '../repositories/publicPageRepository.js';
import {
  listPublicAreas,
  loadPublicAreaPage,
  type PublicAreaPage,
} from '../services/publicPageService.js';
import { builder } from './builder.js';
import { optionalUuidOf } from './globalIds.js';
import { InitiativeStatusEnum, OrganizationKindEnum } from './vocabulary.js';

/*
 * The public page: no sign-in, rate-limited per client address (RATE_LIMITED with
 * `extensions.retryAfterSeconds`). Only what is public by nature (areas, a gebiedsmakelaar's work
 * contact) or marked public (initiatives, organizations); never a person's name.
 */

const PublicAreaRef = builder.objectRef<PublicArea>('PublicArea').implement({
  description: 'A kern or wijk a resident can choose.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the area.',
      resolve: (a) => encodeGlobalID('Area', a.id),
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    level: t.exposeString('level', { description: '`KERN` or `WIJK`.' }),
    kernName: t.exposeString('kernName', {
      nullable: true,
      description: 'For a wijk: the kern it lies in.',
    }),
  }),
});

const PublicBrokerRef = builder.objectRef<PublicBroker>('PublicBroker').implement({
  description: 'A gebiedsmakelaar’s work contact: a public role, shown without the person’s name.',
  fields: (t) => ({
    workEmail: t.exposeString('workEmail', { nullable: true, description: 'Work email.' }),
    workPhone: t.exposeString('workPhone', { nullable: true, description: 'Work phone.' }),
    areaNames: t.exposeStringList('areaNames', { description: 'The areas they work for.' }),
  }),
});

const PublicInitiativeRef = builder.objectRef<PublicInitiative>('PublicInitiative').implement({
  description: 'A residents’ initiative that is marked public and under way.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title.' }),
    description: t.exposeString('description', { nullable: true, description: 'What it is.' }),
    status: t.field({
      type: InitiativeStatusEnum,
      description: 'Where it stands.',
      resolve: (i) => i.status,
    }),
    themes: t.exposeStringList('themes', { description: 'Its themes.' }),
  }),
});

const PublicOrganizationRef = builder
  .objectRef<PublicOrganization>('PublicOrganization')
  .implement({
    description: 'An association, network or institution that is marked public.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Its name.' }),
      kind: t.field({
        type: OrganizationKindEnum,
        description: 'What sort.',
        resolve: (o) => o.kind,
      }),
      description: t.exposeString('description', { nullable: true, description: 'What it does.' }),
      website: t.exposeString('website', { nullable: true, description: 'Its website.' }),
      email: t.exposeString('email', { nullable: true, description: 'Its email.' }),
      phone: t.exposeString('phone', { nullable: true, description: 'Its phone.' }),
      themes: t.exposeStringList('themes', { description: 'Its themes.' }),
    }),
  });

const PublicAreaPageRef = builder.objectRef<PublicAreaPage>('PublicAreaPage').implement({
  description: 'Where a resident of one kern or wijk can go.',
  fields: (t) => ({
    area: t.field({ type: PublicAreaRef, description: 'The area.', resolve: (p) => p.area }),
    brokers: t.field({
      type: [PublicBrokerRef],
      description: 'The gebiedsmakelaars for this area (work contact only).',
      resolve: (p) => p.brokers,
    }),
    initiatives: t.field({
      type: [PublicInitiativeRef],
      description: 'Public initiatives under way here.',
      resolve: (p) => p.initiatives,
    }),
    organizations: t.field({
      type: [PublicOrganizationRef],
      description: 'Public associations, networks and institutions here.',
      resolve: (p) => p.organizations,
    }),
  }),
});

builder.queryFields((t) => ({
  publicAreas: t.field({
    type: [PublicAreaRef],
    description: 'Every kern and wijk, for the public page. No sign-in; rate-limited.',
    resolve: (_root, _args, ctx) => listPublicAreas(ctx),
  }),
  publicAreaPage: t.field({
    type: PublicAreaPageRef,
    nullable: true,
    description:
      'Where a resident can go, for an area or a postcode (give one); null when none matches. No sign-in; rate-limited.',
    args: {
      areaId: t.arg.id({ required: false, description: 'A `PublicArea.id`.' }),
      postcode: t.arg.string({ required: false, description: 'A postcode, e.g. 7137 or 7137 AB.' }),
    },
    resolve: (_root, args, ctx) =>
      loadPublicAreaPage(ctx, {
        areaId: optionalUuidOf(args.areaId, 'Area', 'areaId') ?? null,
        postcode: args.postcode ?? null,
      }),
  }),
}));
