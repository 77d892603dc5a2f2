import { parseSystemStatusData } from '../models/systemStatus';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

export const systemStatusQuery = defineOperation(
  graphql(`
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
  `),
  parseSystemStatusData,
);
