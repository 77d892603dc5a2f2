import { useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import type { AccountsNotice, AccountsStore } from '../../stores/accountsStore';
import { AccountRow } from './AccountRow';
import { NewAccountForm } from './NewAccountForm';
import '../privacy/privacy.css';

/** The administrator's page (/beheer): every account, a new one, roles, areas, disabling. */
export function AccountsPage({ store }: { store: AccountsStore }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    void store.load();
    // A one-time password is not kept once the administrator leaves the page.
    return () => store.dismissNotice();
  }, [store]);
  const areas = state.areas.phase === 'loaded' ? state.areas.value : [];

  return (
    <div className="accounts-page">
      <h1>{t('accounts.title')}</h1>
      <p className="muted">{t('accounts.intro')}</p>
      {state.notice && <Notice notice={state.notice} />}
      {state.error && (
        <p className="form-error" role="alert" data-testid="accounts-error">
          {t(errorMessageKey(state.error.code))}
        </p>
      )}
      <NewAccountForm store={store} areas={areas} busy={state.busy} />
      <section className="accounts-panel" aria-labelledby="accounts-list-title">
        <h2 id="accounts-list-title">{t('accounts.list.title')}</h2>
        {state.accounts.phase === 'loading' && <p className="muted">{t('accounts.loading')}</p>}
        {state.accounts.phase === 'failed' && (
          <p className="form-error" role="alert">
            {t(errorMessageKey(state.accounts.error.code))}
          </p>
        )}
        {state.accounts.phase === 'loaded' && (
          <div className="table-scroll">
            <table className="accounts-table" data-testid="accounts-table">
              <thead>
                <tr>
                  <th scope="col">{t('accounts.col.username')}</th>
                  <th scope="col">{t('accounts.col.name')}</th>
                  <th scope="col">{t('accounts.col.roles')}</th>
                  <th scope="col">{t('accounts.col.areas')}</th>
                  <th scope="col">{t('accounts.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('accounts.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.accounts.value.map((account) => (
                  <AccountRow
                    key={`${account.id}:${account.roles.join()}:${account.areaIds.join()}:${account.disabled}`}
                    account={account}
                    areas={areas}
                    store={store}
                    busy={state.busy}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function Notice({ notice }: { notice: AccountsNotice }) {
  const { t } = useI18n();
  return (
    <div className="privacy-result" role="status" data-testid="accounts-notice">
      {notice.kind === 'created' && (
        <>
          <p>{t('accounts.create.done', { username: notice.username })}</p>
          {notice.password && (
            <p data-testid="one-time-password">
              {t('accounts.create.oneTimePassword', { password: '' })}
              <span className="accounts-password">{notice.password}</span>
            </p>
          )}
        </>
      )}
      {notice.kind === 'saved' && <p>{t('accounts.saved', { username: notice.username })}</p>}
      {notice.kind === 'disabled' && (
        <p>{t('accounts.disabledDone', { username: notice.username })}</p>
      )}
    </div>
  );
}
