import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type ErasureResult,
  erasePerson,
  type ObjectionResult,
  recordObjection,
  subjectAccessExport,
} from '../services/privacyRightsService.js';
import { builder } from './builder.js';
import { uuidOf } from './globalIds.js';

interface SubjectAccessAnswer {
  personId: string;
  generatedAt: string;
  json: string;
  html: string;
}

const SubjectAccessRef = builder.objectRef<SubjectAccessAnswer>('SubjectAccess').implement({
  description:
    'Everything Antenne stores about one person (Art. 15 GDPR): their details, derived scores, links, contact moments, suggestions, linked accounts, and who viewed or changed them.',
  fields: (t) => ({
    personId: t.id({
      description: 'The global id of the person.',
      resolve: (answer) => encodeGlobalID('Person', answer.personId),
    }),
    generatedAt: t.exposeString('generatedAt', { description: 'When it was made (ISO-8601).' }),
    json: t.exposeString('json', { description: 'The export as a JSON document.' }),
    html: t.exposeString('html', {
      description: 'The same as a readable HTML page (print it to PDF for the resident).',
    }),
  }),
});

const ErasureRef = builder.objectRef<ErasureResult>('Erasure').implement({
  description:
    'What an erasure removed. The person is gone; only the ledger hash remains, so a restored backup can be erased again.',
  fields: (t) => ({
    personId: t.id({
      description: 'The global id the person had.',
      resolve: (result) => encodeGlobalID('Person', result.personId),
    }),
    ledgerHash: t.exposeString('ledgerHash', {
      description: 'The erasure-ledger entry: HMAC-SHA-256 of the id with the ledger secret.',
    }),
    linksRemoved: t.exposeInt('links', { description: 'Links deleted with the person.' }),
    contactsRemoved: t.exposeInt('contactsRemoved', {
      description: 'Contact moments deleted because no participant was left.',
    }),
    contactsKept: t.exposeInt('contactsKept', {
      description: 'Contact moments kept for their other participants, without the person.',
    }),
    suggestionsRemoved: t.exposeInt('suggestions', {
      description: 'Suggestions deleted or stripped of the person.',
    }),
    accountsUnlinked: t.exposeInt('accountsUnlinked', {
      description: 'Accounts that named the person and no longer do.',
    }),
  }),
});

const ObjectionRef = builder.objectRef<ObjectionResult>('Objection').implement({
  description:
    'A recorded objection (Art. 21 GDPR): the person stays in the register but is out of every projection, score, suggestion and export.',
  fields: (t) => ({
    personId: t.id({
      description: 'The global id of the person.',
      resolve: (result) => encodeGlobalID('Person', result.personId),
    }),
    objectedAt: t.exposeString('objectedAt', {
      description: 'When the objection was first recorded.',
    }),
    suggestionsRemoved: t.exposeInt('suggestionsRemoved', {
      description: 'Suggestions about the person deleted or stripped of them.',
    }),
    scoresCleared: t.exposeBoolean('scoresCleared', {
      description: 'Whether analysis scores were removed from the person.',
    }),
  }),
});

builder.queryField('subjectAccess', (t) =>
  t.field({
    authScopes: { privacyOfficer: true },
    type: SubjectAccessRef,
    description:
      'The subject-access export of a person, as JSON and as a readable page. PRIVACY_OFFICER only; audited.',
    args: { personId: t.arg.id({ required: true, description: 'The global id of the person.' }) },
    resolve: async (_root, { personId }, ctx) => {
      const { data, json, html } = await subjectAccessExport(
        ctx,
        uuidOf(personId, 'Person', 'personId'),
      );
      return { personId: data.personId, generatedAt: data.generatedAt, json, html };
    },
  }),
);

builder.mutationFields((t) => ({
  erasePerson: t.field({
    authScopes: { privacyOfficer: true },
    type: ErasureRef,
    description:
      'Erases a person (Art. 17 GDPR): the person, their links, their place in contact moments (a moment left without participants goes), suggestions and scores, leaving a hashed id in the erasure ledger. One transaction; PRIVACY_OFFICER only; audited.',
    args: { personId: t.arg.id({ required: true, description: 'The global id of the person.' }) },
    resolve: (_root, { personId }, ctx) =>
      erasePerson(ctx, uuidOf(personId, 'Person', 'personId'), ctx.privacy.erasureLedgerSecret),
  }),
  recordObjection: t.field({
    authScopes: { privacyOfficer: true },
    type: ObjectionRef,
    description:
      'Records that a person objects to the processing (Art. 21 GDPR): at once out of every projection, score, suggestion and export. One transaction; PRIVACY_OFFICER only; audited.',
    args: { personId: t.arg.id({ required: true, description: 'The global id of the person.' }) },
    resolve: (_root, { personId }, ctx) =>
      recordObjection(ctx, uuidOf(personId, 'Person', 'personId')),
  }),
}));
