import { accountOf, parseAccountsData } from '../models/accounts';
import { graphql } from './graphql';
import { defineOperation } from './graphqlClient';

/** Account administration (docs/privacy.md §1); ADMIN only. */
export const accountsQuery = defineOperation(
  graphql(`
    query Accounts {
      accounts { id username displayName roles areaIds disabled authMethod personId }
    }
  `),
  parseAccountsData,
);

export const createAccountMutation = defineOperation(
  graphql(`
    mutation CreateAccount($input: CreateAccountInput!) {
      createAccount(input: $input) {
        id username displayName roles areaIds disabled authMethod personId
      }
    }
  `),
  accountOf('createAccount'),
);

export const setAccountRolesMutation = defineOperation(
  graphql(`
    mutation SetAccountRoles($accountId: ID!, $roles: [Role!]!, $areaIds: [String!]) {
      setAccountRoles(accountId: $accountId, roles: $roles, areaIds: $areaIds) {
        id username displayName roles areaIds disabled authMethod personId
      }
    }
  `),
  accountOf('setAccountRoles'),
);

export const disableAccountMutation = defineOperation(
  graphql(`
    mutation DisableAccount($accountId: ID!) {
      disableAccount(accountId: $accountId) {
        id username displayName roles areaIds disabled authMethod personId
      }
    }
  `),
  accountOf('disableAccount'),
);
