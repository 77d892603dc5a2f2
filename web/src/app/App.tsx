import { SystemStatusPanel } from '../features/systemStatus/SystemStatusPanel';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { LanguageStore } from '../stores/languageStore';
import type { SystemStatusStore } from '../stores/systemStatusStore';
import { AppHeader } from './AppHeader';

export interface AppStores {
  language: LanguageStore;
  systemStatus: SystemStatusStore;
}

/** The shell: header with the language switch, and the main area with what works today. */
export function App({ stores }: { stores: AppStores }) {
  return (
    <I18nProvider store={stores.language}>
      <Shell stores={stores} />
    </I18nProvider>
  );
}

function Shell({ stores }: { stores: AppStores }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <section className="home-intro" aria-labelledby="home-title">
          <h1 id="home-title">{t('home.title')}</h1>
          <p>{t('home.intro')}</p>
        </section>
        <SystemStatusPanel store={stores.systemStatus} />
      </main>
    </>
  );
}
