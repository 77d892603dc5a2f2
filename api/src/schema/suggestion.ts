import { encodeGlobalID } from '@pothos/plugin-relay';
import { requireRole } from '../auth/authorization.js';
import { registerScopeOf } from '../auth/registerScope.js';
import type { Role } from '../auth/roles.js';
import { ValidationError } from '../domain/errors.js';
import { type StoredSuggestion, suggestionStatuses } from '../repositories/suggestionRepository.js';
import {
  requireStakeholderInScope,
  requireSuggestionInScope,
  suggestionsInScope,
} from '../services/scopedAnalysis.js';
import {
  decideSuggestion,
  type SuggestionAnswer,
  suggestIntroductionsFor,
} from '../services/suggestionService.js';
import { AnalysisNodeRef } from './analysisRefs.js';
import { builder } from './builder.js';
import { decodeIdOf, uuidOf } from './globalIds.js';

const SuggestionStatusRef = builder.enumType('SuggestionStatus', {
  description: 'Where a suggested introduction stands.',
  values: Object.fromEntries(
    suggestionStatuses.map((status) => [
      status,
      {
        description: {
          OPEN: 'Not decided yet.',
          ACCEPTED: 'Accepted: the two now know each other (a KNOWS link introduced by Antenne).',
          DISMISSED: 'Dismissed: never suggested again for this pair.',
          SNOOZED: 'Put off until a date; suggested again after it.',
        }[status],
      },
    ]),
  ) as Record<(typeof suggestionStatuses)[number], { description: string }>,
});

const SuggestionDecisionRef = builder.enumType('SuggestionDecision', {
  description: 'What to do with a suggested introduction.',
  values: {
    ACCEPT: { description: 'Make the introduction: records a KNOWS link (strength 2).' },
    DISMISS: { description: 'Never suggest this pair again.' },
    SNOOZE: { description: 'Suggest again after `snoozeUntil`.' },
  },
});

const ReasonRef = builder.objectRef<{ nl: string; en: string }>('SuggestionReason').implement({
  description: 'One reason for an introduction, in Dutch and English.',
  fields: (t) => ({
    nl: t.exposeString('nl', { description: 'In Dutch.' }),
    en: t.exposeString('en', { description: 'In English.' }),
  }),
});

const reasonsOf = (s: StoredSuggestion) =>
  s.reasonsNl.map((nl, index) => ({ nl, en: s.reasonsEn[index] ?? nl }));

const SuggestionRef = builder.objectRef<SuggestionAnswer>('Suggestion').implement({
  authScopes: { register: true },
  description:
    'A suggested introduction, scored by structure (Adamic–Adar over mutual contacts) and purpose (shared theme across kernen, an initiative’s needs, bridging two communities).',
  fields: (t) => ({
    id: t.id({
      description: 'The global id, for `decideSuggestion`.',
      resolve: (s) => encodeGlobalID('Suggestion', s.stored.id),
    }),
    subject: t.field({
      type: AnalysisNodeRef,
      description: 'The person or initiative the suggestion is for.',
      resolve: (s) => s.subject,
    }),
    candidate: t.field({
      type: AnalysisNodeRef,
      description: 'The person to introduce.',
      resolve: (s) => s.candidate,
    }),
    score: t.float({
      description: 'Higher is better; comparable within one list.',
      resolve: (s) => s.stored.score,
    }),
    mutualContacts: t.field({
      type: [AnalysisNodeRef],
      description: 'Whom both already know.',
      resolve: (s) => s.mutualContacts,
    }),
    reasons: t.field({
      type: [ReasonRef],
      description: 'Why, one reason each.',
      resolve: (s) => reasonsOf(s.stored),
    }),
    reasonsNl: t.string({
      description: 'The reasons in one Dutch sentence.',
      resolve: (s) => s.stored.reasonsNl.join('; '),
    }),
    reasonsEn: t.string({
      description: 'The reasons in one English sentence.',
      resolve: (s) => s.stored.reasonsEn.join('; '),
    }),
    status: t.field({
      type: SuggestionStatusRef,
      description: 'Where it stands.',
      resolve: (s) => s.stored.status,
    }),
  }),
});

