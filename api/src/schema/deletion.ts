import { builder } from './builder.js';

/** What a delete mutation answers: the global id that no longer exists. */
export const DeletionRef = builder.objectRef<{ id: string }>('Deletion').implement({
  description: 'The result of a delete: the global id of what was removed.',
  fields: (t) => ({
    deletedId: t.id({ description: 'The global id of the removed object.', resolve: (d) => d.id }),
  }),
});
