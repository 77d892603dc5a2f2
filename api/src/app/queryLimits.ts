import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphqlConfig } from '../env.js';
import { graphqlRuntime } from './graphqlRealm.js';

/** The `extensions.code` of a request refused for its shape, before anything runs. */
export type QueryLimitCode =
  | 'DEPTH_LIMIT'
  | 'ALIAS_LIMIT'
  | 'TOKEN_LIMIT'
  | 'COST_LIMIT'
  | 'INTROSPECTION_DISABLED';

/**
 * A refusal with its code, answered with HTTP 400 whatever the client accepts (yoga reads
 * `extensions.http`; `spec: false` keeps it from answering 200 to `accept: application/json`).
 */
export function limitError(code: QueryLimitCode, message: string): GraphQLError {
  return new graphqlRuntime.GraphQLError(message, {
    extensions: { code, http: { status: 400, spec: false } },
  });
}

/** graphql-armor words its refusals as `Syntax Error: …`; they are not syntax errors. */
const plainMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error: /, '');

/** Reports the refusal as a validation error of the document, so nothing executes. */
const reportAs =
  (code: QueryLimitCode) => (context: ValidationContext | null, error: GraphQLError) => {
    if (!context) throw limitError(code, plainMessage(error));
    context.reportError(limitError(code, plainMessage(error)));
  };

/**
 * graphql-armor's depth, alias, token and cost limits (pinned past the max-depth bypass
 * advisories GHSA-hmfr-rx46-4jx2 and GHSA-224p-v68g-5g8f), field suggestions masked, and, when
 * introspection is off, every `__schema`/`__type` refused. The limits apply to introspection
 * queries too (`ignoreIntrospection: false`): nobody needs a deep one in production.
 */
export function queryLimitPlugins(config: GraphqlConfig): Plugin[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  const plugins: Plugin[] = [
    maxTokensPlugin({
      n: config.maxTokens,
      ...common,
      // The parser has no validation context to report to: throwing stops the parse.
      onReject: [(_context, error) => reportAs('TOKEN_LIMIT')(null, error)],
    }),
    maxDepthPlugin({
      n: config.maxDepth,
      ignoreIntrospection: false,
      ...common,
      onReject: [reportAs('DEPTH_LIMIT')],
    }),
    maxAliasesPlugin({ n: config.maxAliases, ...common, onReject: [reportAs('ALIAS_LIMIT')] }),
    costLimitPlugin({
      maxCost: config.maxCost,
      ignoreIntrospection: false,
      ...common,
      onReject: [reportAs('COST_LIMIT')],
    }),
    blockFieldSuggestionsPlugin(),
  ];
  if (!config.introspection) plugins.push(noIntrospection);
  return plugins;
}

/** Refuses `__schema` and `__type` (what graphql-js's NoSchemaIntrospectionCustomRule does), with our code. */
const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(
      (context: ValidationContext): ASTVisitor => ({
        Field(node) {
          if (node.name.value === '__schema' || node.name.value === '__type') {
            context.reportError(
              limitError('INTROSPECTION_DISABLED', 'Introspection is disabled in production.'),
            );
          }
        },
      }),
    );
  },
};
