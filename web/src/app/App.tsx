import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import type { RegisterApi } from '../api/registerApi';
import { RecordDialog, type Recorded } from '../features/recording/RecordDialog';
import { RegisterApiProvider } from '../features/recording/RegisterApiContext';
import { SystemStatusPanel } from '../features/systemStatus/SystemStatusPanel';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { EntityRef } from '../models/stakeholderDetails';
import type { ExplorerStore } from '../stores/explorerStore';
import type { LanguageStore } from '../stores/languageStore';
import type { RecordDialogStore } from '../stores/recordDialogStore';
import type { RouteStore } from '../stores/routeStore';
import type { SystemStatusStore } from '../stores/systemStatusStore';
import { AppHeader } from './AppHeader';
import { AppNavigation } from './AppNavigation';

// The explorer brings Cytoscape along: load it only when the user goes there.
const ExplorerPage = lazy(() =>
  import('../features/explorer/ExplorerPage').then((module) => ({ default: module.ExplorerPage })),
);

export interface AppStores {
  language: LanguageStore;
  systemStatus: SystemStatusStore;
  route: RouteStore;
  explorer: ExplorerStore;
  recordDialog: RecordDialogStore;
}

/** The shell: header, left navigation with the views that work, and the current view. */
export function App({ stores, api }: { stores: AppStores; api: RegisterApi }) {
  return (
    <I18nProvider store={stores.language}>
      <RegisterApiProvider api={api}>
        <Shell stores={stores} />
      </RegisterApiProvider>
    </I18nProvider>
  );
}

function Shell({ stores }: { stores: AppStores }) {
  const { t } = useI18n();
  const route = useSyncExternalStore(stores.route.subscribe, stores.route.getSnapshot);
  const explorer = useSyncExternalStore(stores.explorer.subscribe, stores.explorer.getSnapshot);
  const [message, setMessage] = useState<Recorded['message'] | null>(null);
  const details = explorer.details.phase === 'loaded' ? explorer.details.details : null;
  const onScreen: EntityRef | null =
    route.view === 'explorer' && details && details.kind !== 'AREA' && details.kind !== 'THEME'
      ? {
          id: details.id,
          kind: details.kind,
          label: details.name,
          sublabel: null,
          official: details.kind === 'PERSON' && details.official !== null,
        }
      : null;

  const onRecorded = (recorded: Recorded) => {
    setMessage(() => recorded.message);
    const hasCenter = explorer.graph.centerId !== null;
    if (route.view === 'explorer' && hasCenter) {
      stores.explorer.recorded({ nodes: recorded.nodes, edges: recorded.edges });
    } else if (recorded.created) {
      stores.route.navigate({ view: 'explorer', focus: recorded.created.id });
    }
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader onAdd={() => stores.recordDialog.open('person')} />
      <div className="app-body">
        <AppNavigation route={route} navigate={stores.route.navigate} />
        <main id="main" className={`app-main app-main--${route.view}`} tabIndex={-1}>
          <p className="flash" role="status" data-testid="flash">
            {message?.(t)}
          </p>
          {route.view === 'home' && (
            <>
              <section className="home-intro" aria-labelledby="home-title">
                <h1 id="home-title">{t('home.title')}</h1>
                <p>{t('home.intro')}</p>
              </section>
              <SystemStatusPanel store={stores.systemStatus} />
            </>
          )}
          {route.view === 'explorer' && (
            <Suspense fallback={<p className="muted">{t('explorer.loading')}</p>}>
              <ExplorerPage
                focus={route.focus}
                store={stores.explorer}
                recordDialog={stores.recordDialog}
                navigate={(next) => {
                  setMessage(null);
                  stores.route.navigate(next);
                }}
              />
            </Suspense>
          )}
        </main>
      </div>
      <RecordDialog
        store={stores.recordDialog}
        defaultLinkFrom={onScreen}
        onRecorded={onRecorded}
      />
    </>
  );
}
