import type { Provenance } from '../domain/model.js';
import { builder } from './builder.js';

/** Provenance, shared by every entity and link. */
export const RecordedRef = builder.interfaceRef<Provenance>('Recorded').implement({
  description: 'Who recorded something, when, and where it came from (provenance).',
  fields: (t) => ({
    createdAt: t.field({
      type: 'DateTime',
      description: 'When it was recorded.',
      resolve: (record) => record.createdAt,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it was last changed.',
      resolve: (record) => record.updatedAt,
    }),
    createdBy: t.exposeString('createdBy', {
      description: 'The user id of whoever recorded it, or `system`.',
    }),
    source: t.exposeString('source', {
      description: 'Where it came from: `manual`, `seed` or `import:<file name>`.',
    }),
  }),
});
