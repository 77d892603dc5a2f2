import { encodeGlobalID } from '@pothos/plugin-relay';
import type { AnalysisRef } from '../services/analysisService.js';
import { labelOfKind } from '../services/searchKinds.js';
import { builder } from './builder.js';
import { SearchKindRef } from './search.js';

/** A stakeholder, area or theme as an analysis answer names it. */
export const AnalysisNodeRef = builder.objectRef<AnalysisRef>('AnalysisNode').implement({
  description:
    'A stakeholder, area or theme named in an analysis answer: its global id, kind and name.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id (resolvable with `node`).',
      resolve: (ref) => encodeGlobalID(labelOfKind(ref.kind), ref.id),
    }),
    kind: t.field({
      type: SearchKindRef,
      description: 'What it is.',
      resolve: (ref) => ref.kind,
    }),
    name: t.exposeString('name', { description: 'The name, or the title of an initiative.' }),
  }),
});

/** The strength a tie must have, after fading, to be followed (argument shared by the questions). */
export const minWeightDescription =
  'Ties weaker than this (strength 1–5, faded by months since the last contact: half after 12 months) are not followed; default 1.';
