import { parseSystemStatusData, type SystemStatus } from '../models/systemStatus';
import type { GraphQLOperation, NoVariables } from './graphqlClient';

export const systemStatusQuery: GraphQLOperation<SystemStatus, NoVariables> = {
  name: 'SystemStatus',
  query: /* GraphQL */ `
    query SystemStatus {
      systemStatus {
        version
        database {
          reachable
          neo4jVersion
          edition
          migrationsApplied
        }
      }
    }
  `,
  parse: parseSystemStatusData,
};
