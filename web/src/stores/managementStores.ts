import { handoverQuery, managementDashboardQuery } from '../api/dashboardOperations';
import type { GraphQLClient } from '../api/graphqlClient';
import { publicAreaPageQuery, publicAreasQuery } from '../api/publicPageOperations';
import { meQuery, signInMutation, signOutMutation } from '../api/sessionOperations';
import { createDashboardStore, type DashboardStore } from './dashboardStore';
import { createPublicPageStore, type PublicPageStore } from './publicPageStore';
import { createSessionStore, type SessionStore } from './sessionStore';

/** The session (who is signed in), the management dashboard and the residents' public page. */
export interface ManagementStores {
  session: SessionStore;
  dashboard: DashboardStore;
  publicPage: PublicPageStore;
}

export function createManagementStores(client: GraphQLClient): ManagementStores {
  return {
    session: createSessionStore({
      me: () => client.request(meQuery, {}),
      signIn: (username, password) => client.request(signInMutation, { username, password }),
      signOut: () => client.request(signOutMutation, {}),
    }),
    dashboard: createDashboardStore({
      dashboard: (signal) => client.request(managementDashboardQuery, {}, { signal }),
      handover: (postId, areaId, signal) =>
        client.request(handoverQuery, { postId, areaId }, { signal }),
    }),
    publicPage: createPublicPageStore({
      areas: (signal) => client.request(publicAreasQuery, {}, { signal }),
      page: (query, signal) =>
        client.request(
          publicAreaPageQuery,
          'areaId' in query ? { areaId: query.areaId } : { postcode: query.postcode },
          { signal },
        ),
    }),
  };
}
