import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useAuthHttp } from '../auth/authHttpPlugin.js';
import { createAuthServices } from '../auth/authServices.js';
import { clientAddressOf } from '../auth/clientAddress.js';
import { parseEnv } from '../env.js';
import { schema } from '../schema/index.js';
import { type AppServices, createRequestContext, type RequestContext } from './context.js';
import { useExportHttp } from './exportRoute.js';
import { maskError } from './maskError.js';
import { useMutationRateLimit } from './mutationRateLimit.js';
import { queryLimitPlugins } from './queryLimits.js';
import { requestIdOf, useRequestLog } from './requestLog.js';

export type AntenneYoga = YogaServerInstance<Record<string, unknown>, RequestContext>;

/**
 * The GraphQL server at /graphql, liveness at /live, and /health that answers 200 only when
 * Neo4j answers. Unexpected errors are masked; expected ones carry `extensions.code`. Every
 * request passes the query limits (depth, aliases, tokens, cost) and mutations a rate limit;
 * introspection and GraphiQL are off in production (see docs/privacy.md).
 */
export function createAntenneYoga(services: AppServices): AntenneYoga {
  const auth = services.auth ?? createAuthServices();
  const limits = services.graphql ?? parseEnv({}).graphql;
  return createYoga<Record<string, unknown>, RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: limits.introspection ? { title: 'Antenne GraphQL' } : false,
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => services.log.debug(args.map(String).join(' ')),
      info: (...args) => services.log.info(args.map(String).join(' ')),
      warn: (...args) => services.log.warn(args.map(String).join(' ')),
      error: (...args) => {
        const [first, ...rest] = args;
        services.log.error({ err: first, details: rest.map(String) }, 'graphql error');
      },
    },
    context: ({ request, ...serverContext }) =>
      createRequestContext(
        { ...services, auth },
        request,
        requestIdOf(request),
        clientAddressOf(request, serverContext, auth.config.trustProxy),
      ),
    plugins: [
      useRequestLog(services.log),
      useAuthHttp({ db: services.db, log: services.log, auth }),
      ...queryLimitPlugins(limits),
      useMutationRateLimit(limits.mutationsPerMinute, auth.clock),
      useExportHttp({ ...services, auth }),
      useReadinessCheck({
        endpoint: '/health',
        check: async ({ fetchAPI }) => {
          const ok = await services.db.ping();
          return new fetchAPI.Response(
            JSON.stringify({ status: ok ? 'ok' : 'unavailable', neo4j: ok ? 'up' : 'down' }),
            { status: ok ? 200 : 503, headers: { 'content-type': 'application/json' } },
          );
        },
      }),
    ],
  });
}
