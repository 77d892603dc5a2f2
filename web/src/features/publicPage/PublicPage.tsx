import { type FormEvent, useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { ApiError } from '../../api/apiError';
import { AntenneMark } from '../../app/AntenneMark';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import { errorMessageKey } from '../../i18n/translate';
import { areaChoices, type PublicAreaPage } from '../../models/publicPage';
import type { PublicPageStore } from '../../stores/publicPageStore';
import '../../styles/publicPage.css';

const publicErrors: Partial<Record<ApiError['code'], MessageKey>> = {
  RATE_LIMITED: 'public.error.RATE_LIMITED',
  VALIDATION: 'public.error.VALIDATION',
  NETWORK_ERROR: 'public.error.NETWORK_ERROR',
};

/**
 * "Where can I go?" for residents (/voor-inwoners): no sign-in, simple language (B1). Choose a
 * kern or wijk or type a postcode; see the gebiedsmakelaar's work contact and what is public there.
 */
export function PublicPage({ store }: { store: PublicPageStore }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [postcode, setPostcode] = useState('');
  const selectId = useId();
  const postcodeId = useId();
  useEffect(() => {
    void store.loadAreas();
  }, [store]);
  // The list follows what is shown, also when the area was found by postcode.
  const chosenArea =
    state.page.phase === 'loaded' && state.page.page
      ? state.page.page.area.id
      : state.query && 'areaId' in state.query
        ? state.query.areaId
        : '';
  const failure =
    state.page.phase === 'failed'
      ? state.page.error
      : state.areas.phase === 'failed'
        ? state.areas.error
        : null;

  const searchPostcode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (postcode.trim()) void store.show({ postcode: postcode.trim() });
  };

  return (
    <div className="public-page">
      <header className="public-page__header">
        <span className="app-brand">
          <AntenneMark />
          <span className="app-brand__text">
            <span className="app-brand__name">{t('public.brand')}</span>
            <span className="app-brand__tagline">{t('public.tagline')}</span>
          </span>
        </span>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-page__main" tabIndex={-1}>
        <h1>{t('public.title')}</h1>
        <p className="public-page__lead">{t('public.intro')}</p>
        <div className="public-page__choose">
          <div className="form-field">
            <label htmlFor={selectId}>{t('public.chooseArea')}</label>
            <select
              id={selectId}
              value={chosenArea}
              disabled={state.areas.phase !== 'loaded'}
              onChange={(event) => {
                if (event.target.value) void store.show({ areaId: event.target.value });
              }}
            >
              <option value="">{t('public.chooseAreaPlaceholder')}</option>
              {state.areas.phase === 'loaded' &&
                areaChoices(state.areas.areas).map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.label}
                  </option>
                ))}
            </select>
          </div>
          <p className="public-page__or">{t('public.or')}</p>
          <form className="public-page__postcode" onSubmit={searchPostcode}>
            <div className="form-field">
              <label htmlFor={postcodeId}>{t('public.postcode')}</label>
              <input
                id={postcodeId}
                inputMode="text"
                autoComplete="postal-code"
                placeholder="7137 AB"
                value={postcode}
                onChange={(event) => setPostcode(event.target.value)}
              />
            </div>
            <button type="submit" className="button button--primary" disabled={!postcode.trim()}>
              {t('public.search')}
            </button>
          </form>
        </div>
        {failure && (
          <p className="form-error" role="alert" data-testid="public-error">
            {t(publicErrors[failure.code] ?? errorMessageKey(failure.code))}
          </p>
        )}
        {state.page.phase === 'loading' && <p className="muted">{t('public.loading')}</p>}
        {state.page.phase === 'loaded' &&
          (state.page.page ? (
            <AreaResult page={state.page.page} />
          ) : (
            <p role="status" data-testid="public-not-found">
              {t('public.notFound')}
            </p>
          ))}
        <p className="public-page__privacy">{t('public.privacy')}</p>
      </main>
    </div>
  );
}

function AreaResult({ page }: { page: PublicAreaPage }) {
  const { t } = useI18n();
  const areaName = page.area.kernName
    ? `${page.area.name} (${page.area.kernName})`
    : page.area.name;
  return (
    <div className="public-result" data-testid="public-result" aria-live="polite">
      <h2>{t('public.resultTitle', { area: areaName })}</h2>
      <section className="public-card" aria-labelledby="public-broker">
        <h3 id="public-broker">{t('public.broker.title')}</h3>
        <p>{t('public.broker.help')}</p>
        {page.brokers.length === 0 ? (
          <p className="muted">{t('public.broker.none')}</p>
        ) : (
          <ul className="public-list" data-testid="public-brokers">
            {page.brokers.map((broker) => (
              <li key={`${broker.workEmail}-${broker.workPhone}`}>
                <strong>{t('public.broker.role', { areas: broker.areaNames.join(', ') })}</strong>
                {broker.workEmail && (
                  <span>
                    {t('public.broker.email')}:{' '}
                    <a href={`mailto:${broker.workEmail}`}>{broker.workEmail}</a>
                  </span>
                )}
                {broker.workPhone && (
                  <span>
                    {t('public.broker.phone')}:{' '}
                    <a href={`tel:${broker.workPhone.replace(/[^0-9+]/g, '')}`}>
                      {broker.workPhone}
                    </a>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="public-card" aria-labelledby="public-initiatives">
        <h3 id="public-initiatives">{t('public.initiatives.title')}</h3>
        {page.initiatives.length === 0 ? (
          <p className="muted">{t('public.initiatives.none')}</p>
        ) : (
          <ul className="public-list" data-testid="public-initiatives">
            {page.initiatives.map((initiative) => (
              <li key={initiative.title}>
                <strong>{initiative.title}</strong>
                <span className="public-tag">{t(`public.status.${initiative.status}`)}</span>
                {initiative.description && <span>{initiative.description}</span>}
                {initiative.themes.length > 0 && (
                  <span className="muted">{initiative.themes.join(' · ')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="public-card" aria-labelledby="public-organizations">
        <h3 id="public-organizations">{t('public.organizations.title')}</h3>
        {page.organizations.length === 0 ? (
          <p className="muted">{t('public.organizations.none')}</p>
        ) : (
          <ul className="public-list" data-testid="public-organizations">
            {page.organizations.map((organization) => (
              <li key={organization.name}>
                <strong>{organization.name}</strong>
                <span className="public-tag">{t(`public.kind.${organization.kind}`)}</span>
                {organization.description && <span>{organization.description}</span>}
                <span className="public-contact">
                  {organization.website && (
                    <a href={organization.website} rel="noopener noreferrer" target="_blank">
                      {organization.website.replace(/^https?:\/\//, '')}
                    </a>
                  )}
                  {organization.email && (
                    <a href={`mailto:${organization.email}`}>{organization.email}</a>
                  )}
                  {organization.phone && <span>{organization.phone}</span>}
                </span>
                {organization.themes.length > 0 && (
                  <span className="muted">{organization.themes.join(' · ')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
