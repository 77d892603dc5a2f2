import { encodeGlobalID } from '@pothos/plugin-relay';
import { auditActions } from '../audit/auditActions.js';
import { audit } from '../audit/auditService.js';
import { registerScopeOf } from '../auth/registerScope.js';
import type { Person } from '../domain/model.js';
import { createPerson, deletePerson, listPeople, updatePerson } from '../services/personService.js';
import { contactsOf } from '../services/requestLoaders.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { optionalUuidOf, uuidOf } from './globalIds.js';
import { RecordedRef } from './recorded.js';
import { AreaRef, ContactRef, LinkRef, PersonRef, ThemeRef } from './refs.js';
import { linkedIds, linksOfType, membershipTypes } from './stakeholderFields.js';
import { LegalBasisEnum, LinkTypeEnum, OfficialRoleEnum } from './vocabulary.js';

const OfficialDetailsRef = builder
  .objectRef<NonNullable<Person['official']>>('OfficialDetails')
  .implement({
    description: 'What makes a person an official of the municipality.',
    fields: (t) => ({
      officialRole: t.field({
        type: OfficialRoleEnum,
        description: 'Their role.',
        resolve: (o) => o.officialRole,
      }),
      workEmail: t.exposeString('workEmail', {
        nullable: true,
        description: 'Their work e-mail address.',
      }),
      workPhone: t.exposeString('workPhone', {
        nullable: true,
        description: 'Their work phone number.',
      }),
    }),
  });

PersonRef.implement({
  authScopes: { register: true },
  description:
    'A resident or contact in the register; an official of the municipality carries `official`. Every person has a legal basis, a purpose and a retention date.',
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Person',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Their name as they use it.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail address.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    postcode: t.exposeString('postcode', { nullable: true, description: 'Postcode, e.g. 7137AB.' }),
    notes: t.exposeString('notes', {
      nullable: true,
      description:
        'A short note (at most 500 characters). Never special-category data (religion, health, politics, ethnicity).',
    }),
    legalBasis: t.field({
      type: LegalBasisEnum,
      description: 'Why the municipality may record this person.',
      resolve: (p) => p.legalBasis,
    }),
    legalReference: t.exposeString('legalReference', {
      nullable: true,
      description: 'For PUBLIC_TASK: the law or decision the task rests on.',
    }),
    consentDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'For CONSENT: when consent was given.',
      resolve: (p) => p.consentDate,
    }),
    consentTextVersion: t.exposeString('consentTextVersion', {
      nullable: true,
      description: 'For CONSENT: the version of the consent text agreed to.',
    }),
    purpose: t.exposeString('purpose', {
      description: 'What the municipality records this person for.',
    }),
    retainUntil: t.field({
      type: 'Date',
      description: 'Until when the record may be kept; after it the person is due for erasure.',
      resolve: (p) => p.retainUntil,
    }),
    objected: t.exposeBoolean('objected', {
      description:
        'The person objected to processing: they are left out of every score and suggestion.',
    }),
    objectedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the objection was recorded.',
      resolve: (p) => p.objectedAt,
    }),
    official: t.field({
      type: OfficialDetailsRef,
      nullable: true,
      description: 'Present when this person is an official of the municipality.',
      resolve: (p) => p.official,
    }),
    links: t.field({
      type: [LinkRef],
      description: 'All links of this person (seen from them: `from` is this person for KNOWS).',
      args: {
        types: t.arg({ type: [LinkTypeEnum], description: 'Only links of these types.' }),
      },
      resolve: (p, { types }, ctx) => linksOfType(ctx, 'Person', p.id, types),
    }),
    knows: t.field({
      type: [LinkRef],
      description: 'The people this person knows, as KNOWS links with this person as `from`.',
      resolve: (p, _args, ctx) => linksOfType(ctx, 'Person', p.id, ['KNOWS']),
    }),
    memberships: t.field({
      type: [LinkRef],
      description: 'Member, board, work and volunteer links to organizations.',
      resolve: (p, _args, ctx) => linksOfType(ctx, 'Person', p.id, membershipTypes),
    }),
    areas: t.field({
      type: [AreaRef],
      description: 'Where this person lives (LIVES_IN).',
      resolve: (p, _args, ctx) => linkedIds(ctx, 'Person', p.id, ['LIVES_IN']),
    }),
    coveredAreas: t.field({
      type: [AreaRef],
      description: 'For officials: the areas they are assigned to (COVERS).',
      resolve: (p, _args, ctx) => linkedIds(ctx, 'Person', p.id, ['COVERS']),
    }),
    themes: t.field({
      type: [ThemeRef],
      description: 'The themes this person is active in (ACTIVE_IN).',
      resolve: (p, _args, ctx) => linkedIds(ctx, 'Person', p.id, ['ACTIVE_IN']),
    }),
    responsibleForThemes: t.field({
      type: [ThemeRef],
      description: 'For officials: the themes they are responsible for (RESPONSIBLE_FOR).',
      resolve: (p, _args, ctx) => linkedIds(ctx, 'Person', p.id, ['RESPONSIBLE_FOR']),
    }),
    contacts: t.field({
      type: [ContactRef],
      description: 'The contact moments this person took part in, newest first.',
      resolve: (p, _args, ctx) => contactsOf(ctx, 'Person').load(p.id),
    }),
  }),
});

