import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import type { RegisterApi } from '../api/registerApi';
import { NoAccessPage } from '../features/access/NoAccessPage';
import { RecordDialog, type Recorded } from '../features/recording/RecordDialog';
import { RegisterApiProvider } from '../features/recording/RegisterApiContext';
import { SignInPage } from '../features/signIn/SignInPage';
import { SystemStatusPanel } from '../features/systemStatus/SystemStatusPanel';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { mayUseRegister, rolesForView, viewAccess } from '../models/access';
import { formatRoute, parseRoute } from '../models/route';
import { dashboardRoles, holdsRole } from '../models/session';
import type { EntityRef } from '../models/stakeholderDetails';
import type { AnalysisStores } from '../stores/analysisStores';
import type { ExplorerStore } from '../stores/explorerStore';
import type { LanguageStore } from '../stores/languageStore';
import type { ManagementStores } from '../stores/managementStores';
import type { PrivacyStores } from '../stores/privacyStores';
import type { RecordDialogStore } from '../stores/recordDialogStore';
import type { RouteStore } from '../stores/routeStore';
import type { SystemStatusStore } from '../stores/systemStatusStore';
import { AppHeader } from './AppHeader';
import { AppNavigation } from './AppNavigation';
import { SessionMenu } from './SessionMenu';

// The explorer brings Cytoscape along: load it only when the user goes there.
const ExplorerPage = lazy(() =>
  import('../features/explorer/ExplorerPage').then((module) => ({ default: module.ExplorerPage })),
);
const DataTransferView = lazy(() =>
  import('../features/dataTransfer/DataTransferView').then((module) => ({
    default: module.DataTransferView,
  })),
);

// The antennae, initiative and suggestion views (Cytoscape too, for the first two).
const AntennaePage = lazy(() =>
  import('../features/antennae/AntennaePage').then((module) => ({ default: module.AntennaePage })),
);
const InitiativesPage = lazy(() =>
  import('../features/initiatives/InitiativesPage').then((module) => ({
    default: module.InitiativesPage,
  })),
);
// The management dashboard and the residents' page (d3-geo for the map).
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((module) => ({
    default: module.DashboardPage,
  })),
);
const PublicPage = lazy(() =>
  import('../features/publicPage/PublicPage').then((module) => ({ default: module.PublicPage })),
);
// The privacy officer's tools and the administrator's account management.
const PrivacyPage = lazy(() =>
  import('../features/privacy/PrivacyPage').then((module) => ({ default: module.PrivacyPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/AccountsPage').then((module) => ({
    default: module.AccountsPage,
  })),
);
const SuggestionsPage = lazy(() =>
  import('../features/suggestions/SuggestionsPage').then((module) => ({
    default: module.SuggestionsPage,
  })),
);

export interface AppStores extends AnalysisStores, ManagementStores, PrivacyStores {
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
  const session = useSyncExternalStore(stores.session.subscribe, stores.session.getSnapshot);
  const details = explorer.details.phase === 'loaded' ? explorer.details.details : null;
  const access = viewAccess(route.view, session);
  // Anonymous users who open a register view are sent to sign in, and come back afterwards.
  useEffect(() => {
    if (access === 'signInRequired') {
      stores.route.redirect({ view: 'signIn', returnTo: formatRoute(route) });
    }
  }, [access, route, stores.route]);
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

  if (route.view === 'publicPage') {
    // Residents see their own page, without the officials' navigation.
    return (
      <Suspense fallback={<p className="muted">{t('public.loading')}</p>}>
        <PublicPage store={stores.publicPage} />
      </Suspense>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        onAdd={mayUseRegister(session.account) ? () => stores.recordDialog.open('person') : null}
        account={
          <SessionMenu
            store={stores.session}
            onSignIn={() =>
              stores.route.navigate({
                view: 'signIn',
                returnTo:
                  route.view === 'home' || route.view === 'signIn' ? null : formatRoute(route),
              })
            }
            onSignedOut={() => stores.route.navigate({ view: 'home' })}
          />
        }
      />
      <div className="app-body">
        <AppNavigation route={route} navigate={stores.route.navigate} account={session.account} />
        <main id="main" className={`app-main app-main--${route.view}`} tabIndex={-1}>
          <p className="flash" role="status" data-testid="flash">
            {message?.(t)}
          </p>
          {(access === 'checking' || access === 'signInRequired') && (
            <p className="muted" data-testid="access-checking">
              {t('access.checking')}
            </p>
          )}
          {access === 'forbidden' && (
            <NoAccessPage
              roles={session.account?.roles ?? []}
              allowed={rolesForView(route.view) ?? []}
              onHome={() => stores.route.navigate({ view: 'home' })}
            />
          )}
          {(access === 'open' || access === 'allowed') && (
            <>
              {route.view === 'home' && (
                <>
                  <section className="home-intro" aria-labelledby="home-title">
                    <h1 id="home-title">{t('home.title')}</h1>
                    <p>{t('home.intro')}</p>
                  </section>
                  <SystemStatusPanel store={stores.systemStatus} />
                </>
              )}
              {route.view === 'signIn' && (
                <SignInPage
                  store={stores.session}
                  returning={Boolean(route.returnTo)}
                  onSignedIn={(account) => {
                    if (route.returnTo) {
                      const back = new URL(route.returnTo, window.location.origin);
                      stores.route.redirect(parseRoute(back.pathname, back.search));
                    } else {
                      stores.route.navigate(
                        holdsRole(account, ...dashboardRoles)
                          ? { view: 'dashboard' }
                          : { view: 'home' },
                      );
                    }
                  }}
                />
              )}
              {route.view === 'dashboard' && (
                <Suspense fallback={<p className="muted">{t('dashboard.loading')}</p>}>
                  <DashboardPage
                    store={stores.dashboard}
                    session={stores.session}
                    onSignIn={() =>
                      stores.route.navigate({ view: 'signIn', returnTo: '/dashboard' })
                    }
                  />
                </Suspense>
              )}
              {route.view === 'privacy' && (
                <Suspense fallback={<p className="muted">{t('audit.loading')}</p>}>
                  <PrivacyPage
                    privacy={stores.privacy}
                    onRectify={(personId) =>
                      stores.route.navigate({ view: 'explorer', focus: personId })
                    }
                  />
                </Suspense>
              )}
              {route.view === 'accounts' && (
                <Suspense fallback={<p className="muted">{t('accounts.loading')}</p>}>
                  <AccountsPage store={stores.accounts} />
                </Suspense>
              )}
              {route.view === 'dataTransfer' && (
                <Suspense fallback={<p className="muted">{t('dataTransfer.previewing')}</p>}>
                  <DataTransferView />
                </Suspense>
              )}
              {route.view === 'antennae' && (
                <Suspense fallback={<p className="muted">{t('antennae.loading')}</p>}>
                  <AntennaePage store={stores.antennae} navigate={stores.route.navigate} />
                </Suspense>
              )}
              {route.view === 'initiatives' && (
                <Suspense fallback={<p className="muted">{t('initiative.loading')}</p>}>
                  <InitiativesPage
                    id={route.id}
                    store={stores.initiatives}
                    suggestions={stores.initiativeSuggestions}
                    navigate={stores.route.navigate}
                  />
                </Suspense>
              )}
              {route.view === 'suggestions' && (
                <Suspense fallback={<p className="muted">{t('suggestions.loading')}</p>}>
                  <SuggestionsPage
                    forId={route.forId}
                    store={stores.suggestions}
                    navigate={stores.route.navigate}
                  />
                </Suspense>
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
            </>
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
