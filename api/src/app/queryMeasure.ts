import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLSchema } from 'graphql';
import { graphqlRuntime } from './graphqlRealm.js';

/** What the query limits see of a document: its largest operation's depth, aliases and cost. */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  tokens: number;
  cost: number;
}

const unlimited = Number.MAX_SAFE_INTEGER;

/**
 * Measures a document exactly as the limits in `queryLimits.ts` count (the same graphql-armor
 * rules and options, with no ceiling), so a test can show how close an operation is to them.
 */
export function measureQuery(schema: GraphQLSchema, source: string): QueryMeasure {
  const parser = new MaxTokensParserWLexer(source, { n: unlimited });
  const document = parser.parseDocument();
  const measure: QueryMeasure = { depth: 0, aliases: 0, tokens: parser.tokenCount, cost: 0 };
  const keep = (key: 'depth' | 'aliases' | 'cost') => (_context: unknown, details: unknown) => {
    const n = (details as { n?: unknown }).n;
    if (typeof n === 'number') measure[key] = Math.max(measure[key], n);
  };
  graphqlRuntime.validate(schema, document, [
    maxDepthRule({ n: unlimited, ignoreIntrospection: false, onAccept: [keep('depth')] }),
    maxAliasesRule({ n: unlimited, onAccept: [keep('aliases')] }),
    costLimitRule({ maxCost: unlimited, ignoreIntrospection: false, onAccept: [keep('cost')] }),
  ]);
  return measure;
}
