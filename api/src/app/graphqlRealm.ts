import { createRequire } from 'node:module';

/**
 * graphql-js as yoga, Pothos and graphql-armor load it (CommonJS). Under vitest an ES import of
 * 'graphql' gives a second copy: yoga then fails `instanceof GraphQLError` for our errors (and
 * masks them as 500) and `validate` refuses the schema as "from another realm". Node itself loads
 * the CommonJS copy for both, so this is the same module in production.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql');
