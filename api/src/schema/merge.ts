import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import type { Organization, Person } from '../domain/model.js';
import { type MergeResult, mergeStakeholders } from '../services/mergeService.js';
import { builder } from './builder.js';
import { decodeIdOf } from './globalIds.js';
import { ParticipantRef } from './linkEnd.js';
import { loadEntity } from './refs.js';

const mergeableTypenames = ['Person', 'Organization'] as const;

const MergeResultRef = builder.objectRef<MergeResult>('MergeResult').implement({
  description: 'What merging two records of the same stakeholder did.',
  fields: (t) => ({
    keptId: t.id({
      description: 'The global id of the record that remains, now holding everything of both.',
      resolve: (result) => encodeGlobalID(result.label, result.keptId),
    }),
    kept: t.field({
      type: ParticipantRef,
      description: 'The person or organization that remains, as it is after the merge.',
      resolve: (result, _args, ctx) =>
        loadEntity(ctx, { label: result.label, id: result.keptId }) as Promise<
          Person | Organization
        >,
    }),
    mergedId: t.id({
      description: 'The global id of the record that was merged in and no longer exists.',
      resolve: (result) => encodeGlobalID(result.label, result.mergedId),
    }),
    movedLinks: t.exposeInt('movedLinks', {
      description:
        'Links and contact participations of the merged record that now belong to the kept one.',
    }),
    combinedLinks: t.exposeInt('combinedLinks', {
      description:
        'Links folded into the same link the kept record already had (strongest strength, latest last contact, earliest since).',
    }),
    removedLinks: t.exposeInt('removedLinks', {
      description:
        'Links between the two records, dropped because they would have linked the stakeholder to itself.',
    }),
    mergedFrom: t.stringList({
      description:
        'The global ids of every record merged into the kept one so far (this merge included), kept as provenance.',
      resolve: (result) => result.mergedFrom.map((id) => encodeGlobalID(result.label, id)),
    }),
  }),
});

builder.mutationField('mergeStakeholders', (t) =>
  t.field({
    authScopes: { register: true },
    type: MergeResultRef,
    description:
      'Merges two records of the same stakeholder (two people, or two organizations) in one transaction: every link and contact of the merged record moves to the kept one with its provenance, duplicate links are combined, missing details are filled in, an objection of either is kept, and the merged record is deleted. It happens wholly or not at all.',
    args: {
      keepId: t.arg.id({
        required: true,
        description: 'The global id of the person or organization record to keep.',
      }),
      mergeId: t.arg.id({
        required: true,
        description:
          'The global id of the duplicate record to merge into it (same kind); it is deleted.',
      }),
    },
    resolve: async (_root, args, ctx) =>
      mergeStakeholders(ctx.db, await registerScopeOf(ctx), {
        keep: decodeIdOf(String(args.keepId), mergeableTypenames, 'keepId'),
        merge: decodeIdOf(String(args.mergeId), mergeableTypenames, 'mergeId'),
      }),
  }),
);
