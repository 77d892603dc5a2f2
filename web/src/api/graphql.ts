import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * `graphql()` parses a document and infers its result and variables types at compile time from
 * `graphql-env.d.ts`, the introspection of `api/schema.graphql` (`pnpm codegen` rewrites it; a
 * unit test fails when it is stale). Dates travel as ISO strings.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { Date: string; DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
