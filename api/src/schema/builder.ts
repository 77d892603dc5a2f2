import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { RequestContext } from '../app/context.js';
import { type AuthScopes, authScopesOf, scopeFailureError } from '../auth/authScopes.js';
import { auditPersonViews } from './personViews.js';

/**
 * Sets up the builder and its plugins; defines no types (one file per type sits beside it).
 * Expected errors are thrown as domain errors and surfaced by `app/maskError.ts` with
 * `extensions.code` (see docs/adr/0001-data-model.md), so plugin-errors has no default types.
 * Every register type and every Query/Mutation field carries `authScopes` (docs/privacy.md §7);
 * a failed check is UNAUTHENTICATED for anonymous viewers and FORBIDDEN for signed-in ones.
 */
export const builder = new SchemaBuilder<{
  Context: RequestContext;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  scopeAuth: {
    authScopes: (ctx) => authScopesOf(ctx.viewer),
    unauthorizedError: (_parent, ctx) => scopeFailureError(ctx.viewer),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: {
      description: 'Anything with a global id: fetch it again with `node(id:)`.',
    },
    idFieldOptions: { description: 'The global id (Relay) of this object.' },
    nodeQueryOptions: {
      authScopes: { register: true },
      resolve: async (_root, { id }, ctx, _info, resolveNode) => {
        const node = await resolveNode(id);
        await auditPersonViews(ctx, [node]);
        return node;
      },
      description: 'The object with this global id, or null when there is none.',
      args: { id: { description: 'A global id, as returned by any `id` field.' } },
    },
    nodesQueryOptions: {
      authScopes: { register: true },
      resolve: async (_root, { ids }, ctx, _info, resolveNodes) => {
        const nodes = await resolveNodes(ids);
        await auditPersonViews(ctx, nodes);
        return nodes;
      },
      description:
        'The objects with these global ids, in the same order; null where there is none.',
      args: { ids: { description: 'Global ids, as returned by any `id` field.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: {
      description:
        'The cursor of the last item of this page: pass it as `after` for the next page.',
    },
    firstArgOptions: {
      description: 'How many items to return from the start (at most 100; 20 by default).',
    },
    afterArgOptions: {
      description: 'Return items after this cursor (an `endCursor` of an earlier page).',
    },
    lastArgOptions: { description: 'How many items to return from the end (at most 100).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    cursorFieldOptions: {
      description: 'An opaque position in the list, for `after` and `before`.',
    },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and their cursors.' },
    defaultConnectionTypeOptions: { description: 'A page of a list, with cursors to page on.' },
    defaultEdgeTypeOptions: { description: 'One item of a page, with its cursor.' },
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({ description: 'Read access to the Antenne network register.' });
builder.mutationType({
  description: 'Changes: sign-in and accounts, and the register (each mutation one transaction).',
});
