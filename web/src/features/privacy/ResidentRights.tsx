import { useId, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import { confirmsName, rawIdOf } from '../../models/privacy';
import type { Loadable } from '../../stores/loadable';
import type { PrivacyStore } from '../../stores/privacyStore';
import { StakeholderSearch } from '../explorer/StakeholderSearch';
import { useBlobUrl } from './useBlobUrl';

/**
 * Residents' rights, one action each, for the person the officer found: access (a JSON download
 * and a readable page), rectification (the register's own edit), objection and erasure (after
 * typing the person's name).
 */
export function ResidentRights({
  store,
  onRectify,
  onAuditOf,
}: {
  store: PrivacyStore;
  onRectify(personId: string): void;
  onAuditOf(subjectId: string): void;
}) {
  const { t, locale } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [notPerson, setNotPerson] = useState(false);
  const [confirming, setConfirming] = useState<'objection' | 'erasure' | null>(null);
  const [typed, setTyped] = useState('');
  const typedId = useId();
  const person = state.person;
  const exported = state.access.phase === 'loaded' ? state.access.value : null;
  const jsonUrl = useBlobUrl(exported?.json ?? null, 'application/json');
  const htmlUrl = useBlobUrl(exported?.html ?? null, 'text/html');
  const time = (iso: string) => new Date(iso).toLocaleString(locale);
  const failure = (loadable: Loadable<unknown>) =>
    loadable.phase === 'failed' ? (
      <p className="form-error" role="alert">
        {t(errorMessageKey(loadable.error.code))}
      </p>
    ) : null;

  return (
    <section className="privacy-rights" aria-labelledby="privacy-rights-title">
      <h2 id="privacy-rights-title">{t('privacy.rights.title')}</h2>
      <StakeholderSearch
        label={t('privacy.rights.search')}
        onChoose={(hit) => {
          setConfirming(null);
          setTyped('');
          if (hit.kind !== 'PERSON') {
            setNotPerson(true);
            return;
          }
          setNotPerson(false);
          store.choose({ id: hit.id, name: hit.label });
        }}
      />
      {notPerson && <p className="form-error">{t('privacy.rights.onlyPeople')}</p>}
      {state.erasure.phase === 'loaded' && (
        <div className="privacy-result" role="status" data-testid="erasure-result">
          <p>
            {t('privacy.erase.done', {
              name: state.erasure.value.name,
              links: state.erasure.value.result.linksRemoved,
              contactsRemoved: state.erasure.value.result.contactsRemoved,
              contactsKept: state.erasure.value.result.contactsKept,
              suggestions: state.erasure.value.result.suggestionsRemoved,
              accounts: state.erasure.value.result.accountsUnlinked,
            })}
          </p>
          <p className="muted privacy-hash">
            {t('privacy.erase.ledger', { hash: state.erasure.value.result.ledgerHash })}
          </p>
        </div>
      )}
      {person && (
        <div className="privacy-person" data-testid="privacy-person">
          <h3>{t('privacy.rights.chosen', { name: person.name })}</h3>
          <div className="privacy-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={state.access.phase === 'loading'}
              onClick={() => void store.exportAccess()}
            >
              {state.access.phase === 'loading'
                ? t('privacy.access.busy')
                : t('privacy.access.button')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              title={t('privacy.rectify.hint')}
              onClick={() => onRectify(person.id)}
            >
              {t('privacy.rectify.button')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming('objection')}
            >
              {t('privacy.objection.button')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                setTyped('');
                setConfirming('erasure');
              }}
            >
              {t('privacy.erase.button')}
            </button>
            <button
              type="button"
              className="button button--link"
              onClick={() => onAuditOf(rawIdOf(person.id))}
            >
              {t('privacy.auditOfPerson')}
            </button>
          </div>
          <p className="muted">{t('privacy.rectify.hint')}</p>

          {exported && jsonUrl && htmlUrl && (
            <div className="privacy-result" data-testid="access-ready">
              <p>{t('privacy.access.ready', { time: time(exported.generatedAt) })}</p>
              <p className="privacy-links">
                <a
                  className="button button--primary"
                  href={jsonUrl}
                  download={`inzage-${rawIdOf(exported.personId)}.json`}
                >
                  {t('privacy.access.json')}
                </a>
                <a
                  className="button button--secondary"
                  href={htmlUrl}
                  target="_blank"
                  rel="noopener"
                >
                  {t('privacy.access.html')}
                </a>
              </p>
              <p className="muted">{t('privacy.access.check')}</p>
            </div>
          )}
          {failure(state.access)}

          {confirming === 'objection' && state.objection.phase !== 'loaded' && (
            <div className="privacy-confirm">
              <p>{t('privacy.objection.explain')}</p>
              <button
                type="button"
                className="button button--primary"
                disabled={state.objection.phase === 'loading'}
                onClick={() => void store.recordObjection()}
              >
                {state.objection.phase === 'loading'
                  ? t('privacy.busy')
                  : t('privacy.objection.confirm')}
              </button>
            </div>
          )}
          {state.objection.phase === 'loaded' && (
            <p className="privacy-result" role="status" data-testid="objection-result">
              {t('privacy.objection.done', {
                time: time(state.objection.value.objectedAt),
                suggestions: state.objection.value.suggestionsRemoved,
                scores: state.objection.value.scoresCleared ? t('privacy.yes') : t('privacy.no'),
              })}
            </p>
          )}
          {failure(state.objection)}

          {confirming === 'erasure' && (
            <form
              className="privacy-confirm"
              onSubmit={(event) => {
                event.preventDefault();
                if (confirmsName(typed, person.name)) void store.erase();
              }}
            >
              <p>{t('privacy.erase.explain')}</p>
              <div className="form-field">
                <label htmlFor={typedId}>
                  {t('privacy.erase.typeName', { name: person.name })}
                </label>
                <input
                  id={typedId}
                  autoComplete="off"
                  value={typed}
                  onChange={(event) => setTyped(event.target.value)}
                />
              </div>
              <p className="privacy-actions">
                <button
                  type="submit"
                  className="button button--danger"
                  disabled={!confirmsName(typed, person.name) || state.erasure.phase === 'loading'}
                >
                  {state.erasure.phase === 'loading'
                    ? t('privacy.busy')
                    : t('privacy.erase.confirm')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(null)}
                >
                  {t('privacy.erase.cancel')}
                </button>
              </p>
            </form>
          )}
          {failure(state.erasure)}
        </div>
      )}
    </section>
  );
}
