import {
  accountsQuery,
  createAccountMutation,
  disableAccountMutation,
  setAccountRolesMutation,
} from '../api/accountOperations';
import type { GraphQLClient } from '../api/graphqlClient';
import {
  auditChainStatusQuery,
  auditTrailQuery,
  erasePersonMutation,
  recordObjectionMutation,
  subjectAccessQuery,
} from '../api/privacyOperations';
import { publicAreasQuery } from '../api/publicPageOperations';
import { type AccountsStore, createAccountsStore } from './accountsStore';
import { createPrivacyStore, type PrivacyStore } from './privacyStore';

/** The privacy officer's tools and the administrator's account management. */
export interface PrivacyStores {
  privacy: PrivacyStore;
  accounts: AccountsStore;
}

export function createPrivacyStores(client: GraphQLClient): PrivacyStores {
  return {
    privacy: createPrivacyStore({
      subjectAccess: (personId) => client.request(subjectAccessQuery, { personId }),
      recordObjection: (personId) => client.request(recordObjectionMutation, { personId }),
      erasePerson: (personId) => client.request(erasePersonMutation, { personId }),
      auditTrail: (query, signal) => client.request(auditTrailQuery, query, { signal }),
      auditChainStatus: (signal) => client.request(auditChainStatusQuery, {}, { signal }),
    }),
    accounts: createAccountsStore({
      accounts: (signal) => client.request(accountsQuery, {}, { signal }),
      areas: (signal) => client.request(publicAreasQuery, {}, { signal }),
      create: (input) => client.request(createAccountMutation, { input }),
      setRoles: (accountId, roles, areaIds) =>
        client.request(setAccountRolesMutation, { accountId, roles, areaIds }),
      disable: (accountId) => client.request(disableAccountMutation, { accountId }),
    }),
  };
}
