import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { networkQuery, stakeholderDetailsQuery } from './api/explorerOperations';
import { createGraphQLClient } from './api/graphqlClient';
import { createRegisterApi } from './api/registerApi';
import { systemStatusQuery } from './api/systemStatusQuery';
import { App, type AppStores } from './app/App';
import { createAnalysisStores } from './stores/analysisStores';
import { createExplorerStore } from './stores/explorerStore';
import { createLanguageStore } from './stores/languageStore';
import { createManagementStores } from './stores/managementStores';
import { createPrivacyStores } from './stores/privacyStores';
import { createRecordDialogStore } from './stores/recordDialogStore';
import { browserHistory, createRouteStore } from './stores/routeStore';
import { createSystemStatusStore } from './stores/systemStatusStore';
import { withTestHooks } from './testHooks';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/systemStatus.css';
import './styles/explorer.css';
import './styles/forms.css';
import './styles/analysis.css';

const client = createGraphQLClient();

const stores: AppStores = {
  language: createLanguageStore(browserStorage()),
  systemStatus: createSystemStatusStore((signal) =>
    client.request(systemStatusQuery, {}, { signal }),
  ),
  route: createRouteStore(browserHistory(window)),
  explorer: createExplorerStore({
    network: withTestHooks((center, signal, limit) =>
      client.request(networkQuery, { center, depth: 1, limit }, { signal }),
    ),
    details: (id, signal) => client.request(stakeholderDetailsQuery, { id }, { signal }),
  }),
  recordDialog: createRecordDialogStore(),
  ...createAnalysisStores(client),
  ...createManagementStores(client),
  ...createPrivacyStores(client),
};
void stores.systemStatus.refresh();
void stores.session.refresh();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App stores={stores} api={createRegisterApi(client)} />
  </StrictMode>,
);

/** localStorage, or nothing when the browser blocks it (some privacy settings throw on access). */
function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