const OfficialInput = builder.inputType('OfficialInput', {
  description: 'Makes a person an official of the municipality.',
  fields: (t) => ({
    officialRole: t.field({ type: OfficialRoleEnum, required: true, description: 'Their role.' }),
    workEmail: t.string({ description: 'Work e-mail address.' }),
    workPhone: t.string({ description: 'Work phone number.' }),
  }),
});

const personText = {
  name: 'Their name (1 to 200 characters).',
  email: 'E-mail address.',
  phone: 'Phone number.',
  postcode: 'Dutch postcode, e.g. 7137 AB.',
  notes: 'A short note (at most 500 characters); never special-category data.',
  legalReference: 'Required for PUBLIC_TASK: the law or decision (at most 300 characters).',
  consentDate: 'Required for CONSENT: when consent was given (not in the future).',
  consentTextVersion: 'Required for CONSENT: the version of the consent text.',
  purpose: 'What the person is recorded for (1 to 500 characters).',
  retainUntil: 'Until when the record may be kept (in the future).',
} as const;

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  description: 'A new person. The privacy fields (legal basis, purpose, retention) are required.',
  fields: (t) => ({
    name: t.string({ required: true, description: personText.name }),
    email: t.string({ description: personText.email }),
    phone: t.string({ description: personText.phone }),
    postcode: t.string({ description: personText.postcode }),
    notes: t.string({ description: personText.notes }),
    legalBasis: t.field({ type: LegalBasisEnum, required: true, description: 'The legal basis.' }),
    legalReference: t.string({ description: personText.legalReference }),
    consentDate: t.field({ type: 'Date', description: personText.consentDate }),
    consentTextVersion: t.string({ description: personText.consentTextVersion }),
    purpose: t.string({ required: true, description: personText.purpose }),
    retainUntil: t.field({ type: 'Date', required: true, description: personText.retainUntil }),
    objected: t.boolean({ description: 'Whether the person objected (false by default).' }),
    official: t.field({ type: OfficialInput, description: 'Set to record an official.' }),
  }),
});

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description:
    'Changes to a person: leave a field out to keep it, give null to clear an optional one.',
  fields: (t) => ({
    name: t.string({ description: personText.name }),
    email: t.string({ description: personText.email }),
    phone: t.string({ description: personText.phone }),
    postcode: t.string({ description: personText.postcode }),
    notes: t.string({ description: personText.notes }),
    legalBasis: t.field({ type: LegalBasisEnum, description: 'The legal basis.' }),
    legalReference: t.string({ description: personText.legalReference }),
    consentDate: t.field({ type: 'Date', description: personText.consentDate }),
    consentTextVersion: t.string({ description: personText.consentTextVersion }),
    purpose: t.string({ description: personText.purpose }),
    retainUntil: t.field({ type: 'Date', description: personText.retainUntil }),
    objected: t.boolean({ description: 'Record or withdraw an objection.' }),
    official: t.field({
      type: OfficialInput,
      description: 'Official details; null makes them no longer an official.',
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows the list of people; all given conditions must hold.',
  fields: (t) => ({
    areaId: t.id({ description: 'Living in or covering this area, or an area inside it.' }),
    themeId: t.id({ description: 'Active in or responsible for this theme.' }),
    officialRole: t.field({ type: OfficialRoleEnum, description: 'Officials with this role.' }),
    text: t.string({ description: 'Name contains this text (case-insensitive).' }),
  }),
});

builder.queryField('people', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: PersonRef,
      description: 'People in the register, by name.',
      args: { filter: t.arg({ type: PersonFilter, description: 'Narrow the list.' }) },
      resolve: async (_root, args, ctx) => {
        const scope = await registerScopeOf(ctx);
        return pageOf(args, (page) =>
          listPeople(
            ctx.db,
            scope,
            {
              areaId: optionalUuidOf(args.filter?.areaId, 'Area', 'filter.areaId'),
              themeId: optionalUuidOf(args.filter?.themeId, 'Theme', 'filter.themeId'),
              officialRole: args.filter?.officialRole,
              text: args.filter?.text?.trim() || null,
            },
            page,
          ),
        );
      },
    },
    { description: 'A page of people.' },
    { description: 'A person in a page of people.' },
  ),
);

builder.mutationField('createPerson', (t) =>
  t.field({
    authScopes: { register: true },
    type: PersonRef,
    description: 'Records a person with their legal basis, purpose and retention date.',
    args: { input: t.arg({ type: CreatePersonInput, required: true, description: 'The person.' }) },
    resolve: (_root, { input }, ctx) => createPerson(ctx.db, writeMetaFor(ctx.viewer), input),
  }),
);

builder.mutationField('updatePerson', (t) =>
  t.field({
    authScopes: { register: true },
    type: PersonRef,
    description: 'Changes a person. The legal-basis rules are checked on the result.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the person.' }),
      input: t.arg({ type: UpdatePersonInput, required: true, description: 'The changes.' }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      const person = await updatePerson(
        ctx.db,
        await registerScopeOf(ctx),
        writeMetaFor(ctx.viewer),
        uuidOf(id, 'Person'),
        input,
      );
      await audit(ctx, auditActions.personChanged, {
        subjectType: 'Person',
        subjectId: person.id,
        details: { fields: Object.keys(input).sort() },
      });
      return person;
    },
  }),
);

builder.mutationField('deletePerson', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes a person and all their links; contact moments stay, without them.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the person.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deletePerson(ctx.db, await registerScopeOf(ctx), uuidOf(id, 'Person'));
      return { id: encodeGlobalID('Person', uuid) };
    },
  }),
);
