import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphQLClient } from './api/graphqlClient';
import { systemStatusQuery } from './api/systemStatusQuery';
import { App, type AppStores } from './app/App';
import { createLanguageStore } from './stores/languageStore';
import { createSystemStatusStore } from './stores/systemStatusStore';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/systemStatus.css';

const client = createGraphQLClient();

const stores: AppStores = {
  language: createLanguageStore(browserStorage()),
  systemStatus: createSystemStatusStore((signal) =>
    client.request(systemStatusQuery, {}, { signal }),
  ),
};
void stores.systemStatus.refresh();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App stores={stores} />
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
