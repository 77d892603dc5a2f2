import { type FormEvent, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorMessageKey } from '../../i18n/translate';
import type { PrivacyStore } from '../../stores/privacyStore';

/** The audit trail, newest first, filtered by a person's or account's id; and the chain check. */
export function AuditTrailPanel({ store }: { store: PrivacyStore }) {
  const { t, locale } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { audit, chain } = state;
  const [subject, setSubject] = useState(audit.subjectId);
  const subjectId = useId();
  // A search started elsewhere (a person's "audit trail" button) shows its id in the field.
  useEffect(() => setSubject(audit.subjectId), [audit.subjectId]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void store.searchAudit(subject);
  };

  return (
    <section className="audit-trail" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <div className="audit-chain" data-testid="audit-chain">
        {chain.phase === 'loaded' &&
          (chain.value.valid ? (
            <p className="audit-chain__ok">
              {t('audit.chain.intact', { entries: chain.value.entries })}
            </p>
          ) : (
            <p className="audit-chain__broken" role="alert">
              {t('audit.chain.broken', {
                seq: chain.value.brokenAtSeq ?? '?',
                problem: chain.value.problem ?? '',
              })}
            </p>
          ))}
        {chain.phase === 'failed' && (
          <p className="form-error">{t(errorMessageKey(chain.error.code))}</p>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={chain.phase === 'loading'}
          onClick={() => void store.checkChain()}
        >
          {chain.phase === 'loading' ? t('audit.chain.checking') : t('audit.chain.check')}
        </button>
      </div>
      <form className="audit-search" onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={subjectId}>{t('audit.subject')}</label>
          <input
            id={subjectId}
            value={subject}
            autoComplete="off"
            onChange={(event) => setSubject(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {t('audit.search')}
        </button>
      </form>
      {audit.phase === 'failed' && audit.error && (
        <p className="form-error" role="alert">
          {t(errorMessageKey(audit.error.code))}
        </p>
      )}
      {audit.phase === 'loaded' && audit.entries.length === 0 && (
        <p className="muted" data-testid="audit-none">
          {t('audit.none')}
        </p>
      )}
      {audit.entries.length > 0 && (
        <div className="table-scroll">
          <table className="audit-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.col.seq')}</th>
                <th scope="col">{t('audit.col.at')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.result')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.subject')}</th>
                <th scope="col">{t('audit.col.address')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.entries.map((entry) => (
                <tr key={entry.seq} data-testid="audit-entry" title={entry.details}>
                  <td>{entry.seq}</td>
                  <td>
                    {new Date(entry.at).toLocaleString(locale, {
                      dateStyle: 'short',
                      timeStyle: 'medium',
                    })}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{entry.result}</td>
                  <td className="audit-id">
                    <ShortId id={entry.actorId} />
                  </td>
                  <td className="audit-id">
                    {entry.subjectType ? `${entry.subjectType} ` : ''}
                    <ShortId id={entry.subjectId} />
                  </td>
                  <td>{entry.clientAddress ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {audit.phase === 'loading' && <p className="muted">{t('audit.loading')}</p>}
      {audit.hasNextPage && audit.phase === 'loaded' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void store.moreAudit()}
        >
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}

/** A long id cut to its first 8 characters; the whole id in the tooltip and for search. */
function ShortId({ id }: { id: string | null }) {
  if (!id) return <>—</>;
  return (
    <abbr title={id} data-id={id}>
      {id.length > 10 ? `${id.slice(0, 8)}…` : id}
    </abbr>
  );
}