const DecidedSuggestionRef = builder.objectRef<StoredSuggestion>('DecidedSuggestion').implement({
  authScopes: { register: true },
  description: 'A suggestion after a decision.',
  fields: (t) => ({
    id: t.id({ description: 'The global id.', resolve: (s) => encodeGlobalID('Suggestion', s.id) }),
    status: t.field({
      type: SuggestionStatusRef,
      description: 'The new status.',
      resolve: (s) => s.status,
    }),
    decidedBy: t.exposeString('decidedBy', {
      nullable: true,
      description: 'The account that decided (or `system`).',
    }),
    decidedAt: t.exposeString('decidedAt', {
      nullable: true,
      description: 'When (ISO date-time).',
    }),
    snoozedUntil: t.expose('snoozedUntil', {
      type: 'Date',
      nullable: true,
      description: 'Until when it is snoozed.',
    }),
    reasons: t.field({
      type: [ReasonRef],
      description: 'The reasons it was suggested for.',
      resolve: reasonsOf,
    }),
  }),
});

builder.queryField('suggestions', (t) =>
  t.field({
    authScopes: { register: true },
    type: [SuggestionRef],
    description:
      'Suggested introductions for a person or for an initiative, best first, each stored so it can be decided. Dismissed and accepted pairs never come back; people who objected never appear.',
    args: {
      for: t.arg.id({ required: true, description: 'The global id of a person or an initiative.' }),
      first: t.arg.int({ required: false, defaultValue: 10, description: 'How many, 1 to 50.' }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      if (first < 1 || first > 50)
        throw new ValidationError('first', 'Ask for 1 to 50 suggestions.');
      const subject = decodeIdOf(String(args.for), ['Person', 'Initiative'] as const, 'for');
      const scope = await registerScopeOf(ctx);
      await requireStakeholderInScope(ctx.db, scope, subject.label, subject.id);
      const answers = await suggestIntroductionsFor(
        ctx.db,
        { kind: subject.label === 'Person' ? 'PERSON' : 'INITIATIVE', id: subject.id },
        first,
        new Date(),
        ctx.analysis,
        scope,
      );
      return suggestionsInScope(ctx.db, scope, answers);
    },
  }),
);

/** Who may decide a suggestion: the roles that record links. */
const suggestionDeciders: Role[] = ['OFFICIAL', 'AREA_BROKER'];

builder.mutationField('decideSuggestion', (t) =>
  t.field({
    authScopes: { $any: { official: true, areaBroker: true } },
    type: DecidedSuggestionRef,
    description:
      'Accepts (records a KNOWS link, strength 2, source `introduced-by-antenne`), dismisses (for good) or snoozes a suggestion, in one transaction with its audit entry. Needs the OFFICIAL or AREA_BROKER role (UNAUTHENTICATED when signed out, FORBIDDEN otherwise). CONFLICT when it was already accepted or dismissed.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the suggestion.' }),
      decision: t.arg({
        type: SuggestionDecisionRef,
        required: true,
        description: 'The decision.',
      }),
      snoozeUntil: t.arg({
        type: 'Date',
        required: false,
        description: 'For SNOOZE: a date after today.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      // Accepting records a link: the roles that may record links (docs/privacy.md, section 7).
      const viewer = requireRole(ctx.viewer, ...suggestionDeciders);
      const id = uuidOf(String(args.id), 'Suggestion');
      await requireSuggestionInScope(ctx.db, await registerScopeOf(ctx), id);
      return decideSuggestion(
        ctx.db,
        {
          id,
          decision: args.decision,
          snoozeUntil: args.snoozeUntil ?? null,
          actor: viewer.userId,
        },
        ctx.clock(),
        ctx,
      );
    },
  }),
);
