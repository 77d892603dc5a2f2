import { useEffect, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Route } from '../../models/route';
import type { InitiativeStore } from '../../stores/initiativeStore';
import type { SuggestionListStore } from '../../stores/suggestionListStore';
import { InitiativeWorkspace } from './InitiativeWorkspace';
import { NewInitiativeForm } from './NewInitiativeForm';

/**
 * The initiatives: a list to open one from (or to create one, which then opens), or the
 * workspace of the one open.
 */
export function InitiativesPage(props: {
  id: string | null;
  store: InitiativeStore;
  suggestions: SuggestionListStore;
  navigate(route: Route): void;
}) {
  const { t, formatDate } = useI18n();
  const { store, id } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (id === null) void store.loadList();
  }, [id, store]);

  if (id !== null) {
    return (
      <InitiativeWorkspace
        id={id}
        store={store}
        suggestions={props.suggestions}
        navigate={props.navigate}
      />
    );
  }
  return (
    <div className="analysis-view">
      <div className="analysis-view__bar">
        <h1>{t('initiative.title')}</h1>
        <p className="muted">{t('initiative.intro')}</p>
        {!creating && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
          >
            {t('initiative.new')}
          </button>
        )}
      </div>
      {creating && (
        <NewInitiativeForm
          store={store}
          onCreated={(created) => {
            setCreating(false);
            props.navigate({ view: 'initiatives', id: created });
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {state.list.phase === 'loading' && (
        <p className="muted" role="status">
          {t('initiative.listLoading')}
        </p>
      )}
      {state.list.phase === 'failed' && (
        <p className="form-error" role="alert">
          {t(`error.${state.list.error.code}`)}
        </p>
      )}
      {state.list.phase === 'loaded' && state.list.value.length === 0 && (
        <p className="muted">{t('initiative.none')}</p>
      )}
      {state.list.phase === 'loaded' && state.list.value.length > 0 && (
        <ul className="initiative-list" data-testid="initiative-list">
          {state.list.value.map((item) => (
            <li key={item.id}>
              <a
                href={`/initiatieven/${encodeURIComponent(item.id)}`}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                    return;
                  event.preventDefault();
                  props.navigate({ view: 'initiatives', id: item.id });
                }}
              >
                {item.title}
              </a>
              <p className="muted">
                {t(`initiativeStatus.${item.status}`)} ·{' '}
                {t('initiative.received', { date: formatDate(item.receivedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
